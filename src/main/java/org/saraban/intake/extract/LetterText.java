package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.saraban.intake.ocr.ThaiTextNormalizer;

/**
 * The normalized text of one letter, as finders read it: Thai spelling repaired (sara am, sara ae,
 * mark order), curly quotes made straight, spaces no Thai word can hold removed, heading words the
 * OCR split joined again or whose marks it lost, letters it read twice or from a speck removed, the marks
 * of institutions' names restored ({@link InstitutionNames}), a number line's ที่ and agency code as OCR
 * leaves them read (a mark set on its code dropped), นั้น closing a line with its marks misread, a
 * province's name joined to จังหวัด, runs of spaces collapsed, each line stripped.
 * Blank lines are kept because they separate paragraphs and fields. Thai digits are kept: each finder turns
 * the numbers it reads into Arabic digits. Immutable.
 */
public record LetterText(List<String> lines) {
    /** A vowel above or below a letter, a tone mark or ์: ั, ิ–ฺ, ็–๎ (see {@link #isMark}). */
    static final String MARK = "[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]";
    private static final ThaiTextNormalizer THAI = new ThaiTextNormalizer();
    private static final InstitutionNames INSTITUTIONS = new InstitutionNames();
    /**
     * Spaces no Thai word can have: before a vowel sign, tone mark or following vowel (ั ิ–ฺ ็–๎,
     * ะ า ำ ๅ, which cannot begin a word), and after a leading vowel (เ แ โ ใ ไ, which cannot end one).
     */
    private static final Pattern STRAY_SPACE = Pattern.compile(
            " +(?=[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E])|(?<=[\u0E40-\u0E44]) +");
    /**
     * ที่ ("number") as OCR may leave it on a damaged line: ท with its vowel and tone mark lost or misread,
     * or read as a letter of like shape (น, พ, ฟ, ห, ต), a comma after it.
     */
    static final String NUMBER_WORD_AS_READ = "[ทนพฟหต][\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]{0,3},?";
    /** วันที่ ("date") as OCR leaves it on a memo's number line: its vowel or tone mark lost (วนท, วันท). */
    static final String DATE_WORD_AS_READ = "(?:ลง)?ว\\u0E31?น\\s?ท[\\u0E34-\\u0E37]?\\u0E48?";
    /**
     * ที่ ("number") with its tone mark or the space after it dropped, before a letter number: ที มท ๐๘๑๐…,
     * ที่มท ๐๘๑๐…; or, when a whole letter number (agency code, four-digit unit code, then . or /) follows,
     * which nothing but a number line starts with, read as ท with its vowel lost or misread (ท มท ๐๘๑๐…,
     * also before a code OCR read a letter into: ท อดต ๐๐๒๓…) or as one to three Latin letters (nN, NUN).
     */
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "^(?:ที่?\\s?(?=[ก-ฮ]{2}\\s?[0-9๐-๙])"
                    + "|(?:" + NUMBER_WORD_AS_READ + "|[A-Za-z]{1,3})\\s(?=[ก-ฮ]{2,3}\\s?"
                    + "[0-9๐-๙](?:\\s?[0-9๐-๙]){3}\\s?[./]))");
    /**
     * A memo's number line whose bold ที่ label OCR lost altogether: a whole letter number starts the
     * line and วันที่ ("date") follows on it (อด ๐๐๒๓.๔/๙๐๓ วันที่ ๒๒ มีนาคม ๒๕๖๗), as only a memo's
     * number and date line has them (a quoted number wrapped to a line's start goes on with ลงวันที่,
     * "dated").
     */
    private static final Pattern NUMBER_WORD_LOST = Pattern.compile(
            "^(?=[ก-ฮ]{2}\\s?[0-9๐-๙](?:\\s?[0-9๐-๙]){3}\\s?[./].*?\\s(?!ลง)" + DATE_WORD_AS_READ + ")");
    /** A three-letter agency code on a number line: OCR read a letter into a two-letter code (ที่ อปบ ๐๐๒๓…). */
    private static final Pattern THREE_LETTER_CODE = Pattern.compile("^(ที่ )([ก-ฮ]{3})(?=\\s?[0-9๐-๙])");
    private static final AgencyCodes CODES = new AgencyCodes();
    /** A mark OCR set on a number line's two-letter code (ที่ ช่ร ๐๐๒๓.๔/ว …); no code has one. */
    private static final Pattern CODE_WITH_A_MARK = Pattern.compile(
            "^(ที่ [ก-ฮ])" + MARK + "([ก-ฮ]\\s?[0-9๐-๙])");
    /** A stray space inside the four-digit unit code of a number line: ที่ ยล ๐ ๐๒๓.๓/ว … */
    private static final Pattern UNIT_CODE_SPACE = Pattern.compile(
            "^(ที่ [ก-ฮ]{2}\\s?)([0-9๐-๙](?:\\s?[0-9๐-๙]){3})(?=\\s?[./])");
    /**
     * A stray space inside a number line's serial: ที่ ขม ๐๐๒๓.๖/ว ๕๐ ๘๘ ศาลากลาง… for ว ๕๐๘๘. Only the
     * issuer's name or nothing follows a serial on that line, never more digits.
     */
    private static final Pattern SERIAL_SPACE = Pattern.compile(
            "^(ที่ [ก-ฮ]{2}\\s?[0-9๐-๙]{4}(?:\\.[0-9๐-๙]{1,2})?/ว?\\s?[0-9๐-๙]{1,3}) ([0-9๐-๙]{1,3})(?=\\s[^0-9๐-๙]|$)");
    /** A stray space inside a year after a month's name: ๑๑ มิถุนายน ๒ ๕๖๘ for ๒๕๖๘. */
    private static final Pattern YEAR_SPACE = Pattern.compile(
            "((?:" + String.join("|", ThaiDate.MONTHS) + ") ?)([0-9๐-๙]) ([0-9๐-๙]{3})(?![0-9๐-๙])");
    /** A number line's unit code with its dot lost: ที่ สร ๐๐๒๓๓/ว … for ๐๐๒๓.๓ (no unit code has five digits). */
    private static final Pattern UNIT_CODE_DOT_LOST = Pattern.compile("^(ที่ [ก-ฮ]{2}\\s?[0-9๐-๙]{4})([0-9๐-๙]{1,2})(?=\\s?/)");
    /**
     * วันที่ ("date") with its tone mark (or its vowel too) dropped, before a day: ลงวันที ๒๕…, ก่อนวันท ๒๐…, and
     * so after a weekday: จันทร์ที ๑๖…;
     * or at the end of a line, where the day is on the next: ภายในวันที / ๕ ของทุกเดือน.
     */
    private static final Pattern DATE_WORD = Pattern.compile("(?<=วัน|" + ThaiDate.WEEKDAY + ")\\s?ท\u0E35?(?:\\s?(?=[0-9๐-๙])|$)");
    /**
     * A space between จังหวัด ("province") and the province's name, which Thai writes as one word:
     * put there by OCR (องค์การบริหารส่วนจังหวัด เชียงใหม่) or by joining a heading wrapped between them.
     */
    private static final Pattern PROVINCE_NAME_SPACE = Pattern.compile(
            "จังหวัด (?=(?:" + String.join("|", CODES.provinceNames()) + ")(?![ก-๛]))");
    /**
     * A letter OCR read twice where Thai never writes it twice: a final ะ after the ะ-vowel of และ
     * ("and", และะ), a consonant doubled before its own thanthakhat (องคค์ or องค ค์ for องค์).
     */
    private static final Pattern DOUBLED = Pattern.compile("(?<=และ)ะ|([ก-ฮ]) ?(?=\\1\u0E4C)");
    /**
     * นั้น ("that", which closes a recalled passage: ตามที่ … นั้น) at the end of a line with its marks
     * lost or misread (นัน, น้น, นน): none of those is a word.
     */
    private static final Pattern THAT_AS_READ = Pattern.compile("(?<= )น\\u0E31?\\u0E49?น$");
    /** อำเภอ ("district") with its ำ read as า: no Thai word is spelt อาเภอ. */
    private static final Pattern DISTRICT_AS_READ = Pattern.compile("อาเภอ");
    /**
     * เรื่อง ("subject") and เรียน ("dear") opening a line with a vowel or tone mark lost or misread
     * (เรอง, เรือง, เร่อง, เร้อง, เรยน, เรัยน); followed by a space, nothing else starts a line so.
     */
    private static final Pattern SUBJECT_WORD_AS_READ = Pattern.compile("^เร" + MARK + "{0,2}อง(?= )");
    private static final Pattern DEAR_WORD_AS_READ = Pattern.compile("^เ[รจ][\\u0E35\\u0E31]?ยน(?= )");
    /**
     * ถึง ("to", a stamped letter's salutation) and สิ่งที่ส่งมาด้วย ("enclosed") with their first
     * letters lost at the margin (ง อำเภอทุกอำเภอ, งที่ส่งมาด้วย), or ถึง with its vowel and tone mark
     * lost or misread (ถง, ถิง อำเภอ…): no Thai word is a lone ง, ถง or ถิง, and none but สิ่ง ends in ง before ที่ส่งมา. The
     * ถึง line is looked for only just under the subject, where a stamped letter puts it: higher up,
     * an emblem is read as ง too.
     */
    private static final Pattern TO_WORD_AS_READ = Pattern.compile("^(?:ถ[\\u0E34\\u0E36]?)?ง(?= +[ก-ฮเ-ไ])");
    private static final int TO_LINE_WITHIN = 3;
    private static final Pattern SENDS_WORD_AS_READ = Pattern.compile("^ง(?=\\s?ที่\\s?ส่ง\\s?มา)");
    /**
     * อ้างถึง ("with reference to") with its first letter lost at the margin (างถึง หนังสือ…) or its marks
     * lost (อางถง): no word starts so.
     */
    private static final Pattern REFERENCE_WORD_AS_READ = Pattern.compile("^(?:อ\u0E49?|\u0E49)?างถ\u0E36?ง(?= )");
    /**
     * One or two Latin letters (or a bar or quote) glued between Thai letters, or after one at the end
     * of a line: what OCR reads from a speck inside a Thai word (ช่วยเหลือIประชาชน). A Latin word of the
     * letter (INFO, e-GP) stands apart from the Thai by a space or a bracket.
     */
    private static final Pattern LATIN_SPECK = Pattern.compile(
            "(?<=[\u0E01-\u0E3A\u0E40-\u0E4E])[A-Za-z'|]{1,2}(?=[\u0E01-\u0E3A\u0E40-\u0E4E]|$)");
    /** Heading words at the start of a line, which OCR sometimes splits with a space. */
    private static final List<Pattern> HEADINGS = headings(
            "เรื่อง", // subject
            "เรียน", // "dear"
            "อ้างถึง", // "with reference to"
            "สิ่งที่ส่งมาด้วย", // "enclosed"
            "ขอแสดงความนับถือ", // "yours faithfully"
            "บันทึกข้อความ", // memo
            "ส่วนราชการ", // memo: issuing unit
            "ผู้ประสานงาน"); // coordinator

    public LetterText {
        lines = List.copyOf(lines);
    }

    /** Normalizes {@code text}, which may hold several lines. */
    public static LetterText of(String text) {
        return ofLines(List.of(text.split("\\R", -1)));
    }

    /** The text of {@code lines}, each normalized as described above. */
    public static LetterText ofLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        int afterSubject = -1; // lines with text since the first เรื่อง line
        for (String line : lines) {
            String normal = normalizeLine(line);
            if (afterSubject < 0 && normal.startsWith("เรื่อง ")) {
                afterSubject = 0;
            } else if (afterSubject >= 0 && !normal.isBlank() && afterSubject++ < TO_LINE_WITHIN) {
                normal = TO_WORD_AS_READ.matcher(normal).replaceFirst("ถึง");
            }
            out.add(normal);
        }
        return new LetterText(out);
    }

    /** One line, normalized as described above. */
    public static String normalizeLine(String line) {
        String s = THAI.normalize(line)
                .replace('\u00A0', ' ')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\t', ' ');
        s = STRAY_SPACE.matcher(s).replaceAll("");
        s = DOUBLED.matcher(s).replaceAll("");
        s = DISTRICT_AS_READ.matcher(s).replaceAll("อำเภอ");
        s = THAT_AS_READ.matcher(s).replaceFirst("นั้น");
        s = LATIN_SPECK.matcher(s).replaceAll("");
        s = INSTITUTIONS.repair(s);
        s = s.replaceAll(" {2,}", " ").strip();
        s = joinProvinceNames(s);
        s = NUMBER_WORD_LOST.matcher(s).replaceFirst("ที่ ");
        s = NUMBER_WORD.matcher(s).replaceFirst("ที่ ");
        s = CODE_WITH_A_MARK.matcher(s).replaceFirst("$1$2");
        s = withTwoLetterCode(s);
        Matcher unit = UNIT_CODE_SPACE.matcher(s);
        if (unit.find()) {
            s = unit.group(1) + unit.group(2).replace(" ", "") + s.substring(unit.end());
        }
        s = UNIT_CODE_DOT_LOST.matcher(s).replaceFirst("$1.$2");
        s = SERIAL_SPACE.matcher(s).replaceFirst("$1$2");
        s = YEAR_SPACE.matcher(s).replaceAll("$1$2$3");
        s = DATE_WORD.matcher(s).replaceAll("ที่ ").strip();
        s = SUBJECT_WORD_AS_READ.matcher(s).replaceFirst("เรื่อง");
        s = DEAR_WORD_AS_READ.matcher(s).replaceFirst("เรียน");
        s = SENDS_WORD_AS_READ.matcher(s).replaceFirst("สิ่ง");
        s = REFERENCE_WORD_AS_READ.matcher(s).replaceFirst("อ้างถึง");
        for (Pattern heading : HEADINGS) {
            Matcher m = heading.matcher(s);
            if (m.lookingAt()) {
                s = s.substring(0, m.start(1)) + m.group(1).replace(" ", "") + s.substring(m.end(1));
                break;
            }
        }
        return s;
    }

    /** A number line's three-letter code as the one known code that leaving out one of its letters gives. */
    private static String withTwoLetterCode(String line) {
        Matcher m = THREE_LETTER_CODE.matcher(line);
        if (!m.find()) {
            return line;
        }
        SortedSet<String> known = CODES.withALetterLess(m.group(2));
        return known.size() == 1 ? m.group(1) + known.first() + line.substring(m.end()) : line;
    }

    /** Whether {@code c} is one of {@link #MARK}, written above or below a letter (ำ is not). */
    static boolean isMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** {@code text} without its marks and spaces: the letters OCR rarely loses (ดวนทสด for ด่วนที่สุด). */
    static String skeleton(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c) && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** An automaton taking {@code word} without its marks ({@link #skeleton}) and every spelling {@code edits} edits from it. */
    static CharacterRunAutomaton skeletonWithin(String word, int edits) {
        return new CharacterRunAutomaton(new LevenshteinAutomata(skeleton(word), false).toAutomaton(edits));
    }

    /** {@code text} with every province's name joined to the จังหวัด before it. */
    static String joinProvinceNames(String text) {
        return PROVINCE_NAME_SPACE.matcher(text).replaceAll("จังหวัด");
    }

    /**
     * A regex for {@code word} as OCR may read its marks: each vowel above or below a letter, tone mark
     * or ์ lost, or one read in their place (บนทกขอความ, สวนราชการ for บันทึกข้อความ, ส่วนราชการ).
     */
    static String marksAsRead(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.replaceAll(MARK, "").toCharArray()) {
            sb.append(Pattern.quote(String.valueOf(c))).append(MARK).append("{0,2}");
        }
        return sb.toString();
    }

    /**
     * A regex for {@code word} that lets OCR's stray spaces fall between its letters
     * ({@code เรื่ อง} for เรื่อง).
     */
    public static String loose(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i > 0) {
                sb.append(" ?");
            }
            sb.append(Pattern.quote(String.valueOf(word.charAt(i))));
        }
        return sb.toString();
    }

    private static List<Pattern> headings(String... words) {
        List<Pattern> patterns = new ArrayList<>();
        for (String w : words) {
            patterns.add(Pattern.compile("^(?:-\\s?)?(" + loose(w) + ")(?= |$)"));
        }
        return List.copyOf(patterns);
    }

    /** The lines joined by line breaks. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The whole text on one line: line breaks become single spaces, paragraphs are kept apart by "\n". */
    public String paragraphs() {
        StringBuilder sb = new StringBuilder();
        boolean blank = true;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!blank) {
                    sb.append('\n');
                }
                blank = true;
                continue;
            }
            if (!blank) {
                sb.append(' ');
            }
            sb.append(line);
            blank = false;
        }
        return sb.toString().strip();
    }

    /** The whole text on one line, every line break a single space. */
    public String flat() {
        return paragraphs().replace('\n', ' ');
    }
}
