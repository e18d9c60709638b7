package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.ocr.LineLayout.TextLine;
import org.saraban.intake.ocr.MissedLines.Box;
import org.saraban.intake.testing.LetterImages;

class LostTopMarksTest {
    private static final int W = 1200;
    private static final int H = 600;
    private final LostTopMarks topMarks = new LostTopMarks();

    /** A line of letters 60 pixels high whose box Tesseract drew from y 200 down; letters stand in for glyphs. */
    private static BufferedImage lineOfLetters() {
        BufferedImage page = LetterImages.blank(W, H);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        for (int x = 110; x < 990; x += 30) {
            g.fillRect(x, 210, 18, 45);
        }
        g.dispose();
        return page;
    }

    private static void ink(BufferedImage page, int x, int y, int w, int h) {
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(x, y, w, h);
        g.dispose();
    }

    @Test
    void marksStandingClearAboveALineAreFoundAndTheLineGrownToThem() {
        BufferedImage page = lineOfLetters();
        ink(page, 400, 180, 12, 6); // thanthakhat over sara i, clear of the line's top
        ink(page, 700, 182, 12, 6);
        List<TextLine> lines = List.of(new TextLine("นายสมชาย ศักดิสิทธิ", new Box(100, 200, 1000, 260), true));

        List<LostTopMarks.Reread> found = topMarks.find(pixels(page), W, H, lines);

        assertEquals(1, found.size(), found.toString());
        assertEquals(0, found.get(0).line());
        Box grown = found.get(0).box();
        assertTrue(grown.top() <= 180 && grown.top() > 170, grown.toString());
        assertTrue(grown.bottom() >= 260 && grown.left() <= 100 && grown.right() >= 1000, grown.toString());
    }

    @Test
    void aSpeckNarrowerThanAStrokeAboveALineIsNoMark() {
        BufferedImage page = lineOfLetters();
        ink(page, 400, 178, 2, 12); // a hairline, 2 pixels across over a line 60 high
        List<TextLine> lines = List.of(new TextLine("จึงเรียนมาเพื่อโปรดพิจารณา", new Box(100, 200, 1000, 260), true));

        assertEquals(List.of(), topMarks.find(pixels(page), W, H, lines));
        // a tone mark of the print's own stroke is one
        ink(page, 700, 180, 5, 10);
        assertEquals(1, topMarks.find(pixels(page), W, H, lines).size());
    }

    @Test
    void aLineWithNothingAboveItIsLeft() {
        List<TextLine> lines = List.of(new TextLine("เรียน ผู้ว่าราชการจังหวัด", new Box(100, 200, 1000, 260), true));

        assertEquals(List.of(), topMarks.find(pixels(lineOfLetters()), W, H, lines));
    }

    @Test
    void marksOfTwoLevelsCountAsOneBandWhileTheLineAboveIsLeftOut() {
        BufferedImage page = lineOfLetters();
        ink(page, 100, 120, 900, 40); // the line above, read as a line
        ink(page, 400, 189, 12, 6);   // an upper vowel
        ink(page, 400, 178, 10, 7);   // a tone mark a few rows above it
        List<TextLine> lines = List.of(
                new TextLine("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", new Box(100, 120, 1000, 160), true),
                new TextLine("ทั้งนี้", new Box(100, 200, 1000, 260), true));

        List<LostTopMarks.Reread> found = topMarks.find(pixels(page), W, H, lines);

        assertEquals(1, found.size(), found.toString());
        assertEquals(1, found.get(0).line());
        assertTrue(found.get(0).box().top() <= 178 && found.get(0).box().top() > 165, found.toString());
    }

    @Test
    void inkRunningUpOutOfReachIsNotMarks() {
        BufferedImage page = lineOfLetters();
        ink(page, 500, 150, 8, 50); // a stroke of a signature or a stamp down onto the line
        List<TextLine> lines = List.of(new TextLine("(นายสมชาย ใจดี)", new Box(100, 200, 1000, 260), true));

        assertEquals(List.of(), topMarks.find(pixels(page), W, H, lines));
    }

    @Test
    void theTailOfASignatureOverANameIsNotMarks() {
        BufferedImage page = lineOfLetters();
        ink(page, 300, 186, 200, 5); // a stroke wider than any mark, clear of the line and of the band's top
        List<TextLine> lines = List.of(new TextLine("(นางมาลินี อินทร์แก้ว)", new Box(100, 200, 1000, 260), true));

        assertEquals(List.of(), topMarks.find(pixels(page), W, H, lines));
    }

    @Test
    void theMarksReadAsALineOfTheirOwnAreNamedToBeDropped() {
        BufferedImage page = lineOfLetters();
        ink(page, 400, 184, 12, 6);
        List<TextLine> lines = List.of(
                new TextLine("๖", new Box(395, 182, 415, 192), true),
                new TextLine("นายสมชาย ศักดิสิทธิ", new Box(100, 200, 1000, 260), true));

        List<LostTopMarks.Reread> found = topMarks.find(pixels(page), W, H, lines);

        assertEquals(1, found.size(), found.toString());
        assertEquals(1, found.get(0).line());
        assertEquals(List.of(0), found.get(0).marksRead());
    }

    @Test
    void aRowOfMarksReadInsideTheTopOfALinesBoxHasTheLineReadAgain() {
        // on a page set level the marks between two tightly set lines are read as a row of their own,
        // inside the box of the line they belong to, and the line is read without them
        BufferedImage page = lineOfLetters();
        List<TextLine> lines = List.of(
                new TextLine("/ ๘พ    ๘  ๘S", new Box(150, 204, 900, 228), true),
                new TextLine("ภายในวนท ๑๒ สงหาคม", new Box(100, 200, 1000, 260), true));

        List<LostTopMarks.Reread> found = topMarks.find(pixels(page), W, H, lines);

        assertEquals(1, found.size(), found.toString());
        assertEquals(1, found.get(0).line());
        assertEquals(List.of(0), found.get(0).marksRead());
        assertTrue(found.get(0).box().top() <= 200, found.toString());
    }

    @Test
    void aReadingAgainIsKeptOnlyWhenItGivesBackMarksAndKeepsTheLetters() {
        assertTrue(LostTopMarks.restoresMarks("นายสมชาย ศักดิสิทธิ", "นายสมชาย ศักดิ์สิทธิ์"));
        assertTrue(LostTopMarks.restoresMarks("การสำรวจข้อมูลแหล่งนำ", "การสำรวจข้อมูลแหล่งน้ำ"));
        assertTrue(LostTopMarks.restoresMarks("เรยน ผวจ.ขอนแก่น อแสดงความนบถือ", "เรียน ผวจ.ขอนแก่น ขอแสดงความนับถือ"));
        assertFalse(LostTopMarks.restoresMarks("จันทร์ที่ ๒๘ กรกฎาคม", "จันทรท ๒๘ กรกฎาคม"), "marks lost");
        assertFalse(LostTopMarks.restoresMarks("จังหวัดเชียงใหม่", "จังหวัด"), "letters lost");
        assertFalse(LostTopMarks.restoresMarks("เรื่อง", ""));
    }

    private static byte[] pixels(BufferedImage page) {
        return ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    }
}
