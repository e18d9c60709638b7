package org.saraban.intake.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

/**
 * A date as Thai letters write it: day, month name (full or abbreviated), Buddhist-era year in Thai
 * or Arabic digits, e.g. {@code ๒๖ ตุลาคม ๒๕๖๘}, {@code ๔ ต.ค. ๖๕}, {@code 25 ต.ค. 2567},
 * {@code ๕ มีนาคม พ.ศ. ๒๕๖๗}. CE = BE − 543; a two-digit year is ๒๕xx. OCR may split a month name
 * with a stray space ({@code ตุ ลาคม}) or drop a tone mark or ์ ({@code กุมภาพันธ}); the pattern
 * allows both.
 */
public record ThaiDate(LocalDate date, String raw) {
    static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    static final List<String> SHORT_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.",
            "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    /** Weekday names, Monday first (as {@link DayOfWeek}). */
    static final List<String> WEEKDAYS = List.of("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์");
    /** A weekday name, as a regex alternative; the tone marks and ์ OCR drops are optional. */
    /** A weekday's name, each of its vowels above or below and marks optional, as OCR loses them (พธ, จนทร). */
    public static final String WEEKDAY = "(?:" + String.join("|", WEEKDAYS.stream().map(ThaiDate::allMarksOptional).toList()) + ")";
    /** Tone marks (U+0E48–U+0E4B) and thanthakhat ์ (U+0E4C), which stock OCR often drops. */
    private static final String MARKS = "[\u0E48-\u0E4C]";

    /** Each month's name without its marks, and every spelling one edit from it. */
    private static final List<CharacterRunAutomaton> NEAR_MONTHS = monthsWithin(1);
    /** The same, two edits from it: a seal or stamp over the word costs OCR two letters (มีนตม, กรกมาตม). */
    private static final List<CharacterRunAutomaton> FAR_MONTHS = monthsWithin(2);
    /** A month read two letters off must keep this many letters: fewer leaves too little to tell. */
    private static final int MIN_LETTERS_TWO_OFF = 4;

    private static List<CharacterRunAutomaton> monthsWithin(int edits) {
        return MONTHS.stream().map(m -> LetterText.skeletonWithin(m, edits)).toList();
    }

    private static final String DIGIT = "[0-9๐-๙]";
    /** A month's name, full or short, as {@link #PATTERN} reads it. */
    static final String MONTH_NAME = "(?:" + monthAlternatives() + ")";
    /**
     * Day, month, year, with optional spaces; "พ.ศ." may stand before the year; a speck OCR read as a
     * dot or comma may stand before the month (๒ .กุมภาพันธ์).
     */
    public static final Pattern PATTERN = Pattern.compile(
            "(?<!" + DIGIT + ")(" + DIGIT + "{1,2})\\s*(?:[.,]\\s?)?(" + MONTH_NAME + ")\\s*(?:พ\\s?\\.\\s?ศ\\s?\\.\\s*)?("
                    + DIGIT + "{4}|" + DIGIT + "{2})(?!" + DIGIT + ")");

    /** A numeric date as stamps write it: {@code 01.10.2564}, {@code ๔/๑๐/๖๕}. */
    public static final Pattern NUMERIC = Pattern.compile(
            "(?<!" + DIGIT + ")(" + DIGIT + "{1,2})\\s?[./]\\s?(" + DIGIT + "{1,2})\\s?[./]\\s?(" + DIGIT + "{4}|" + DIGIT + "{2})(?!" + DIGIT + ")");

    /** The first date in {@code text} that is a real calendar day. */
    public static Optional<ThaiDate> find(String text) {
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            Found<ThaiDate> date = read(m);
            if (date.isPresent()) {
                return Optional.of(date.value());
            }
        }
        return Optional.empty();
    }

    /** The date of a {@link #PATTERN} match; empty, with a review reason, when the day does not exist. */
    public static Found<ThaiDate> read(Matcher m) {
        return of(m.group(1), monthNumber(m.group(2)), m.group(3), m.group());
    }

    /** The date of a {@link #NUMERIC} match. */
    public static Found<ThaiDate> readNumeric(Matcher m) {
        return of(m.group(1), Integer.parseInt(ThaiDigits.toArabic(m.group(2))), m.group(3), m.group());
    }

    /** The date of a day, month number and year as written (BE, Thai or Arabic digits); flagged if impossible. */
    static Found<ThaiDate> of(String dayText, int month, String yearText, String raw) {
        int day = Integer.parseInt(ThaiDigits.toArabic(dayText));
        int year = Integer.parseInt(ThaiDigits.toArabic(yearText));
        if (year < 100) {
            year += 2500; // short BE year: ๖๕ = ๒๕๖๕
        }
        try {
            return Found.of(new ThaiDate(LocalDate.of(year - 543, month, day), raw));
        } catch (DateTimeException e) {
            return Found.doubtful(null, 0, "impossible date: " + raw);
        }
    }

    /** The weekday named by {@code thai} (e.g. จันทร์, or จนทร as OCR may leave it), if it is one. */
    public static Optional<DayOfWeek> weekday(String thai) {
        String bare = LetterText.skeleton(thai);
        int i = WEEKDAYS.stream().map(LetterText::skeleton).toList().indexOf(bare);
        return i < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(i + 1));
    }

    /** The Thai name of {@code day}. */
    public static String weekdayName(DayOfWeek day) {
        return WEEKDAYS.get(day.getValue() - 1);
    }

    static int monthNumber(String name) {
        String compact = withoutMarks(name.replaceAll("\\s", ""));
        int i = MONTHS.stream().map(ThaiDate::withoutMarks).toList().indexOf(compact);
        return i >= 0 ? i + 1 : SHORT_MONTHS.stream().map(ThaiDate::withoutMarks).toList().indexOf(compact) + 1;
    }

    /**
     * The month whose full name {@code read} begins with, where OCR garbled the rest: at least three
     * letters in common with one month's name and fewer with every other (มิถุนายพZS → 6); 0 if none.
     */
    static int monthByPrefix(String read) {
        String bare = withoutMarks(read);
        int best = 0;
        int bestLength = 0;
        boolean tie = false;
        for (int i = 0; i < MONTHS.size(); i++) {
            String month = withoutMarks(MONTHS.get(i));
            int n = 0;
            while (n < month.length() && n < bare.length() && month.charAt(n) == bare.charAt(n)) {
                n++;
            }
            if (n > bestLength) {
                best = i + 1;
                bestLength = n;
                tie = false;
            } else if (n == bestLength) {
                tie = true;
            }
        }
        return bestLength >= 3 && !tie ? best : 0;
    }

    /**
     * A month name as OCR may leave it: Thai letters, with at most a couple of specks inside read as
     * Latin letters, digits or a slash (พฤษ1Iคม, พฤษ/ทาคม), or one at its end (มีนาคร1);
     * {@link #monthAsRead} tells which month.
     */
    static final String MONTH_AS_READ = "[\\u0E01-\\u0E4E][\\u0E01-\\u0E4E/|A-Za-z0-9]{2,12}[\\u0E01-\\u0E4E](?:[A-Za-z|/]|[0-9](?=\\s))?";
    private static final int MAX_SPECKS_IN_MONTH = 2;

    /**
     * The month a full name read by OCR stands for: the name itself, or else, its specks (at most
     * two) set aside, the one month a letter away ({@link #monthBySkeleton}); 0 when none is sure.
     */
    static int monthAsRead(String read) {
        int month = monthNumber(read);
        if (month != 0) {
            return month;
        }
        String thai = withoutSpecks(read);
        return thai == null ? 0 : monthBySkeleton(thai);
    }

    /** The Thai letters of a month name as read, its specks (at most two) set aside; null when there are more. */
    private static String withoutSpecks(String read) {
        String thai = read.replaceAll("[^\\u0E01-\\u0E4E]", "");
        return read.length() - thai.length() <= MAX_SPECKS_IN_MONTH ? thai : null;
    }

    /**
     * The month whose full name {@code read} is, one letter apart once marks are set aside, where a
     * seal ring crossing the word made OCR misread a letter (ธันราคม, มิ่นเคม); 0 unless exactly one
     * month is that near.
     */
    static int monthBySkeleton(String read) {
        return onlyMonthMatching(NEAR_MONTHS, LetterText.skeleton(read));
    }

    /**
     * As {@link #monthAsRead}, also taking a name two letters off when four or more letters were read
     * (มีนตม, พฤษคม) and exactly one month is that near: for a line that is a date and nothing else,
     * where nothing but a month can stand between the day and the year.
     */
    static int monthAsReadTwoOff(String read) {
        int month = monthAsRead(read);
        String thai = withoutSpecks(read);
        if (month != 0 || thai == null) {
            return month;
        }
        String bare = LetterText.skeleton(thai);
        return bare.length() < MIN_LETTERS_TWO_OFF || anyMonthMatching(NEAR_MONTHS, bare) ? 0 : onlyMonthMatching(FAR_MONTHS, bare);
    }

    /** The one month whose automaton accepts {@code bare}; 0 when none or more than one does. */
    private static int onlyMonthMatching(List<CharacterRunAutomaton> months, String bare) {
        int found = 0;
        for (int i = 0; i < MONTHS.size(); i++) {
            if (months.get(i).run(bare)) {
                if (found != 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }

    private static boolean anyMonthMatching(List<CharacterRunAutomaton> months, String bare) {
        return months.stream().anyMatch(m -> m.run(bare));
    }

    private static String withoutMarks(String s) {
        return s.replaceAll(MARKS, "");
    }

    /** {@code word} as a regex in which each vowel above or below, tone mark or ์ may be missing. */
    private static String allMarksOptional(String word) {
        return word.replaceAll("(" + LetterText.MARK + ")", "$1?");
    }

    /** {@code word} as a regex in which each tone mark or ์ may be missing. */
    static String marksOptional(String word) {
        return word.replaceAll("([\u0E48-\u0E4C])", "$1?");
    }

    private static String monthAlternatives() {
        StringBuilder sb = new StringBuilder();
        // Longest first so that มกราคม is not cut short; a stray space, or a tone mark OCR added
        // (กรกฎาค้ม), may fall between letters.
        MONTHS.stream().sorted((a, b) -> b.length() - a.length()).forEach(m ->
                sb.append(sb.isEmpty() ? "" : "|").append(marksOptional(String.join("[\u0E48-\u0E4B]?\\s?", m.split("")))));
        for (String m : SHORT_MONTHS) {
            sb.append("|").append(m.replace(".", "\\s?\\.\\s?"));
        }
        return sb.toString();
    }
}
