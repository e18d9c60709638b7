package org.saraban.intake.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the text of a heading line such as {@code เรื่อง ...} (subject) or {@code เรียน ...}
 * (salutation): the words after the heading word, with spaces collapsed, continued on following
 * lines until a blank line, a line of debris or the next heading (a long subject goes on past one
 * such gap), and with the marks of institutions' names restored once the lines are joined.
 */
public final class HeadingFinder {
    /** The next field's heading word; OCR may have dropped its tone marks (สิงที่ส่งมาด้วย). */
    private static final Pattern NEXT_HEADING = Pattern.compile(
            "^\\s*(-\\s*)?(" + ThaiDate.marksOptional("เรื่อง|เรียน|ถึง|เสนอ|อ้างถึง|สิ่งที่ส่งมาด้วย|ที่\\s") + ")");

    /**
     * Words that open a letter's first paragraph: ด้วย ("whereas"), ตามที่ ("as"), อนุสนธิ ("further
     * to"), เนื่องจาก / เนื่องด้วย ("since"), ในการนี้ ("in this matter"). OCR often loses the blank
     * line and the indent before it, leaving it right under the salutation.
     */
    private static final Pattern PARAGRAPH_OPENING = Pattern.compile(
            "^\\s*(?:" + ThaiDate.marksOptional("ด้วย|ตามที่|อนุสนธิ|เนื่องจาก|เนื่องด้วย|ในการนี้") + ")");

    /**
     * A heading line ending in และ ("and"), ทุก ("every") or จังหวัด ("province") without its name has
     * not ended: its words go on after a blank line or debris OCR set between.
     */
    private static final Pattern UNFINISHED = Pattern.compile("(?:และ|ทุก|(?<!ทุก)จังหวัด)$");
    /** A heading line this long was wrapped, not ended: its words go on after what OCR set between. */
    private static final int WRAPPED_LENGTH = 45;
    /** A line with fewer Thai letters than this is a stamp's or scribble's debris, not words. */
    private static final int MIN_THAI_LETTERS = 4;
    /**
     * Nor is a line in which letters (Thai with their vowels and marks, or Latin) are under this share of
     * what is printed: the digits, slashes and dots OCR reads from a stamp's lines or a scribble, a
     * stray letter between (๘ง ๑/ พ1 ๑./ ฉณ/). A heading's words, numbers and all, are mostly letters.
     */
    private static final double MIN_LETTER_SHARE = 0.4;

    /** A Thai word alone on a line: a leading vowel or none, then two or three letters with their marks. */
    private static final Pattern LAST_WORD = Pattern.compile("\\s*[เแโใไ]?(?:[ก-ฮ][\\u0E30-\\u0E3A\\u0E47-\\u0E4E]*){2,3}\\s*");

    private static final InstitutionNames INSTITUTIONS = new InstitutionNames();

    private final Pattern heading;
    private final boolean endsBeforeParagraph;
    private final boolean wrapsAcrossGaps;

    /**
     * @param words the heading words, e.g. {@code เรียน|ถึง|เสนอ}
     * @param endsBeforeParagraph whether a line opening a paragraph ends the heading (a salutation's
     *     recipients never go on with those words; a subject may)
     * @param wrapsAcrossGaps whether a full first line goes on past a blank line or debris that OCR put
     *     in the middle of the heading (a long subject does)
     */
    public HeadingFinder(String words, boolean endsBeforeParagraph, boolean wrapsAcrossGaps) {
        this.heading = Pattern.compile("^\\s*(?:" + words + ")\\s+(\\S.*)$");
        this.endsBeforeParagraph = endsBeforeParagraph;
        this.wrapsAcrossGaps = wrapsAcrossGaps;
    }

    /** The subject: เรื่อง. */
    public static HeadingFinder subject() {
        return new HeadingFinder("เรื่อง", false, true);
    }

    /** The salutation: เรียน (external letters and memos), ถึง (stamped letters), เสนอ. */
    public static HeadingFinder salutation() {
        return new HeadingFinder("เรียน|ถึง|เสนอ", true, false);
    }

    public Optional<String> find(String letterText) {
        String[] lines = letterText.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = heading.matcher(lines[i]);
            if (m.find()) {
                StringBuilder value = new StringBuilder(m.group(1).strip());
                // A heading wraps onto the next line when that line is neither blank nor another field.
                String last = value.toString();
                for (int j = i + 1, added = 0; j < lines.length && added < 2; j++) {
                    String next = lines[j];
                    if (isDebris(next) && !endsOnAWord(lines, j, j == i + 1 + added)) {
                        boolean goesOn = wrapsAcrossGaps && last.length() >= WRAPPED_LENGTH || UNFINISHED.matcher(last).find();
                        if (!goesOn || j > i + 3) {
                            break;
                        }
                        continue;
                    }
                    boolean pastGap = j > i + 1 + added;
                    if (NEXT_HEADING.matcher(next).find() || looksLikeBody(next)
                            || ((endsBeforeParagraph || pastGap) && PARAGRAPH_OPENING.matcher(next).find())
                            || (pastGap && !UNFINISHED.matcher(last).find() && opensParagraph(lines, j))) {
                        break;
                    }
                    value.append(' ').append(next.strip());
                    last = next.strip();
                    added++;
                    if (j > i + added && !UNFINISHED.matcher(last).find()) {
                        break; // one line found past a gap is the end of the heading
                    }
                }
                // a line wrapped between จังหวัด and the province's name, or inside an institution's name, joins without a space
                return Optional.of(INSTITUTIONS.repair(LetterText.joinProvinceNames(value.toString().replaceAll("\\s+", " "))));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether line {@code j}, right under the heading's last line ({@code adjacent}), is its last word
     * wrapped alone: one short Thai word (ฝน of ในช่วงฤดูฝน), two or three letters with their vowels and
     * marks, and nothing after it but a blank line or the next heading. A stamp's or scribble's debris is
     * a letter alone, or has signs or digits in it.
     */
    private static boolean endsOnAWord(String[] lines, int j, boolean adjacent) {
        return adjacent && LAST_WORD.matcher(lines[j]).matches()
                && (j + 1 == lines.length || lines[j + 1].isBlank() || NEXT_HEADING.matcher(lines[j + 1]).find());
    }

    /** A blank line, or one with too few Thai letters to be words. */
    private static boolean isDebris(String line) {
        if (line.codePoints().filter(c -> c >= 'ก' && c <= 'ฮ').count() < MIN_THAI_LETTERS) {
            return true;
        }
        long printed = line.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long letters = line.codePoints().filter(c -> c >= 'ก' && c <= '\u0E4E' && c != '฿'
                || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z').count();
        return letters < printed * MIN_LETTER_SHARE;
    }

    /**
     * Whether line {@code j}, found past a gap after a heading line that could have ended, goes straight
     * on into another line of words: the first lines of a paragraph, whose opening word OCR misread
     * (ทามที่ for ตามที่). The end of a long subject wrapped across a stamp stands alone, before a blank
     * line or the next heading.
     */
    private static boolean opensParagraph(String[] lines, int j) {
        return j + 1 < lines.length && !isDebris(lines[j + 1]) && !NEXT_HEADING.matcher(lines[j + 1]).find();
    }

    /** Body paragraphs are long; a wrapped heading line is short. */
    private static boolean looksLikeBody(String line) {
        return line.strip().length() > 80;
    }
}
