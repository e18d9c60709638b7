package org.saraban.intake.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.saraban.intake.ocr.MissedLines.Box;

/**
 * The lines of a page's reading in reading order, into which lines read again from a strip the
 * page layout missed are put where they stand on the page: beside a line of the same row (a memo's
 * number left of its date), or between the lines above and below. A paragraph the reading order
 * put after others wholly below it is moved up to where it stands.
 */
final class LineLayout {
    /** A line read, with its box on the page; a paragraph ends after it when {@code endsParagraph}. */
    record TextLine(String text, Box box, boolean endsParagraph) {}

    private final List<TextLine> lines;

    LineLayout(List<TextLine> lines) {
        this.lines = new ArrayList<>(lines);
    }

    /**
     * Puts in a line read again. A line that overlaps one already read is dropped: it is what was
     * left of that line outside its box, not something missed.
     */
    void add(TextLine missed) {
        Box box = missed.box();
        for (int i = 0; i < lines.size(); i++) {
            TextLine read = lines.get(i);
            if (read.text().isBlank() || !sameRow(read.box(), box)) {
                continue;
            }
            if (read.box().left() < box.right() && box.left() < read.box().right()) {
                return;
            }
            boolean before = box.right() <= read.box().left();
            String text = before ? missed.text() + " " + read.text() : read.text() + " " + missed.text();
            Box union = box.union(read.box());
            lines.set(i, new TextLine(text, union, read.endsParagraph()));
            return;
        }
        int middle = (box.top() + box.bottom()) / 2;
        int at = 0;
        while (at < lines.size() && lines.get(at).box().top() <= middle) {
            at++;
        }
        lines.add(at, new TextLine(missed.text(), box, false));
    }

    /**
     * Moves up each paragraph that the reading order put after paragraphs lying wholly below it (a
     * letter's number line, beside a stamp, read after the letter's body), to before the first of
     * them. Paragraphs that share rows with those before them (a number beside the office's address,
     * columns) keep Tesseract's order, and so does one that lies within a paragraph above (the end of a
     * line read apart from it), which no place between paragraphs fits.
     */
    void putParagraphsInPageOrder() {
        List<Paragraph> ordered = new ArrayList<>();
        List<TextLine> paragraph = new ArrayList<>();
        for (TextLine line : lines) {
            paragraph.add(line);
            if (line.endsParagraph()) {
                place(new Paragraph(paragraph, extent(paragraph)), ordered);
                paragraph = new ArrayList<>();
            }
        }
        if (!paragraph.isEmpty()) {
            place(new Paragraph(paragraph, extent(paragraph)), ordered);
        }
        lines.clear();
        ordered.forEach(p -> lines.addAll(p.lines()));
    }

    /** A paragraph's lines and the rows its lines with text take up (null when none has text). */
    private record Paragraph(List<TextLine> lines, Box extent) {}

    private static void place(Paragraph paragraph, List<Paragraph> ordered) {
        Box box = paragraph.extent();
        if (box == null) {
            ordered.add(paragraph); // no text: nothing to place it by
            return;
        }
        int at = ordered.size();
        for (int i = 0; i < ordered.size(); i++) {
            Box other = ordered.get(i).extent();
            if (other != null && other.top() >= box.bottom()) {
                at = i;
                break;
            }
        }
        for (int i = 0; i < at; i++) {
            Box other = ordered.get(i).extent();
            if (other != null && other.overlaps(box)) {
                ordered.add(paragraph); // a piece of that paragraph's rows (a line's end read apart): left where it was read
                return;
            }
        }
        if (at < ordered.size()) {
            // it now ends a paragraph before others
            List<TextLine> own = paragraph.lines();
            TextLine last = own.get(own.size() - 1);
            own.set(own.size() - 1, new TextLine(last.text(), last.box(), true));
        }
        ordered.add(at, paragraph);
    }

    /** The rows a paragraph's lines with text take up, or null when none has text. */
    private static Box extent(List<TextLine> paragraph) {
        Box extent = null;
        for (TextLine line : paragraph) {
            if (line.text().isBlank()) {
                continue;
            }
            Box b = line.box();
            extent = extent == null ? b : extent.union(b);
        }
        return extent;
    }

    /**
     * Joins a piece of a line that the layout read as a block of its own (ณภัยในช่วงฤดูฝน beside
     * เรื่อง … ปรรเทาสาธาร, ถิ before ง อำเภอทุกอำเภอ) to the line it belongs to: a line of another
     * paragraph on the same row, the one starting where the other ends (no further than a line's
     * height on). The joined line stands where the longer piece was read. A number and the office's
     * address beside it stand much further apart and stay as they are.
     */
    void joinPiecesOfRows() {
        List<Integer> paragraphOf = new ArrayList<>();
        int paragraph = 0;
        for (TextLine line : lines) {
            paragraphOf.add(paragraph);
            paragraph += line.endsParagraph() ? 1 : 0;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < lines.size(); j++) {
                TextLine left = lines.get(i);
                TextLine right = lines.get(j);
                if (i == j || paragraphOf.get(i).equals(paragraphOf.get(j)) || left.text().isBlank() || right.text().isBlank()
                        || !sameRow(left.box(), right.box())) {
                    continue;
                }
                boolean leftLonger = left.text().length() >= right.text().length();
                String longer = leftLonger ? left.text() : right.text();
                String shorter = leftLonger ? right.text() : left.text();
                if (!isWords(longer) || !(isWords(shorter) || WORD_PIECE.matcher(shorter.strip()).matches())) {
                    continue; // a scribble's scraps beside a line join nothing
                }
                int height = Math.min(left.box().height(), right.box().height());
                int gap = right.box().left() - left.box().right();
                if (gap >= -height / 4 && gap <= height) {
                    Box union = left.box().union(right.box());
                    // pieces of one word stand closer than a space is wide
                    String text = left.text() + (gap < height / 3 ? "" : " ") + right.text();
                    // the joined line stands where the longer piece was read, the other's place is left empty
                    int main = leftLonger ? i : j;
                    int piece = main == i ? j : i;
                    lines.set(main, new TextLine(text, union, lines.get(main).endsParagraph()));
                    lines.set(piece, new TextLine("", lines.get(piece).box(), lines.get(piece).endsParagraph()));
                }
            }
        }
    }

    /**
     * A piece of a Thai word: a letter with its vowel or mark above (ถิ before ง อำเภอ…). A lone letter
     * is as likely a speck read as one, and is not joined.
     */
    private static final Pattern WORD_PIECE = Pattern.compile("[\\u0E01-\\u0E2E][\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]+");

    /** Text with a few Thai letters in it, not a scribble's scraps (๑/ ๘). */
    private static boolean isWords(String text) {
        return text.codePoints().filter(c -> c >= 'ก' && c <= 'ฮ').count() >= MIN_THAI_LETTERS;
    }

    private static final int MIN_THAI_LETTERS = 4;

    /** Lines overlapping by half the shorter one's height stand on the same row. */
    private static boolean sameRow(Box a, Box b) {
        int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return overlap * 2 >= Math.min(a.height(), b.height());
    }

    /**
     * The page text as Tesseract writes it: a line a row, a blank line between paragraphs; lines
     * read as nothing are left out, and paragraphs of nothing but those.
     */
    String text() {
        StringBuilder text = new StringBuilder();
        boolean open = false;
        for (TextLine line : lines) {
            if (!line.text().isBlank()) {
                if (!open && !text.isEmpty()) {
                    text.append('\n');
                }
                text.append(line.text()).append('\n');
                open = true;
            }
            if (line.endsParagraph()) {
                open = false;
            }
        }
        return text.toString();
    }
}
