package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord.ReceivedStamp;

/**
 * Receiving stamps (office, เลขรับ / เลขที่รับ "received number", วันที่ "date", เวลา "time") and
 * routing notes (การปฏิบัติ … ลงชื่อ … วันที่, "action … signed … date"; เรียน … - เพื่อโปรดพิจารณา
 * with its ticks ทราบ / อนุมัติ / ลงนาม) that receiving offices put on a letter. Finds them as blocks of lines, so that the letter splitter can keep a stamp with the
 * letter it was put on and the other finders can skip its lines. Stateless and thread-safe.
 */
public final class ReceivedStampFinder {
    private static final String D = "[0-9๐-๙]";
    /** เลขรับ / เลขที่รับ / เลขทะเบียนรับ, then dots OCR reads from the form, then the number. */
    private static final Pattern NUMBER = Pattern.compile("^เลข\\s?(?:ที่|ทะเบียน)?\\s?รับ[\\s.…:]*(" + D + "+)?");
    /** วันที่ / วัน/เดือน/ปี ("date") line of a stamp. */
    private static final Pattern DATE = Pattern.compile("^(?:วันที่|วัน\\s?/\\s?เดือน\\s?/\\s?ปี)[\\s.…:]*(.*)$");
    /** เวลา ("time"), e.g. {@code ๑๐:๓๐ น.} or {@code ๑๐.๕๓}. */
    private static final Pattern TIME = Pattern.compile("^เวลา[\\s.…:]*(?:(" + D + "{1,2})\\s?[.:]\\s?(" + D + "{2})(?!" + D + "))?");
    /** การปฏิบัติ ("action"): the routing note under a stamp. */
    private static final Pattern ROUTING = Pattern.compile("^การปฏิบัติ");
    /** A handwritten routing note: เรียน <someone> - เพื่อโปรดพิจารณา ("to …, for consideration"). */
    private static final Pattern ROUTING_NOTE = Pattern.compile("^เรียน\\s.{0,60}?-\\s?เพื่อ");
    /** Ticks and signatures that follow a routing note: ทราบ (noted), อนุมัติ (approved), ลงนาม / ลงชื่อ (signed). */
    private static final Pattern TICK = Pattern.compile("^(?:ทราบ|อนุมัติ|ลงนาม|ลงชื่อ|เห็นควร)");
    private static final int MAX_NOTE_LINE = 40;
    /** Lines above a stamp number that are not the stamp's office. */
    private static final Pattern NOT_OFFICE = Pattern.compile("^(?:ที่\\s|ด่วน|ลับ|โทร|ไปรษณีย์|ผู้ประสานงาน|\\(|<|http)|@");
    private static final int MAX_OFFICE_LINES = 3;

    /** A stamp or routing note: lines {@code [from, to)}; {@code stamp} is null for a routing note. */
    public record Block(int from, int to, ReceivedStamp stamp, String dateRaw, List<String> review) {}

    public List<Block> blocks(List<String> lines) {
        return blocks(lines, Set.of());
    }

    /**
     * As {@link #blocks(List)}, for the lines of several pages: {@code pageStarts} are the indexes of
     * the pages' first lines, above which a stamp's office is not looked for (the last line of the
     * page before is not part of a stamp at the top of the next).
     */
    public List<Block> blocks(List<String> lines, Set<Integer> pageStarts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher number = NUMBER.matcher(line);
            if (number.find()) {
                blocks.add(stamp(lines, i, number, pageStarts));
            } else if (ROUTING_NOTE.matcher(line).find()) {
                int end = i + 1;
                while (end < lines.size() && end < i + 5 && !lines.get(end).isBlank()
                        && (TICK.matcher(lines.get(end).strip()).find() || lines.get(end).strip().length() < MAX_NOTE_LINE)) {
                    end++;
                }
                blocks.add(new Block(i, end, null, null, List.of()));
                i = end - 1;
            } else if (ROUTING.matcher(line).find()) {
                int end = i + 1;
                while (end < lines.size() && end < i + 8 && !lines.get(end).isBlank()) {
                    end++;
                }
                blocks.add(new Block(i, end, null, null, List.of()));
                i = end - 1;
            }
        }
        return blocks;
    }

    private static Block stamp(List<String> lines, int at, Matcher number, Set<Integer> pageStarts) {
        int from = at;
        while (from > 0 && at - from < MAX_OFFICE_LINES && !pageStarts.contains(from) && !lines.get(from - 1).isBlank()
                && !NOT_OFFICE.matcher(lines.get(from - 1).strip()).find()) {
            from--;
        }
        List<String> office = new ArrayList<>();
        for (int k = from; k < at; k++) {
            office.add(lines.get(k).strip());
        }
        List<String> review = new ArrayList<>();
        java.time.LocalDate date = null;
        String dateRaw = null;
        String time = null;
        int to = at + 1;
        for (int k = at + 1; k < Math.min(lines.size(), at + 3); k++) {
            String line = lines.get(k).strip();
            Matcher d = DATE.matcher(line);
            Matcher t = TIME.matcher(line);
            if (d.find()) {
                dateRaw = d.group(1).strip();
                Found<ThaiDate> read = readDate(dateRaw);
                date = read.isPresent() ? read.value().date() : null;
                if (!read.isPresent() && read.review().isEmpty()) {
                    review.add("received stamp date unreadable: " + line);
                }
                read.review().forEach(r -> review.add("received stamp: " + r));
                to = k + 1;
            } else if (t.find()) {
                if (t.group(1) != null) {
                    time = String.format("%02d:%s", Integer.parseInt(ThaiDigits.toArabic(t.group(1))), ThaiDigits.toArabic(t.group(2)));
                }
                to = k + 1;
            } else {
                break;
            }
        }
        String numberText = number.group(1) == null ? null : ThaiDigits.toArabic(number.group(1));
        String officeText = office.isEmpty() ? null : String.join(" ", office);
        return new Block(from, to, new ReceivedStamp(officeText, numberText, date, time), dateRaw, review);
    }

    private static Found<ThaiDate> readDate(String text) {
        Matcher m = ThaiDate.PATTERN.matcher(text);
        if (m.find()) {
            return ThaiDate.read(m);
        }
        Matcher n = ThaiDate.NUMERIC.matcher(text);
        if (n.find()) {
            return ThaiDate.readNumeric(n);
        }
        return Found.none();
    }
}
