package org.saraban.intake.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as Thai letters write it: day, month name (full or abbreviated), Buddhist-era year in Thai
 * or Arabic digits, e.g. {@code ๒๖ ตุลาคม ๒๕๖๘} or {@code ๔ ต.ค. ๖๕}. CE = BE − 543.
 */
public record ThaiDate(LocalDate date, String raw) {
    static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    static final List<String> SHORT_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.",
            "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    private static final String DIGIT = "[0-9๐-๙]";
    private static final String MONTH_ALTERNATIVES = monthAlternatives();
    /** Day, month, year, with optional spaces; "พ.ศ." may stand before the year. */
    public static final Pattern PATTERN = Pattern.compile(
            "(" + DIGIT + "{1,2})\\s*(" + MONTH_ALTERNATIVES + ")\\s*(?:พ\\.\\s?ศ\\.\\s*)?(" + DIGIT + "{4}|" + DIGIT + "{2})(?!" + DIGIT + ")");

    /** The first date in {@code text}, if any parses to a real calendar day. */
    public static Optional<ThaiDate> find(String text) {
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            Optional<ThaiDate> date = fromMatch(m);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Builds the date of a {@link #PATTERN} match; empty when the day does not exist. */
    public static Optional<ThaiDate> fromMatch(Matcher m) {
        int day = Integer.parseInt(ThaiDigits.toArabic(m.group(1)));
        int month = monthNumber(m.group(2));
        int year = Integer.parseInt(ThaiDigits.toArabic(m.group(3)));
        if (year < 100) {
            year += 2500; // short BE year: ๖๕ = ๒๕๖๕
        }
        try {
            return Optional.of(new ThaiDate(LocalDate.of(year - 543, month, day), m.group()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static int monthNumber(String name) {
        String compact = name.replace(" ", "");
        int i = MONTHS.indexOf(compact);
        return i >= 0 ? i + 1 : SHORT_MONTHS.indexOf(compact) + 1;
    }

    private static String monthAlternatives() {
        StringBuilder sb = new StringBuilder();
        for (String m : MONTHS) {
            sb.append(sb.isEmpty() ? "" : "|").append(m);
        }
        for (String m : SHORT_MONTHS) {
            sb.append("|").append(m.replace(".", "\\.\\s?"));
        }
        return sb.toString();
    }
}
