package org.saraban.intake.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The letter's own date: the first line of the head (above เรื่อง or เรียน) that is a date and
 * nothing else, as under the issuing office, or after วันที่ in a memo (also with its month misread);
 * not a date that ends a sentence wrapped after its วันที่ (when OCR lost both heading words, the
 * "head" runs on into the body), nor a received stamp's (after วันที่ above the number, or written
 * short). A stamped letter (หนังสือประทับตรา) dates itself at the foot, under the office's name: when
 * the head has no date, a paragraph that is a date with its month in full and nothing else below the
 * head is taken, unless the line before it ends a deadline's words (…วันที่, "on the …"), as when a
 * sentence wraps before its date. Where the seal's ring crossed that date, its month may be one letter
 * off or its year one digit off the received stamp's, and a routing note may stand before it on the
 * row: it is still taken, flagged as repaired. A head date whose year a received stamp ran into takes
 * the stamp's year (repaired) or, with no stamp read, the year the letter's citations and deadlines
 * leave (doubtful). An impossible day is flagged, not guessed; so is a year far from when the letter
 * was scanned, which is how stock OCR misreads ๖ and ๘ in years. Stateless and thread-safe.
 */
public final class LetterDateFinder {
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:ลง)?วันที่\\s*)?(" + ThaiDate.PATTERN.pattern() + ")\\s*$");
    /** A letter's number line: ที่ and an agency code and digits (ที่ มท ๐๘๑๐…). */
    private static final Pattern NUMBER_LINE = Pattern.compile("^ที่\\s+[ก-ฮ]{2}\\s?[0-9๐-๙]");
    /**
     * A date after the word วันที่ on a line of its own above the letter's number: the received
     * stamp's (วันที่ ๑ ก.ย. ๖๗), which sits above the number at the head's right; the letter's own
     * date is not written there, and a memo's วันที่ comes after its number. So is a date there
     * written short, whose วันที่ the OCR lost.
     */
    private static final Pattern STAMP_DATE_WORD = Pattern.compile("^วันที่");
    /** Where the head ends: เรื่อง (subject) or เรียน (salutation), whichever OCR left readable. */
    private static final Pattern HEAD_END = Pattern.compile("^(?:เรื่อง|เรียน)\\s");
    /**
     * A memo writes its number and date on one line: ที่ … วันที่ <date>; its ที่ may have lost its
     * vowel or tone mark to the OCR (ท อด ๐๐๒๓.๑/๑๙๒ วันที่ …), and what follows the date is left.
     */
    private static final Pattern MEMO_LINE = Pattern.compile(
            "^" + LetterText.NUMBER_WORD_AS_READ + "\\s.*?" + LetterText.DATE_WORD_AS_READ + "\\s*(" + ThaiDate.PATTERN.pattern() + ")");
    /**
     * A memo's number line whose date OCR misread: its month a letter off or with a mark misread
     * (วนท ๕ ส่งหาคม ๒๕๖๗), a speck between วันที่ and the day (วันที .28 ตุลาคม 2567).
     */
    private static final Pattern MEMO_LINE_AS_READ = Pattern.compile(
            "^" + LetterText.NUMBER_WORD_AS_READ + "\\s.*?" + LetterText.DATE_WORD_AS_READ
                    + "\\s*[.,']?\\s*([0-9๐-๙]{1,2})\\s?(" + ThaiDate.MONTH_AS_READ + ")\\s?([0-9๐-๙]{4})");
    /**
     * A speck or two read beside a date line: dust or the edge of a stamp as a dot, comma, quote or a
     * Latin letter (.๑๖ มิถุนายน ๒๕๖๘ . / ๘ สิงหาคม๒๕๖๗d), or before it a consonant standing alone, with
     * no vowel or mark (น ๗ พฤศจิกายน ๒๕๖๗). Not a slash, which ends a hand-written stamp date.
     */
    private static final Pattern SPECKS = Pattern.compile(
            "^(?:[.,'`|:;!_~\"*-]{1,2}|[ก-ฮ](?=\\s))\\s?|\\s?(?:[.,'`|:;!_~\"*-]|[A-Za-z]){1,2}$");
    /** A line shaped like a date whose digits the OCR could not read (๗ as ฒ, ๙ as ค). */
    private static final Pattern UNREADABLE = Pattern.compile(
            "^(?:วันที่\\s*)?[^\\s]{1,3}\\s?(?:" + String.join("|", ThaiDate.MONTHS) + ")\\s?(?:พ\\.ศ\\.\\s?)?[^\\s]{2,4}$");
    /** The end of words a date continues: วันที่ / วัน<weekday>ที่ / วัน ("on the"), as a wrapped deadline leaves them. */
    private static final Pattern DATE_LEAD = Pattern.compile("(?:ที่|วัน)$");
    /**
     * A day and the start of a month name, then what OCR made of the rest of the line: the received
     * stamp, set on the same row, runs into the end of the month and the year (๑๗ เมษวัชิน๊SE๕pss).
     */
    private static final Pattern YEAR_LOST = Pattern.compile("^([0-9๐-๙]{1,2})\\s?([ก-ฮ][\\u0E01-\\u0E4E]{2,}\\S*)");
    /** Heading lines (subject, salutation, to, reference, enclosure), which no date stands under. */
    private static final Pattern HEADING_LINE = Pattern.compile("^(?:เรื่อง|เรียน|ถึง|อ้างถึง|สิ่งที่ส่งมาด้วย)");
    /** An office's name above a stamped letter's foot date is a short line. */
    private static final int MAX_NAME_LINE = 40;
    /**
     * A stamped letter's foot date as OCR leaves it where the seal's ring crossed it: the month one
     * letter off (๑๗ ธันราคม ๒๕๖๗), and a routing note written by hand on the same row before it
     * (- เพื่อโปรดพิจารณา ๗ ธันวาคม ๒๕๖๗).
     */
    private static final Pattern FOOT_DATE_AS_READ = Pattern.compile(
            "(?:^|\\s)([0-9๐-๙]{1,2})\\s?(" + ThaiDate.MONTH_AS_READ + ")\\s?([0-9๐-๙]{4})\\s*$");
    /** A head line that is a date and nothing else, its month misread as above (๑๙ พฤษภาพม ๒๕๖๗). */
    private static final Pattern HEAD_DATE_AS_READ = Pattern.compile(
            "^([0-9๐-๙]{1,2})\\s?(" + ThaiDate.MONTH_AS_READ + ")\\s?([0-9๐-๙]{4})\\s*$");
    /**
     * Words that lead into a date within a sentence (ลงวันที่, เมื่อ, ถึง, ก่อน …), read with or without
     * their marks (ลงวนท), also when OCR split the day after them (ลงวันที่ ๒ ๑ กุมภาพันธ์): a date after
     * them is the body's.
     */
    private static final Pattern DATE_LEAD_IN_LINE = Pattern.compile("(?:ท|วน|เมอ|ถง|แต|ใน|กอน)[0-9๐-๙]?$");
    /** Years (CE) this far from the scan are more likely misread digits than real. */
    private static final int PLAUSIBLE_YEARS = 15;

    /** @param scannedOn when the letter was scanned, to judge the year; null to skip that check */
    public Found<ThaiDate> find(LetterText letter, LocalDate scannedOn) {
        return find(letter, scannedOn, null);
    }

    /**
     * As {@link #find(LetterText, LocalDate)}; when the head's date line kept only its day and the start
     * of its month, the year is the one in which the letter was received ({@code receivedOn}, from the
     * received stamp; the year before if the month is later than the receipt's), and the record says so.
     */
    public Found<ThaiDate> find(LetterText letter, LocalDate scannedOn, LocalDate receivedOn) {
        return find(letter, scannedOn, receivedOn, Bounds.NONE);
    }

    /**
     * What else dates a letter whose date line kept only its day and month: it cannot be older than
     * the letters it refers to or encloses ({@code latestCited}), nor younger than its own deadlines
     * ({@code earliestDeadline}). Either may be null.
     */
    public record Bounds(LocalDate latestCited, LocalDate earliestDeadline) {
        static final Bounds NONE = new Bounds(null, null);
    }

    /**
     * As {@link #find(LetterText, LocalDate, LocalDate)}; without a received stamp, a date line that
     * kept only its day and month is dated on the last such day not after the letter's earliest
     * deadline, or else on the first not before the latest letter it cites, within those
     * {@code bounds}, and the record says so.
     */
    public Found<ThaiDate> find(LetterText letter, LocalDate scannedOn, LocalDate receivedOn, Bounds bounds) {
        List<String> lines = letter.lines();
        int head = 0;
        String previous = "";
        String yearLost = null;
        int numberAt = numberLine(lines);
        for (; head < lines.size(); head++) {
            String line = lines.get(head);
            if (HEAD_END.matcher(line).find()) {
                break;
            }
            if (head < numberAt && (STAMP_DATE_WORD.matcher(withoutSpecks(line)).find() || isStampDate(line))) {
                continue;
            }
            if (yearLost == null && YEAR_LOST.matcher(line).find() && !DATE_LEAD.matcher(previous).find()) {
                yearLost = line;
            }
            Matcher m = DATE_LINE.matcher(withoutSpecks(line));
            boolean wrapped = DATE_LEAD.matcher(previous).find();
            String before = previous;
            if (!line.isEmpty()) {
                previous = line;
            }
            if (wrapped || !m.find()) {
                m = MEMO_LINE.matcher(line);
                if (!m.find()) {
                    Matcher memoAsRead = MEMO_LINE_AS_READ.matcher(line);
                    if (memoAsRead.find()) {
                        Found<ThaiDate> date = readAsRead(memoAsRead, scannedOn, receivedOn);
                        if (date.isPresent()) {
                            return date;
                        }
                    }
                    Matcher asRead = HEAD_DATE_AS_READ.matcher(withoutSpecks(line));
                    if (!wrapped && asRead.find() && !DATE_LEAD_IN_LINE.matcher(LetterText.skeleton(before)).find()) {
                        Found<ThaiDate> date = readAsRead(asRead, scannedOn, receivedOn);
                        if (date.isPresent()) {
                            return date;
                        }
                    }
                    if (UNREADABLE.matcher(line).find()) {
                        return Found.doubtful(null, 0, "letter date unreadable: " + line);
                    }
                    continue;
                }
            }
            return read(m.group(1), scannedOn);
        }
        Found<ThaiDate> foot = foot(lines, head, scannedOn, receivedOn);
        if (foot.isPresent() || yearLost == null) {
            return foot;
        }
        return withoutItsYear(yearLost, receivedOn, bounds).orElse(foot);
    }

    /** The index of the head's number line, or -1. */
    private static int numberLine(List<String> lines) {
        for (int i = 0; i < lines.size() && !HEAD_END.matcher(lines.get(i)).find(); i++) {
            if (NUMBER_LINE.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A date line with its year lost, dated in the year of receipt, or else within the bounds the
     * letter's citations and deadlines set; empty unless the month is certain.
     */
    private static Optional<Found<ThaiDate>> withoutItsYear(String line, LocalDate receivedOn, Bounds bounds) {
        Matcher m = YEAR_LOST.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = ThaiDate.monthByPrefix(m.group(2));
        if (month == 0) {
            return Optional.empty();
        }
        int day = Integer.parseInt(ThaiDigits.toArabic(m.group(1)));
        try {
            if (receivedOn != null) {
                int year = month > receivedOn.getMonthValue() ? receivedOn.getYear() - 1 : receivedOn.getYear();
                return Optional.of(Found.of(new ThaiDate(LocalDate.of(year, month, day), line)).flag("letter date " + line
                        + ": year unreadable, taken as that of the received stamp (" + receivedOn + ")", Found.REPAIRED));
            }
            LocalDate date;
            String why;
            if (bounds.earliestDeadline() != null) {
                date = LocalDate.of(bounds.earliestDeadline().getYear(), month, day);
                date = date.isAfter(bounds.earliestDeadline()) ? date.minusYears(1) : date;
                why = "the last before its deadline (" + bounds.earliestDeadline() + ")";
            } else if (bounds.latestCited() != null) {
                date = LocalDate.of(bounds.latestCited().getYear(), month, day);
                date = date.isBefore(bounds.latestCited()) ? date.plusYears(1) : date;
                why = "the first after the latest letter it cites (" + bounds.latestCited() + ")";
            } else {
                return Optional.of(Found.doubtful(null, 0, "letter date without a readable year: " + line));
            }
            if (bounds.latestCited() != null && date.isBefore(bounds.latestCited())) {
                return Optional.of(Found.doubtful(null, 0, "letter date without a readable year: " + line));
            }
            // a guess within bounds, not evidence of the year: a person should check it
            return Optional.of(Found.of(new ThaiDate(date, line)).flag(
                    "letter date " + line + ": year unreadable, taken as " + why, Found.DOUBTFUL));
        } catch (DateTimeException e) {
            return Optional.of(Found.doubtful(null, 0, "impossible date: " + line));
        }
    }

    /** A date paragraph below the head, as a stamped letter has under its office's name. */
    private static Found<ThaiDate> foot(List<String> lines, int from, LocalDate scannedOn, LocalDate receivedOn) {
        String previous = "";
        boolean blankBefore = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (!DATE_LEAD.matcher(previous).find()) {
                Matcher m = DATE_LINE.matcher(withoutSpecks(line));
                if (blankBefore && m.find() && !isShortForm(m.group(1))) {
                    return read(m.group(1), scannedOn);
                }
                Matcher asRead = FOOT_DATE_AS_READ.matcher(line);
                // a paragraph of its own, after a note on its row, or straight under the office's name
                boolean underName = previous.length() <= MAX_NAME_LINE && !HEADING_LINE.matcher(previous).find()
                        && !DATE_LEAD_IN_LINE.matcher(LetterText.skeleton(previous)).find();
                if (asRead.find() && (blankBefore || asRead.start() > 0 || underName)
                        && !DATE_LEAD_IN_LINE.matcher(LetterText.skeleton(line.substring(0, asRead.start()))).find()) {
                    Found<ThaiDate> date = readAsRead(asRead, scannedOn, receivedOn);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
            previous = line;
            blankBefore = false;
        }
        return Found.none();
    }

    /**
     * A foot date whose month is one or two letters off, or whose year has one digit that cannot be: the
     * month is the one that near ({@link ThaiDate#monthAsReadTwoOff}); the year, if the one read is far
     * from the scan, the year of the received stamp (or the one before) when it is one digit away.
     * Flagged as repaired.
     */
    private static Found<ThaiDate> readAsRead(Matcher m, LocalDate scannedOn, LocalDate receivedOn) {
        String raw = m.group().strip();
        boolean repaired = ThaiDate.monthNumber(m.group(2)) == 0;
        int month = ThaiDate.monthAsReadTwoOff(m.group(2));
        if (month == 0) {
            return Found.none();
        }
        String yearRead = ThaiDigits.toArabic(m.group(3));
        String yearText = yearRead;
        int year = Integer.parseInt(yearRead) - 543;
        if (scannedOn != null && Math.abs(year - scannedOn.getYear()) > PLAUSIBLE_YEARS) {
            if (receivedOn == null) {
                return Found.none();
            }
            List<Integer> near = Stream.of(receivedOn.getYear(), receivedOn.getYear() - 1)
                    .filter(candidate -> oneDigitApart(yearRead, Integer.toString(candidate + 543))).toList();
            if (near.size() != 1) {
                return Found.none();
            }
            yearText = Integer.toString(near.get(0) + 543);
            repaired = true;
        }
        Found<ThaiDate> date = ThaiDate.of(m.group(1), month, yearText, raw);
        return repaired && date.isPresent()
                ? date.flag("letter date read as " + raw + ": month or year repaired", Found.REPAIRED) : date;
    }

    private static boolean oneDigitApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }

    /**
     * Whether a date is written with its month short (๕ เม.ย. ๖๘): a received stamp's at the foot of a
     * page; a letter writes its own month in full.
     */
    private static boolean isShortForm(String date) {
        Matcher m = ThaiDate.PATTERN.matcher(date);
        return m.find() && m.group(2).contains(".");
    }

    /** A date line written short (๓๑ มี.ค. ๖๗): a stamp's, whose วันที่ OCR lost, when above the number. */
    private static boolean isStampDate(String line) {
        Matcher m = DATE_LINE.matcher(withoutSpecks(line));
        return m.find() && isShortForm(m.group(1));
    }

    private static String withoutSpecks(String line) {
        return SPECKS.matcher(line).replaceAll("");
    }

    private static Found<ThaiDate> read(String text, LocalDate scannedOn) {
        Matcher date = ThaiDate.PATTERN.matcher(text);
        date.find();
        Found<ThaiDate> read = ThaiDate.read(date);
        if (read.isPresent() && scannedOn != null
                && (read.value().date().getYear() < scannedOn.getYear() - PLAUSIBLE_YEARS
                        || read.value().date().isAfter(scannedOn.plusYears(1)))) {
            return read.flag("letter date " + read.value().raw() + " is far from the scan date " + scannedOn
                    + ": the year may be misread", Found.DOUBTFUL);
        }
        return read;
    }
}
