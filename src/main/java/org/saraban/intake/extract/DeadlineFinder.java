package org.saraban.intake.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.saraban.intake.directive.Deadline;

/**
 * The letter's own deadlines, with the action each applies to:
 * <ul>
 *   <li>absolute: {@code ภายในวันที่ ๓๑ ตุลาคม ๒๕๖๕}, {@code ภายในวันจันทร์ที่ ๓๐ ธันวาคม ๒๕๖๗},
 *       {@code ก่อนวันที่ …}, {@code ไม่เกินวันที่ …} ("within / before / not later than"); a weekday
 *       is checked against the date and a mismatch goes to review;
 *   <li>monthly: {@code ภายในวันที่ ๕ ของทุกเดือน}, {@code ในวันที่ ๕ ของทุกเดือน} ("on the 5th of every
 *       month"), with an RFC 5545 RRULE; quarterly: {@code รายไตรมาส};
 *   <li>by the end of a fiscal year: {@code ภายในปีงบประมาณ ๒๕๖๘} (30 September 2025);
 *   <li>relative: {@code ภายใน ๑๕ วัน นับแต่ได้รับหนังสือ} ("within 15 days of receiving the letter"),
 *       dated from the received stamp when there is one; {@code นับแต่วันที่ลงในหนังสือ} counts from
 *       the letter's date.
 * </ul>
 * Deadlines the letter only recalls ({@code ตามที่ … นั้น}, "as … earlier", or followed by
 * {@code [เสร็จ]เรียบร้อยแล้ว}, "already [neatly] done") are not its own and are left out. Stateless and thread-safe.
 */
public final class DeadlineFinder {
    /** เดือน ("month"), also with a tone mark OCR read over its vowel (เดื่อน) or the vowel lost (เดอน). */
    private static final String MONTH_WORD = "เด\\u0E37?[\\u0E48-\\u0E4B]?อน";
    /** ทุก ("every"), also with its ท read as พ (พุก), which no word here begins with. */
    private static final String EVERY = "[ทพ]ุก";

    private static final String D = "[0-9๐-๙]";
    /** ของ ("of"), also with its ข read as ช (ชอง), which is no word. */
    private static final String OF = "[ขช]อง";
    /** A short token with a digit, a Latin letter or a dash in it: what OCR makes of a scribble, not a Thai word. */
    private static final String NOISE_TOKEN = "(?=\\S{0,4}[0-9๐-๙A-Za-z\\-])\\S{1,5}";
    /** ภายใน ("within"), ก่อน ("before"), ไม่เกิน ("not later than"), as OCR may space them. */
    private static final String WITHIN = "(?:" + LetterText.loose("ภายใน") + "|" + LetterText.loose("ก่อน") + "|"
            + LetterText.loose("ไม่เกิน") + ")";
    /** วัน ("day"), also with its last letter read as บ (วับ). */
    private static final String DAY_WORD = "วั[นบ]";
    /** ภายใน / ก่อน / ไม่เกิน + วัน[weekday]ที่ ("within / before / not later than the [weekday] the"). */
    private static final Pattern ABSOLUTE = Pattern.compile(
            WITHIN + "\\s?" + DAY_WORD + "\\s?(" + ThaiDate.WEEKDAY + ")?\\s?ที่\\s*(?=" + D + ")");
    /**
     * The same with วัน[weekday] misread (ภายในวันพรที่, ก่อนจันที่): a word of Thai letters between, and
     * a comma OCR may set after ที่. It is taken only when the date after it tells what the word was
     * ({@link #isDayWordAsRead}).
     */
    private static final Pattern ABSOLUTE_AS_READ = Pattern.compile(
            WITHIN + "\\s?([\\u0E01-\\u0E4E]{2,14})\\s?ที่,?\\s*(?=" + D + ")");
    /** วัน ("day") a letter off, as read before ที่ (จัน). */
    private static final CharacterRunAutomaton DAY_WORD_ONE_OFF = LetterText.skeletonWithin("วัน", 1);
    /** วัน and each weekday's name, Monday first, two letters off (วันพร for วันพุธ). */
    private static final List<CharacterRunAutomaton> DAY_WORD_AND_WEEKDAY_TWO_OFF = ThaiDate.WEEKDAYS.stream()
            .map(weekday -> LetterText.skeletonWithin("วัน" + weekday, 2)).toList();
    /**
     * [ภายใน|ใน|ก่อน] วันที่ N ของทุกเดือน ("on/by the Nth of every month"); ทุกวันที่ N ของเดือน. Up to two
     * short tokens of OCR noise (a scribble read as ๔๘งN, a stray -) may stand between วันที่ and the day.
     * ที่ N ของทุกเดือน says it alone, when OCR lost the วัน before it or a line wrapped between them;
     * the day's two digits may be spaced apart (๑ ๐), and a scribble's token with a letter in it may
     * follow the day (๒ / ๔๘ง / ของทุกเดือน).
     */
    private static final Pattern MONTHLY = Pattern.compile(
            "(?:(?:(?:" + WITHIN + "|ใน)\\s?)?วัน\\s?)?ที่\\s?(?<noise>(?:" + NOISE_TOKEN + "\\s){0,2}?)(?<day>" + D + "(?:\\s?" + D + ")??)"
                    + "(?<tailNoise>\\s(?=\\S*[^\\s0-9๐-๙])" + NOISE_TOKEN + ")?\\s?" + OF + "\\s?" + EVERY + "\\s?" + MONTH_WORD
                    + "|ทุก\\s?วันที่\\s?(?<everyDay>" + D + "{1,2})\\s?ของ\\s?" + MONTH_WORD);
    /** ภายในปีงบประมาณ [พ.ศ.] N: "within fiscal year N". */
    private static final Pattern FISCAL_YEAR = Pattern.compile(
            LetterText.loose("ภายใน") + "\\s?ปี\\s?งบ\\s?ประมาณ\\s?(?:พ\\.\\s?ศ\\.\\s?)?(" + D + "{4})");
    /**
     * A full date whose month OCR misread by a letter (กมภาพันธ์ for กุมภาพันธ์); the month is taken
     * only when exactly one month name is that near.
     */
    private static final Pattern MONTH_AS_READ = Pattern.compile(
            "(" + D + "{1,2})\\s?([\\u0E01-\\u0E4E]{4,12})\\s?(" + D + "{4})(?!" + D + ")");
    /** The start of a paragraph that can only continue a deadline phrase: a day (not an item number ๒.), [ของ]ทุกเดือน, นับแต่. */
    private static final Pattern CONTINUES = Pattern.compile("(?:" + D + "{1,2}(?!\\s?\\.)\\s|ของ\\s?" + EVERY + "|" + EVERY + "\\s?" + MONTH_WORD + "|นับ\\s?(?:แต่|จาก))");
    /** A paragraph ending in ภายในวัน[weekday] ("within the day …"), broken before its ที่ ("the"). */
    private static final Pattern DAY_WORD_AT_END = Pattern.compile(
            WITHIN + "\\s?" + DAY_WORD + "\\s?(?:" + ThaiDate.WEEKDAY + ")?\\s*$");
    /** ที่ and a day, which continue it: ที่ ๒๕ พฤศจิกายน ๒๕๖๗. */
    private static final Pattern DAY_AFTER_DAY_WORD = Pattern.compile("ที่\\s?" + D);
    /**
     * A paragraph of specks OCR read as a mark, a stroke or a letter or two (ะ, -, น บี): up to three
     * scraps of one or two characters, no digit, which break nothing.
     */
    private static final Pattern SPECK = Pattern.compile("\\s*(?:[^\\s0-9๐-๙]{1,2}\\s+){0,2}[^\\s0-9๐-๙]{1,2}\\s*");
    /** A paragraph ending in a day and a month, and one that begins with a year: a date OCR set apart. */
    private static final Pattern MONTH_AT_END = Pattern.compile(D + "{1,2}\\s?" + ThaiDate.MONTH_NAME + "\\s*$");
    private static final Pattern YEAR_ALONE = Pattern.compile(D + "{4}(?!" + D + ")");
    /** รายไตรมาส: "every quarter". */
    private static final Pattern QUARTERLY = Pattern.compile("ราย\\s?ไตรมาส");
    /** ภายในวันที่ N ของเดือน…: "by the Nth of the month …", said of a quarterly report. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("^[^\\n]{0,40}?ภายในวันที่\\s?(" + D + "{1,2})\\s?ของ\\s?" + MONTH_WORD);
    /**
     * ภายใน N วัน [ทำการ] นับแต่/นับจาก/หลังจาก [วันที่] ได้รับหนังสือ, or … วันที่ลงในหนังสือ; วัน may have
     * lost its ั to the OCR (วน); after ได้รับ ("received"), หนังสือ may be garbled or lost (ได้รับท่นังสือ);
     * of ภายใน, ใน ("in") may be all that is left (หาายใน ๗ วัน …), which says the same.
     */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:" + LetterText.loose("ภายใน") + "|ใน)\\s?(" + D + "{1,3})\\s?ว\\u0E31?น\\s?(ทำการ\\s?)?(?:นับ\\s?(?:แต่|จาก|ตั้งแต่)"
                    // นับแต่ misread (นับไเต่, จรับแต่): a word as long, when ได้รับหนังสือ follows
                    + "|\\S{1,8}?(?=\\s?(?:วันที่\\s?)?(?:ได้\\s?)?รับ\\s?หนังสือ)|หลัง\\s?(?:จาก)?)\\s?(?:วันที่\\s?)?"
                    + "(?:(ได้\\s?รับ(?:\\s?[ก-๎]{0,2}นังสือ)?|รับ\\s?หนังสือ)|(ลง\\s?ใน\\s?หนังสือ|ของหนังสือ|หนังสือ\\s?ลง\\s?วันที่))(?:\\s?(?:ฉบับ)?นี้)?");
    /** A recalled passage: ตามที่ … นั้น ("as [was said] … ", the opening of a recall). */
    private static final Pattern RECALL = Pattern.compile("^(?:ตามที่|ตามหนังสือ|อ้างถึง)[^\\n]*?นั้น(?=\\s|$)");
    /** A clause that tells what an earlier letter asked: ได้แจ้งให้, ได้ขอให้, ได้กำหนดให้ ("had asked to"). */
    private static final Pattern RECALL_CLAUSE = Pattern.compile("ได้\\s?(?:แจ้ง|ขอ|กำหนด)\\s?ให้|เคย\\s?แจ้ง");
    /**
     * What follows a deadline that was already met; not "once / if done" (เมื่อ, หาก, ถ้า), which looks
     * ahead. The tone marks OCR loses are optional (เรียบรอยแลว).
     */
    private static final Pattern DONE_AFTER = Pattern.compile(
            "^(?:(?!เมื่อ|หาก|ถ้า)[^\\n]){0,80}?(?:" + ThaiDate.marksOptional("เรียบร้อย") + "\\s?" + ThaiDate.marksOptional("แล้ว")
                    + "|ดำเนินการ" + ThaiDate.marksOptional("แล้ว") + "|ไป" + ThaiDate.marksOptional("แล้ว")
                    + "|เสร็จ(?:สิ้น)?\\s?" + ThaiDate.marksOptional("แล้ว") + ")");
    /** Where the clause of an action begins; the space before a word is looked at, not taken, so ทั้งนี้ ขอให้ ends at both. */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "(?<!\\S)(?:ทั้งนี้|โดย|จึงขอความร่วมมือ(?:จังหวัด)?|จึงขอให้|ขอให้)\\s?|(?<!\\S)" + D + "{1,2}\\.\\s|^");
    /** Words around an action that say how or when, not what: ให้แล้วเสร็จ, ให้ครบถ้วน…, ครั้งแรก. */
    private static final Pattern QUALIFIER_TAIL = Pattern.compile(
            "\\s?(?:ให้\\s?(?:แล้ว\\s?เสร็จ|เสร็จ|ครบถ้วน|ถูกต้อง|เรียบร้อย)|ครั้ง\\s?(?:แรก|ต่อไป|ถัดไป)|เป็นประจำ).*$");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:ให้|และ|โดย)\\s?");
    /** Who is asked, before what they are asked to do: ขอให้ [จังหวัด] รายงานผล ("ask [the province] to report"). */
    private static final Pattern LEADING_ADDRESSEE = Pattern.compile(
            "^(?:จังหวัด|อำเภอ|ท่าน|หน่วยงาน|ส่วนราชการ|องค์กรปกครองส่วนท้องถิ่น|เทศบาล)\\s?(?=\\S{4})");

    /**
     * @param letterDate the letter's date, to flag deadlines before it
     * @param receivedDate the received stamp's date, to date relative deadlines
     */
    public Found<List<Deadline>> find(LetterText letter, LocalDate letterDate, LocalDate receivedDate) {
        List<Deadline> deadlines = new ArrayList<>();
        List<String> review = new ArrayList<>();
        List<String> paragraphs = joinBrokenParagraphs(letter.paragraphs().split("\n"));
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            // what follows a deadline may run on past a paragraph break OCR put inside the sentence
            String next = p + 1 < paragraphs.size() ? " " + paragraphs.get(p + 1) : "";
            List<int[]> recalled = spans(RECALL, paragraph);
            List<Hit> hits = new ArrayList<>();
            absolute(paragraph, hits, letterDate);
            monthly(paragraph, hits);
            fiscalYear(paragraph, hits);
            quarterly(paragraph, hits);
            relative(paragraph, hits, letterDate, receivedDate);
            hits.sort((a, b) -> Integer.compare(a.start, b.start));
            int previousEnd = 0;
            String previousAction = null;
            for (Hit hit : hits) {
                if (inside(recalled, hit.start) || DONE_AFTER.matcher(paragraph.substring(hit.end) + next).find()
                        || RECALL_CLAUSE.matcher(clause(paragraph, previousEnd, hit.start)).find()) {
                    previousEnd = hit.end;
                    continue;
                }
                String action = action(paragraph, previousEnd, hit.start);
                if (action == null) {
                    action = previousAction;
                }
                Deadline d = hit.deadline;
                deadlines.add(new Deadline(d.kind(), d.date(), d.dayOfMonth(), d.days(), d.from(), d.rrule(), action, d.text()));
                review.addAll(hit.review);
                previousEnd = hit.end;
                previousAction = action;
            }
        }
        double confidence = deadlines.isEmpty() ? 0 : review.isEmpty() ? Found.SURE : Found.DOUBTFUL;
        return new Found<>(deadlines, confidence, review);
    }

    private record Hit(int start, int end, Deadline deadline, List<String> review) {}

    private static void absolute(String text, List<Hit> hits, LocalDate letterDate) {
        absolute(text, hits, letterDate, ABSOLUTE);
        absolute(text, hits, letterDate, ABSOLUTE_AS_READ);
    }

    /**
     * Whether {@code read}, found where วัน[weekday] stands before the date {@code when}, is one: วัน a
     * letter off (จัน), or วัน and the weekday of that date two letters off (วันพร for วันพุธ).
     */
    static boolean isDayWordAsRead(String read, LocalDate when) {
        String bare = LetterText.skeleton(read);
        return DAY_WORD_ONE_OFF.run(bare) || DAY_WORD_AND_WEEKDAY_TWO_OFF.get(when.getDayOfWeek().ordinal()).run(bare);
    }


    private static void absolute(String text, List<Hit> hits, LocalDate letterDate, Pattern pattern) {
        boolean asRead = pattern == ABSOLUTE_AS_READ;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (asRead && hits.stream().anyMatch(h -> h.start() <= at && at < h.end())) {
                continue; // read as it stands already
            }
            Matcher date = ThaiDate.PATTERN.matcher(text);
            date.region(m.end(), text.length());
            Found<ThaiDate> read;
            List<String> review = new ArrayList<>();
            if (date.lookingAt()) {
                read = ThaiDate.read(date);
            } else {
                date = MONTH_AS_READ.matcher(text);
                date.region(m.end(), text.length());
                int month = date.lookingAt() ? ThaiDate.monthAsRead(date.group(2)) : 0;
                if (month == 0) {
                    continue;
                }
                read = ThaiDate.of(date.group(1), month, ThaiDigits.toArabic(date.group(3)), date.group());
                review.add("deadline month read as " + date.group(2) + ", taken as " + ThaiDate.MONTHS.get(month - 1));
            }
            String phrase = text.substring(m.start(), date.end());
            review.addAll(read.review());
            LocalDate when = read.isPresent() ? read.value().date() : null;
            if (asRead) {
                if (when == null || !isDayWordAsRead(m.group(1), when)) {
                    continue;
                }
                review.add("deadline " + phrase + ": " + m.group(1) + " taken as วัน"
                        + (DAY_WORD_ONE_OFF.run(LetterText.skeleton(m.group(1))) ? "" : ThaiDate.weekdayName(when.getDayOfWeek())));
            } else if (when != null && m.group(1) != null) {
                DayOfWeek named = ThaiDate.weekday(m.group(1)).orElseThrow();
                if (named != when.getDayOfWeek()) {
                    review.add("deadline " + phrase + ": " + when + " is a " + ThaiDate.weekdayName(when.getDayOfWeek())
                            + ", not a " + m.group(1) + " (weekday does not match the date)");
                }
            }
            if (when != null && letterDate != null && when.isBefore(letterDate)) {
                review.add("deadline " + phrase + " is before the letter's date " + letterDate);
            }
            hits.add(new Hit(m.start(), date.end(),
                    new Deadline(Deadline.Kind.ABSOLUTE, when, null, null, null, null, null, phrase), review));
        }
    }

    /** ภายในปีงบประมาณ ๒๕๖๘: by the end of that fiscal year, 30 September 2025 (fiscal year BE N ends 30 Sep of N − 543). */
    private static void fiscalYear(String text, List<Hit> hits) {
        Matcher m = FISCAL_YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(ThaiDigits.toArabic(m.group(1))) - 543;
            hits.add(new Hit(m.start(), m.end(), new Deadline(Deadline.Kind.ABSOLUTE, LocalDate.of(year, 9, 30), null, null, null,
                    null, null, m.group()), List.of()));
        }
    }

    /**
     * OCR breaks a sentence with blank lines; a paragraph that starts with what must continue a
     * deadline (a day, ของทุกเดือน "of every month", นับแต่ "counting from", or ที่ and a day after
     * a paragraph ending ภายในวัน) is joined to the one before.
     */
    private static List<String> joinBrokenParagraphs(String[] paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (SPECK.matcher(p).matches()) {
                continue;
            }
            boolean dayWordBroken = !out.isEmpty() && DAY_WORD_AT_END.matcher(out.get(out.size() - 1)).find()
                    && DAY_AFTER_DAY_WORD.matcher(p).lookingAt();
            boolean yearBroken = !out.isEmpty() && MONTH_AT_END.matcher(out.get(out.size() - 1)).find()
                    && YEAR_ALONE.matcher(p).lookingAt();
            if (!out.isEmpty() && (CONTINUES.matcher(p).lookingAt() || dayWordBroken || yearBroken)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static void monthly(String text, List<Hit> hits) {
        Matcher m = MONTHLY.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(ThaiDigits.toArabic(m.group("day") != null ? m.group("day") : m.group("everyDay")).replaceAll("\\s", ""));
            if (day < 1 || day > 31) {
                hits.add(new Hit(m.start(), m.end(), new Deadline(Deadline.Kind.MONTHLY, null, null, null, null, null, null, m.group()),
                        List.of("impossible day of month in deadline: " + m.group())));
                continue;
            }
            boolean acrossNoise = m.group("noise") != null && !m.group("noise").isEmpty() || m.group("tailNoise") != null;
            List<String> review = acrossNoise ? List.of("deadline read across OCR noise: " + m.group()) : List.of();
            hits.add(new Hit(m.start(), m.end(), new Deadline(Deadline.Kind.MONTHLY, null, day, null, null,
                    "FREQ=MONTHLY;BYMONTHDAY=" + day, null, m.group()), review));
        }
    }

    private static void quarterly(String text, List<Hit> hits) {
        Matcher m = QUARTERLY.matcher(text);
        while (m.find()) {
            Matcher dayOf = DAY_OF_MONTH.matcher(text.substring(m.end()));
            Integer day = dayOf.find() ? Integer.valueOf(ThaiDigits.toArabic(dayOf.group(1))) : null;
            int end = day == null ? m.end() : m.end() + dayOf.end();
            String rrule = "FREQ=MONTHLY;INTERVAL=3" + (day == null ? "" : ";BYMONTHDAY=" + day);
            String phrase = text.substring(m.start(), end);
            hits.add(new Hit(m.start(), end, new Deadline(Deadline.Kind.MONTHLY, null, day, null, null, rrule, null, phrase),
                    List.of("quarterly deadline " + phrase + ": the letter does not say which months")));
        }
    }

    private static void relative(String text, List<Hit> hits, LocalDate letterDate, LocalDate receivedDate) {
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            int days = Integer.parseInt(ThaiDigits.toArabic(m.group(1)));
            boolean workingDays = m.group(2) != null;
            Deadline.From from = m.group(3) != null ? Deadline.From.RECEIPT : Deadline.From.LETTER_DATE;
            LocalDate base = from == Deadline.From.RECEIPT ? receivedDate : letterDate;
            List<String> review = new ArrayList<>();
            LocalDate when = null;
            if (workingDays) {
                review.add("deadline " + m.group() + " counts working days: the date is not computed");
            } else if (base != null) {
                when = base.plusDays(days);
            }
            if (days < 1) {
                review.add("deadline " + m.group() + ": impossible number of days");
                continue;
            }
            hits.add(new Hit(m.start(), m.end(), new Deadline(Deadline.Kind.RELATIVE, when, null, days, from, null, null, m.group()), review));
        }
    }

    /** The action in {@code text[from, to)}: from the start of its clause, without how/when words; null if none. */
    static String action(String text, int from, int to) {
        String action = clause(text, from, to).strip();
        action = LEADING_WORDS.matcher(action).replaceFirst("");
        action = LEADING_ADDRESSEE.matcher(action).replaceFirst("");
        action = QUALIFIER_TAIL.matcher(action).replaceFirst("").strip();
        return action.isEmpty() ? null : action;
    }

    /** {@code text[from, to)} from the last clause start in it. */
    private static String clause(String text, int from, int to) {
        String segment = text.substring(from, to);
        int start = 0;
        Matcher m = CLAUSE_START.matcher(segment);
        while (m.find()) {
            if (m.end() < segment.length()) {
                start = Math.max(start, m.end());
            }
        }
        return segment.substring(start);
    }

    private static List<int[]> spans(Pattern p, String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(s -> s[0] <= at && at < s[1]);
    }
}
