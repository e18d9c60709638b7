package org.saraban.intake.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.random.RandomGenerator;

/**
 * What a cheap office scanner does to a page: uneven lighting, a skewed (or upside-down) sheet,
 * resampling to the scan resolution, a little blur, sensor noise and dust, and the colour mode
 * (colour, grey, or black-and-white by a fixed threshold). JPEG artefacts come later, from the
 * writer. Stateless apart from the random source; not thread-safe.
 */
final class ScanEffects {
    /** Colour modes of a scan. */
    enum Mode { COLOUR, GREY, BLACK_AND_WHITE }

    /**
     * How one file is scanned.
     *
     * @param skewDegrees rotation of the sheet, within ±3°
     * @param noise standard deviation of sensor noise, in grey levels
     * @param lighting how much darker the far corner is than the lit one (0–0.3)
     * @param jpegQuality 0–1, for formats that compress with JPEG
     */
    record Style(int dpi, Mode mode, double skewDegrees, double noise, boolean blur, double lighting, float jpegQuality) {
        String describe() {
            return dpi + " dpi " + mode.name().toLowerCase().replace('_', '-') + String.format(", skew %.1f°", skewDegrees)
                    + (noise > 0 ? String.format(", noise %.0f", noise) : "") + (blur ? ", blur" : "")
                    + (lighting > 0.05 ? ", uneven light" : "");
        }
    }

    private final RandomGenerator random;

    ScanEffects(RandomGenerator random) {
        this.random = random;
    }

    /** The scan of a 300 dpi rendered page; {@code upsideDown} turns the sheet round. */
    BufferedImage scan(BufferedImage page, Style style, boolean upsideDown) {
        BufferedImage lit = light(page, style.lighting());
        double scale = style.dpi() / (double) Typesetter.DPI;
        int w = (int) Math.round(page.getWidth() * scale);
        int h = (int) Math.round(page.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        AffineTransform t = new AffineTransform();
        t.rotate(Math.toRadians(style.skewDegrees() + (upsideDown ? 180 : 0)), w / 2.0, h / 2.0);
        t.scale(scale, scale);
        g.drawImage(lit, t, null);
        g.dispose();
        if (style.blur()) {
            float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
            BufferedImage blurred = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(out, blurred);
            out = blurred;
        }
        noise(out, style.noise());
        return switch (style.mode()) {
            case COLOUR -> out;
            case GREY -> convert(out, BufferedImage.TYPE_BYTE_GRAY);
            case BLACK_AND_WHITE -> threshold(out, 150 + random.nextInt(40));
        };
    }

    private BufferedImage light(BufferedImage page, double strength) {
        if (strength <= 0) {
            return page;
        }
        int w = page.getWidth();
        int h = page.getHeight();
        double lx = random.nextDouble() * w;
        double ly = random.nextDouble() * h;
        double far = Math.hypot(w, h);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            page.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                double f = 1 - strength * Math.hypot(x - lx, y - ly) / far;
                int p = row[x];
                row[x] = (int) (((p >> 16) & 255) * f) << 16 | (int) (((p >> 8) & 255) * f) << 8 | (int) ((p & 255) * f);
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    private void noise(BufferedImage image, double sigma) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int d = sigma > 0 ? (int) Math.round(random.nextGaussian() * sigma) : 0;
                if (random.nextInt(40000) == 0) {
                    d -= 120 + random.nextInt(100); // a speck of dust
                }
                if (d != 0) {
                    int p = row[x];
                    row[x] = clamp(((p >> 16) & 255) + d) << 16 | clamp(((p >> 8) & 255) + d) << 8 | clamp((p & 255) + d);
                }
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static BufferedImage convert(BufferedImage image, int type) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage threshold(BufferedImage image, int level) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        var raster = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                // Luma: the scanner's sensor sees blue ink darker than red.
                int luma = (299 * ((p >> 16) & 255) + 587 * ((p >> 8) & 255) + 114 * (p & 255)) / 1000;
                raster.setSample(x, y, 0, luma >= level ? 1 : 0);
            }
        }
        return out;
    }
}
