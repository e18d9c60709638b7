package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.ReferenceNumber;

/**
 * Turns the text of one scan into one directive record per letter. Stateless and thread-safe.
 *
 * <p>Record ids are the first 16 hex digits of the file's SHA-256 and the letter's position, so the
 * same file always gives the same ids.
 */
public final class DirectiveExtractor {
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*ที่\\s+(.*)$", Pattern.MULTILINE);
    /** A date alone on its line, as under the issuing office; memos write วันที่ before it. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(?:วันที่\\s*)?(" + ThaiDate.PATTERN.pattern() + ")\\s*$", Pattern.MULTILINE);
    private static final Pattern URL = Pattern.compile("https?://[\\w./?=&%#~+:@-]+[\\w/]");

    private final LetterSplitter splitter = new LetterSplitter();
    private final ReferenceNumberParser refNos = new ReferenceNumberParser();
    private final HeadingFinder subjects = HeadingFinder.subject();
    private final HeadingFinder salutations = HeadingFinder.salutation();
    private final MarkFinder marks = new MarkFinder();
    private final DeadlineFinder deadlines = new DeadlineFinder();

    public List<DirectiveRecord> extract(ScanText scan) {
        List<LetterSplitter.Letter> letters = splitter.split(scan.pages());
        List<DirectiveRecord> records = new ArrayList<>();
        double ocrConfidence = scan.pages().stream().mapToDouble(PageText::confidence).average().orElse(0);
        for (int i = 0; i < letters.size(); i++) {
            records.add(extractLetter(scan, letters.get(i), i + 1, ocrConfidence));
        }
        return records;
    }

    private DirectiveRecord extractLetter(ScanText scan, LetterSplitter.Letter letter, int position, double ocrConfidence) {
        String text = letter.text();
        List<String> review = new ArrayList<>();

        ReferenceNumber refNo = numberLine(text).flatMap(refNos::find).map(Found::value).orElse(null);
        if (refNo == null) {
            review.add("no reference number (ที่) found");
        }
        Optional<ThaiDate> date = letterDate(text);
        if (date.isEmpty()) {
            review.add("no letter date found");
        }
        String salutation = salutations.find(text).orElse(null);
        List<Integer> pages = letter.pages();
        List<QrCode> qrCodes = scan.qrCodes().stream().filter(q -> pages.contains(q.page())).toList();

        return new DirectiveRecord(
                DirectiveRecord.SCHEMA_VERSION,
                scan.sha256().substring(0, 16) + "-" + position,
                new DirectiveRecord.Source(scan.file(), scan.sha256(), pages, scan.ingestedAt()),
                letterType(text, salutation),
                marks.urgency(text).orElse(null),
                marks.secrecy(text).orElse(null),
                refNo,
                date.map(ThaiDate::date).orElse(null),
                date.map(ThaiDate::raw).orElse(null),
                null,
                subjects.find(text).orElse(null),
                salutation,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                deadlines.find(text),
                null,
                null,
                null,
                List.of(),
                qrCodes,
                links(text),
                null,
                text,
                Map.of("ocr", ocrConfidence),
                review);
    }

    private static Optional<String> numberLine(String text) {
        Matcher m = NUMBER_LINE.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<ThaiDate> letterDate(String text) {
        Matcher m = DATE_LINE.matcher(text);
        return m.find() ? ThaiDate.find(m.group(1)) : Optional.empty();
    }

    private static LetterType letterType(String text, String salutation) {
        if (text.contains("บันทึกข้อความ")) {
            return LetterType.MEMO;
        }
        if (salutation == null) {
            return LetterType.UNKNOWN;
        }
        boolean stamped = Pattern.compile("^\\s*ถึง\\s", Pattern.MULTILINE).matcher(text).find()
                && !text.contains("ขอแสดงความนับถือ");
        return stamped ? LetterType.STAMPED : LetterType.EXTERNAL;
    }

    private static List<String> links(String text) {
        LinkedHashSet<String> links = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            links.add(m.group());
        }
        return List.copyOf(links);
    }
}
