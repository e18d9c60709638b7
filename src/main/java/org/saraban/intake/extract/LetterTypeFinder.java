package org.saraban.intake.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.LetterType;

/**
 * The kind of letter, from its layout (ระเบียบงานสารบรรณ): a memo is headed บันทึกข้อความ or
 * ส่วนราชการ and dates itself on its number line; an order or regulation by คำสั่ง / ระเบียบ / ข้อบังคับ; an announcement by ประกาศ /
 * แถลงการณ์ / ข่าว; a stamped letter is addressed with ถึง and has no closing ขอแสดงความนับถือ;
 * an external letter is addressed with เรียน. Stateless and thread-safe.
 */
public final class LetterTypeFinder {
    private static final int HEAD_LINES = 8;
    /** บันทึกข้อความ ("memo") or its ส่วนราชการ ("issuing unit") line, with marks as OCR reads them. */
    private static final Pattern MEMO = Pattern.compile(
            "^(?:" + LetterText.marksAsRead("บันทึก") + "\\s?" + LetterText.marksAsRead("ข้อความ") + "|"
                    + LetterText.marksAsRead("ส่วนราชการ") + ")");
    /**
     * A memo's number line, which also holds its date (ที่ พล ๐๐๒๓.๖/๙๓ วันที่ ๑๓ ตุลาคม ๒๕๖๗), for when OCR
     * lost the heading words: other letters date themselves on a line of their own, and a received
     * stamp beside a number writes its month short.
     */
    private static final Pattern NUMBER_AND_DATE = Pattern.compile(
            "^" + LetterText.NUMBER_WORD_AS_READ + "\\s+[ก-ฮ]{2}\\s?[0-9๐-๙].*?" + LetterText.DATE_WORD_AS_READ
                    + "\\s*[0-9๐-๙]{1,2}\\s?(" + ThaiDate.MONTH_AS_READ + ")\\s?[0-9๐-๙]{4}");
    private static final Pattern ORDER = Pattern.compile("^(?:คำสั่ง|ระเบียบ|ข้อบังคับ)");
    private static final Pattern ANNOUNCEMENT = Pattern.compile("^(?:ประกาศ|แถลงการณ์|ข่าว)");
    private static final Pattern TO = Pattern.compile("^ถึง\\s");
    private static final Pattern DEAR = Pattern.compile("^(?:เรียน|เสนอ)\\s");

    public Found<LetterType> find(LetterText letter) {
        List<String> lines = letter.lines();
        List<String> head = lines.stream().filter(l -> !l.isEmpty()).limit(HEAD_LINES).toList();
        if (head.stream().anyMatch(l -> MEMO.matcher(l).find() || isNumberAndDate(l))) {
            return Found.of(LetterType.MEMO);
        }
        boolean closing = lines.stream().anyMatch(l -> l.startsWith("ขอแสดงความนับถือ"));
        boolean dear = lines.stream().anyMatch(l -> DEAR.matcher(l).find());
        boolean to = lines.stream().anyMatch(l -> TO.matcher(l).find());
        if (!dear && head.stream().anyMatch(l -> ORDER.matcher(l).find())) {
            return Found.of(LetterType.ORDER);
        }
        if (!dear && head.stream().anyMatch(l -> ANNOUNCEMENT.matcher(l).find())) {
            return Found.of(LetterType.ANNOUNCEMENT);
        }
        if (to && !closing) {
            return Found.of(LetterType.STAMPED);
        }
        if (dear) {
            return closing ? Found.of(LetterType.EXTERNAL)
                    : Found.doubtful(LetterType.EXTERNAL, Found.REPAIRED, "letter addressed with เรียน but no ขอแสดงความนับถือ found");
        }
        return Found.doubtful(LetterType.UNKNOWN, 0, "letter type unknown: no เรียน or ถึง line found");
    }

    private static boolean isNumberAndDate(String line) {
        Matcher m = NUMBER_AND_DATE.matcher(line);
        return m.find() && ThaiDate.monthAsRead(m.group(1)) != 0;
    }
}
