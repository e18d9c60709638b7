package org.saraban.intake.ocr;

import java.util.ArrayList;
import java.util.List;
import org.saraban.intake.ocr.MissedLines.Box;

/**
 * The lines of a page's reading in reading order, into which lines read again from a strip the
 * page layout missed are put where they stand on the page: beside a line of the same row (a memo's
 * number left of its date), or between the lines above and below.
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
            Box union = new Box(Math.min(box.left(), read.box().left()), Math.min(box.top(), read.box().top()),
                    Math.max(box.right(), read.box().right()), Math.max(box.bottom(), read.box().bottom()));
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
