package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.testing.LetterImages;

class SealEraserTest {
    private static final int DPI = 200;
    private static final double MM = DPI / 25.4;
    /** Red seal ink as a grey scanner records it. */
    private static final Color SEAL_GREY = new Color(85, 85, 85);

    private final SealEraser eraser = new SealEraser();

    @TempDir Path dir;

    @Test
    void theSealGoesAndTheTextItCrossesStays() {
        BufferedImage page = page(800, 800);
        Graphics2D g = pen(page);
        seal(g, SEAL_GREY, 400, 400);
        // a printed line crossing the bottom of the rings
        g.setColor(Color.BLACK);
        g.fillRect(250, 520, 300, 14);
        g.dispose();
        byte[] pixels = pixels(page);

        assertEquals(1, eraser.erase(pixels, 800, 800, DPI));
        assertEquals(0, inkIn(pixels, 800, 250, 250, 300, 250), "rings and Garuda above the line are gone");
        assertEquals(300 * 14, inkIn(pixels, 800, 250, 520, 300, 14), "the line keeps every pixel");
    }

    @Test
    void aReceivedStampInTheSameInkStays() {
        // the received stamp is a rectangle twice as wide as high, and its labels are wanted
        BufferedImage page = page(800, 600);
        Graphics2D g = pen(page);
        g.setColor(SEAL_GREY);
        g.setStroke(new BasicStroke((float) (0.7 * MM)));
        g.draw(new RoundRectangle2D.Double(100, 100, 62 * MM, 32 * MM, 3 * MM, 3 * MM));
        g.fillRect(130, 160, 60, 20);
        g.dispose();
        byte[] pixels = pixels(page);
        byte[] before = pixels.clone();

        assertEquals(0, eraser.erase(pixels, 800, 600, DPI));
        assertEquals(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(pixels, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aBlackAndWhiteScanIsLeftAlone() {
        // thresholded, the seal is as black as the text: nothing tells them apart
        BufferedImage page = page(800, 800);
        Graphics2D g = pen(page);
        seal(g, Color.BLACK, 400, 400);
        g.dispose();
        byte[] pixels = pixels(page);
        int ink = inkIn(pixels, 800, 0, 0, 800, 800);

        assertEquals(0, eraser.erase(pixels, 800, 800, DPI));
        assertEquals(ink, inkIn(pixels, 800, 0, 0, 800, 800));
    }

    @Test
    void theDateUnderASealIsReadWithTheProjectModel() throws Exception {
        // The foot of a stamped letter, scanned in colour: office name, red seal over it, date under it.
        BufferedImage page = new BufferedImage((int) (8.27 * DPI), 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(page);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        Font font = Font.createFont(Font.TRUETYPE_FONT, LetterImages.LAKSAMAN.toFile()).deriveFont(16f * DPI / 72f);
        g.setFont(font);
        g.setColor(Color.BLACK);
        g.drawString("จึงเรียนมาเพื่อโปรดพิจารณา", 300, 150);
        int centre = 1000;
        g.drawString("จังหวัดกระบี่", centre - 120, 320);
        seal(g, new Color(200, 30, 35), centre, 440);
        g.setColor(Color.BLACK);
        g.drawString("๒๕ เมษายน ๒๕๖๗", centre - 150, 590);
        g.dispose();

        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, "saraban", 3))) {
            String text = recognizer.recognize(1, page, DPI).text();
            assertTrue(text.contains("๒๕ เมษายน ๒๕๖๗"), text);
        }
    }

    /** The generator's seal: two rings, 34 and 28 mm across, round a solid Garuda. */
    private static void seal(Graphics2D g, Color ink, double cx, double cy) {
        double r = 17 * MM;
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) (0.6 * MM)));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.draw(new Ellipse2D.Double(cx - r + 3 * MM, cy - r + 3 * MM, 2 * r - 6 * MM, 2 * r - 6 * MM));
        g.fill(new Ellipse2D.Double(cx - 5 * MM, cy - 9 * MM, 10 * MM, 18 * MM));
    }

    private static BufferedImage page(int w, int h) {
        return LetterImages.blank(w, h);
    }

    private static Graphics2D pen(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static byte[] pixels(BufferedImage page) {
        return ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    }

    private static int inkIn(byte[] pixels, int width, int x, int y, int w, int h) {
        int n = 0;
        for (int r = y; r < y + h; r++) {
            for (int c = x; c < x + w; c++) {
                n += (pixels[r * width + c] & 0xFF) < 128 ? 1 : 0;
            }
        }
        return n;
    }
}
