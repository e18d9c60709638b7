package org.saraban.intake.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.saraban.intake.ocr.LineLayout.TextLine;
import org.saraban.intake.ocr.MissedLines.Box;

/**
 * Finds the lines whose topmost marks the page layout left out of the line. Thai stacks marks up to
 * three levels above a consonant: an upper vowel, then a tone mark or thanthakhat on top of it (ที่,
 * ศักดิ์), and ำ carries its tone mark above its ring (น้ำ). Where that top level stands clear of the
 * rest of the line, Tesseract's layout takes it for noise or for a line of its own, and the line is
 * read without it: ศักดิ์สิทธิ์ as ศักดิสิทธิ, น้ำ as นำ. On a page set level, the marks between two tightly set lines are often read as
 * a row of their own inside the top of the line they belong to. Read again as one line with its top
 * marks, the same line reads right.
 */
final class LostTopMarks {
    /**
     * A line to read again within {@code box} (the line's box grown up to its top marks), and the lines
     * of the reading that are only those marks, read on their own ({@code marksRead}), to drop.
     */
    record Reread(int line, Box box, List<Integer> marksRead) {}

    /** Thai marks set above or below a letter: upper vowels, tone marks, thanthakhat, lower vowels. */
    private static final Pattern MARK = Pattern.compile("[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Grey level below which a pixel is ink. */
    private static final int INK = 128;
    /**
     * The widest a run of marks may be, as a share of the line's height: a mark, or two side by side
     * (ี่), is narrower; a signature's stroke over a name in parentheses is wider.
     */
    private static final double MAX_MARK_WIDTH = 0.6;
    /**
     * The narrowest a mark is, as a share of the line's height: about a stroke of the print. Narrower
     * ink above a line is a speck or a hairline, and reading the line again for it gives back the same
     * text at the cost of a line's reading.
     */
    private static final double MIN_MARK_WIDTH = 0.05;
    /** How far above a line's box its top marks may stand, as a share of the line's height. */
    private static final double REACH = 0.45;

    /**
     * The lines of a reading of a {@code w} × {@code h} page of grey pixels whose top marks lie above
     * their boxes, uncovered by any other line, or were read as a row of their own; in reading order.
     */
    List<Reread> find(byte[] grey, int w, int h, List<TextLine> lines) {
        List<Reread> found = new ArrayList<>();
        int usual = usualHeight(lines);
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Box box = line.box();
            if (line.text().isBlank() || box.height() < 8) {
                continue;
            }
            // a line whose marks were cut off is lower than it should be: measured by the page's usual line
            int height = Math.max(box.height(), usual);
            int reach = (int) Math.round(height * REACH);
            Box above = new Box(Math.max(0, box.left()), Math.max(0, box.top() - reach), Math.min(w, box.right()),
                    box.top());
            Box below = new Box(above.left(), box.bottom(), above.right(), Math.min(h, box.bottom() + reach));
            List<Integer> marksRead = new ArrayList<>();
            List<Box> others = new ArrayList<>();
            for (int j = 0; j < lines.size(); j++) {
                Box other = lines.get(j).box();
                if (j == i) {
                    continue;
                }
                if (!lines.get(j).text().isBlank() && isMarksOf(other, box, height, reach)) {
                    marksRead.add(j);
                } else if (other.overlaps(above) || other.overlaps(below)) {
                    others.add(other);
                }
            }
            int gap = Math.max(2, height / 10);
            int[] rowsAbove = rowInk(grey, w, above, others);
            int top = marksEnd(reverse(rowsAbove), minInk(height), gap);
            Box marks = new Box(above.left(), box.top() - top, above.right(), box.top());
            int widest = top > 0 ? widestRun(grey, w, marks, others) : 0;
            boolean marksAbove = widest >= height * MIN_MARK_WIDTH && widest <= height * MAX_MARK_WIDTH;
            int grownTop = marksAbove ? box.top() - top : box.top();
            for (int j : marksRead) {
                grownTop = Math.min(grownTop, lines.get(j).box().top());
            }
            if (grownTop < box.top() || !marksRead.isEmpty()) {
                // the crop reaches the lower vowels too (ทุก, ผู้), which can stand below the box as well
                int bottom = Math.max(0, marksEnd(rowInk(grey, w, below, others), 1, gap));
                int pad = Math.max(2, height / 12);
                Box grown = new Box(Math.max(0, box.left() - pad), Math.max(0, grownTop - pad),
                        Math.min(w, box.right() + pad), Math.min(h, box.bottom() + bottom + pad));
                found.add(new Reread(i, grown, List.copyOf(marksRead)));
            }
        }
        return found;
    }

    /**
     * Whether a line read {@code again} with its top marks keeps what the {@code first} reading had
     * and gives back marks: its letters without marks within two edits of the first reading's, and
     * no fewer marks. A reading again that loses letters or marks (the crop cut a line, a stamp
     * crossed it) is no better than the first.
     */
    static boolean restoresMarks(String first, String again) {
        String before = SPACE.matcher(MARK.matcher(first).replaceAll("")).replaceAll("");
        String after = SPACE.matcher(MARK.matcher(again).replaceAll("")).replaceAll("");
        if (after.isEmpty() || marks(again) < marks(first)) {
            return false;
        }
        return before.equals(after)
                || new CharacterRunAutomaton(new LevenshteinAutomata(before, false).toAutomaton(2)).run(after);
    }

    private static long marks(String text) {
        return MARK.matcher(text).results().count();
    }

    /**
     * Whether {@code other} is a reading of marks alone at the top of {@code line} (of the given
     * height): at most 0.55 of that height, starting within its band above or its top quarter, ending
     * within its upper three fifths, and mostly over it. On a page set level the band of marks between
     * two lines of tightly set print is often read as a row of its own ({@code / ๘พ ๘ ๘S}),
     * overlapping both lines.
     */
    private static boolean isMarksOf(Box other, Box line, int height, int reach) {
        int overlap = Math.min(other.right(), line.right()) - Math.max(other.left(), line.left());
        return other.height() * 20 <= height * 11
                && other.top() >= line.top() - reach - height / 8 && other.top() < line.top() + height / 4
                && other.bottom() * 5 <= line.top() * 5 + height * 3
                && overlap * 2 >= other.width();
    }

    /** The median height of the page's lines with text, or 0 when there are none. */
    private static int usualHeight(List<TextLine> lines) {
        int[] heights = lines.stream().filter(l -> !l.text().isBlank()).mapToInt(l -> l.box().height())
                .sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /**
     * Ink of top marks: less than this many dark pixels above a line is a speck. A thanthakhat at the
     * line's size is about a tenth of its height across, and a third as thick.
     */
    private static int minInk(int lineHeight) {
        return Math.max(6, lineHeight * lineHeight / 300);
    }

    /** The count of ink pixels in each row of {@code band}, leaving out the {@code others} boxes. */
    private static int[] rowInk(byte[] grey, int w, Box band, List<Box> others) {
        int[] rows = new int[band.height()];
        for (int y = band.top(); y < band.bottom(); y++) {
            for (int x = band.left(), i = y * w + band.left(); x < band.right(); x++, i++) {
                if ((grey[i] & 0xff) < INK && !inAny(others, x, y)) {
                    rows[y - band.top()]++;
                }
            }
        }
        return rows;
    }

    /** The widest run of columns with ink in {@code band}, leaving out the {@code others} boxes. */
    private static int widestRun(byte[] grey, int w, Box band, List<Box> others) {
        int widest = 0;
        int run = 0;
        for (int x = band.left(); x < band.right(); x++) {
            boolean ink = false;
            for (int y = band.top(), i = y * w + x; y < band.bottom() && !ink; y++, i += w) {
                ink = (grey[i] & 0xff) < INK && !inAny(others, x, y);
            }
            run = ink ? run + 1 : 0;
            widest = Math.max(widest, run);
        }
        return widest;
    }

    private static int[] reverse(int[] rows) {
        int[] reversed = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            reversed[i] = rows[rows.length - 1 - i];
        }
        return reversed;
    }

    /**
     * How far from the line the marks in a band reach, given the band's rows' ink counted
     * outward from the line; 0 when there are none, -1 when the ink is not marks. Marks are the
     * runs of inked rows nearest the line (the first within twice {@code gap} rows of it), each
     * within {@code gap} rows of the one before (a tone mark clear of the upper vowel it stands
     * on), with blank rows beyond the last; ink that runs on to the band's far edge is the line
     * beyond or something standing there, not marks, and less than {@code minInk} pixels is a
     * speck.
     */
    private static int marksEnd(int[] rows, int minInk, int gap) {
        int end = 0;
        int ink = 0;
        int y = 0;
        for (int blank = 0; y < rows.length; y++) {
            if (rows[y] > 0) {
                ink += rows[y];
                end = y + 1;
                blank = 0;
            } else if (++blank > (end == 0 ? 2 * gap : gap)) {
                break;
            }
        }
        if (end == rows.length) {
            return -1;
        }
        return ink < minInk ? 0 : end;
    }

    private static boolean inAny(List<Box> boxes, int x, int y) {
        for (Box b : boxes) {
            if (b.left() <= x && x < b.right() && b.top() <= y && y < b.bottom()) {
                return true;
            }
        }
        return false;
    }
}
