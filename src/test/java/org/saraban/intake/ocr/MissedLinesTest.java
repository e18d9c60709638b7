package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.ocr.MissedLines.Box;
import org.saraban.intake.testing.LetterImages;

class MissedLinesTest {
    private static final int DPI = 300;
    private final MissedLines missed = new MissedLines();

    @Test
    void aLineOfPrintNoReadLineCoversIsFound() throws Exception {
        BufferedImage page = LetterImages.blank(2400, 800);
        write(page, "ที่ อด ๐๐๒๓.๑/๑๙๒ วันที่ ๘ สิงหาคม ๒๕๖๗", 300, 200, 16, Color.BLACK);
        write(page, "เรียน ผู้ว่าราชการจังหวัดอุดรธานี", 300, 400, 16, Color.BLACK);
        // only the second line was read
        Box read = new Box(290, 330, 1500, 420);

        List<Box> strips = missed.find(pixels(page), 2400, 800, DPI, List.of(read));

        assertEquals(1, strips.size(), strips.toString());
        Box strip = strips.get(0);
        assertTrue(strip.top() < 160 && strip.bottom() > 200 && strip.bottom() < 330, strip.toString());
        assertTrue(strip.left() < 300 && strip.right() > 1200, strip.toString());
    }

    @Test
    void aSecrecyMarkSetLargeIsFoundThoughItsMarksJoinItsLetters() throws Exception {
        BufferedImage page = LetterImages.blank(2400, 800);
        write(page, "ลับ", 1100, 200, 28, new Color(80, 80, 80)); // red ink in a grey scan

        List<Box> strips = missed.find(pixels(page), 2400, 800, DPI, List.of());

        assertEquals(1, strips.size(), strips.toString());
        assertTrue(strips.get(0).left() < 1100 && strips.get(0).right() > 1200, strips.toString());
    }

    @Test
    void whatWasReadIsNotFoundAgain() throws Exception {
        BufferedImage page = LetterImages.blank(2400, 800);
        write(page, "เรียน ผู้ว่าราชการจังหวัดอุดรธานี", 300, 400, 16, Color.BLACK);

        assertEquals(List.of(), missed.find(pixels(page), 2400, 800, DPI, List.of(new Box(290, 330, 1500, 420))));
    }

    @Test
    void inkLeftBetweenTheBoxesOfLinesReadIsNotReadAgain() {
        // On a skewed page the straight boxes of the lines read leave slivers of their own ink
        // outside them: a strip mostly inside those boxes is not a line that was missed.
        BufferedImage page = LetterImages.blank(2400, 800);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        for (int x = 300; x < 1500; x += 60) {
            g.fillRect(x, 296, 30, 44);
        }
        g.dispose();
        Box read = new Box(280, 306, 1600, 330);

        assertEquals(List.of(), missed.find(pixels(page), 2400, 800, DPI, List.of(read)));
        assertEquals(1, missed.find(pixels(page), 2400, 800, DPI, List.of(new Box(280, 320, 1600, 330))).size());
    }

    @Test
    void aStripIsCutWithTheLinesReadWhitened() {
        byte[] grey = new byte[100 * 50]; // all black
        byte[] cut = missed.cut(grey, 100, new Box(10, 10, 60, 40), List.of(new Box(0, 20, 30, 25)), DPI);
        assertEquals(50 * 30, cut.length);
        assertEquals((byte) 0xff, cut[(22 - 10) * 50 + (20 - 10)]); // inside the line read (and its margin)
        assertEquals(0, cut[(22 - 10) * 50 + (45 - 10)]); // beside it on the same row
        assertEquals(0, cut[(35 - 10) * 50 + (20 - 10)]); // below it
    }

    @Test
    void picturesAreNotPrint() {
        BufferedImage page = LetterImages.blank(2400, 1200);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillOval(300, 100, 250, 350); // an emblem
        g.drawRect(900, 100, 700, 300); // a stamp's frame, empty
        g.drawRect(901, 101, 698, 298);
        for (int i = 0; i < 21; i++) { // a QR code's modules: columns all inked
            for (int j = 0; j < 21; j++) {
                if ((i * 7 + j * 3) % 5 < 3 || j % 2 == 0) {
                    g.fillRect(300 + i * 12, 600 + j * 12, 12, 12);
                }
            }
        }
        g.dispose();

        assertEquals(List.of(), missed.find(pixels(page), 2400, 1200, DPI, List.of()));
    }

    /** Sets {@code text} in Laksaman at {@code points}, its baseline at ({@code x}, {@code y}). */
    private static void write(BufferedImage page, String text, int x, int y, float points, Color ink) throws Exception {
        Graphics2D g = page.createGraphics();
        g.setFont(Font.createFont(Font.TRUETYPE_FONT, LetterImages.LAKSAMAN.toFile()).deriveFont(points * DPI / 72f));
        g.setColor(ink);
        g.drawString(text, x, y);
        g.dispose();
    }

    private static byte[] pixels(BufferedImage page) {
        return ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    }
}
