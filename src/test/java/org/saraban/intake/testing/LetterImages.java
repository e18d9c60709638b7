package org.saraban.intake.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders lines of Thai text as a clean page image, as a scanner would deliver a printed letter,
 * so tests can run the real OCR on text they know.
 */
public final class LetterImages {
    /** Laksaman is derived from TH Sarabun, the government letter font (Debian fonts-thai-tlwg). */
    public static final Path LAKSAMAN = Path.of("/usr/share/fonts/truetype/tlwg/Laksaman.ttf");

    private LetterImages() {}

    /** A white {@code w} × {@code h} grey page, to draw on. */
    public static BufferedImage blank(int w, int h) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return page;
    }

    /** An A4-width page at {@code dpi} with {@code lines} in 16 pt Laksaman. */
    public static BufferedImage page(List<String> lines, int dpi) throws IOException {
        Font font;
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, LAKSAMAN.toFile()).deriveFont(16f * dpi / 72f);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        int width = (int) (8.27 * dpi);
        int lineHeight = (int) (font.getSize2D() * 1.6);
        int height = Math.max((int) (3 * dpi), lineHeight * (lines.size() + 4));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        int y = lineHeight * 2;
        for (String line : lines) {
            g.drawString(line, dpi, y);
            y += lineHeight;
        }
        g.dispose();
        return image;
    }
}
