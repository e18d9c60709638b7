package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.ReferenceNumber;

/**
 * Places where a bundle quotes a letter: {@code ที่ <number> ลงวันที่ <date>} ("number …, dated …"),
 * optionally followed by {@code เรื่อง <subject>}, as in อ้างถึง, สิ่งที่ส่งมาด้วย and on QR pages.
 * A letter quoted elsewhere in its own bundle can be checked against the quote. Stateless and
 * thread-safe.
 */
public final class QuoteFinder {
    /** ลงวันที่ ("dated") a little after the number. */
    private static final Pattern DATED = Pattern.compile("^[^\\n]{0,15}?ลง\\s?วันที่\\s*");
    private static final Pattern SUBJECT = Pattern.compile("^\\s*เรื่อง\\s+([^\\n]+)");

    private final ReferenceNumberParser parser = new ReferenceNumberParser();

    /** A quote: the number as read, the date (null when unreadable), the subject when given. */
    public record Quote(ReferenceNumber refNo, ThaiDate date, String subject) {}

    /** Every quote in {@code paragraphs} (one paragraph per line, as {@link LetterText#paragraphs()}). */
    public List<Quote> find(String paragraphs) {
        List<Quote> quotes = new ArrayList<>();
        Matcher m = ReferenceNumberParser.PATTERN.matcher(paragraphs);
        while (m.find()) {
            Found<ReferenceNumber> number = parser.read(m);
            String after = paragraphs.substring(m.end());
            Matcher dated = DATED.matcher(after);
            if (!dated.find()) {
                continue;
            }
            Matcher date = ThaiDate.PATTERN.matcher(after);
            date.region(dated.end(), after.length());
            if (!date.lookingAt()) {
                continue;
            }
            Found<ThaiDate> read = ThaiDate.read(date);
            Matcher subject = SUBJECT.matcher(after.substring(date.end()));
            quotes.add(new Quote(number.value(), read.value(), subject.find() ? subject.group(1).strip() : null));
        }
        return quotes;
    }
}
