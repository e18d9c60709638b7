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
        BufferedImage page = blank(2400, 800);
        Graphics2D g = page.createGraphics();
        g.setFont(laksaman());
        g.setColor(Color.BLACK);
        g.drawString("ที่ อด ๐๐๒๓.๑/๑๙๒ วันที่ ๘ สิงหาคม ๒๕๖๗", 300, 200);
        g.drawString("เรียน ผู้ว่าราชการจังหวัดอุดรธานี", 300, 400);
        g.dispose();
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
        BufferedImage page = blank(2400, 800);
        Graphics2D g = page.createGraphics();
        g.setFont(laksaman().deriveFont(28f * DPI / 72f));
        g.setColor(new Color(80, 80, 80)); // red ink in a grey scan
        g.drawString("ลับ", 1100, 200);
        g.dispose();

        List<Box> strips = missed.find(pixels(page), 2400, 800, DPI, List.of());

        assertEquals(1, strips.size(), strips.toString());
        assertTrue(strips.get(0).left() < 1100 && strips.get(0).right() > 1200, strips.toString());
    }

    @Test
    void whatWasReadIsNotFoundAgain() throws Exception {
        BufferedImage page = blank(2400, 800);
        Graphics2D g = page.createGraphics();
        g.setFont(laksaman());
        g.setColor(Color.BLACK);
        g.drawString("เรียน ผู้ว่าราชการจังหวัดอุดรธานี", 300, 400);
        g.dispose();

        assertEquals(List.of(), missed.find(pixels(page), 2400, 800, DPI, List.of(new Box(290, 330, 1500, 420))));
    }

    @Test
    void inkLeftBetweenTheBoxesOfLinesReadIsNotReadAgain() {
        // On a skewed page the straight boxes of the lines read leave slivers of their own ink
        // outside them: a strip mostly inside those boxes is not a line that was missed.
        BufferedImage page = blank(2400, 800);
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
    void picturesAreNotPrint() {
        BufferedImage page = blank(2400, 1200);
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

    private static Font laksaman() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, LetterImages.LAKSAMAN.toFile()).deriveFont(16f * DPI / 72f);
    }

    private static BufferedImage blank(int w, int h) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return page;
    }

    private static byte[] pixels(BufferedImage page) {
        return ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    }
}
