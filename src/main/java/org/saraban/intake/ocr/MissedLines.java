package org.saraban.intake.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the strips of a page where print lies that no word Tesseract read covers. Tesseract's page
 * layout (psm 3) now and then takes a few lines for a picture and skips them, most often a memo's
 * number, date and subject lines beside their big bold labels; such a strip is worth reading again
 * on its own. Print is told from pictures by its columns: a line of print breaks into many glyphs
 * with blank columns between them, while an emblem, a QR code, a signature or a stamp's frame
 * leaves few or no blank columns.
 */
final class MissedLines {
    /** A rectangle of the page in pixels, right and bottom exclusive. */
    record Box(int left, int top, int right, int bottom) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        /** The smallest box around this one and {@code other}. */
        Box union(Box other) {
            return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                    Math.max(bottom, other.bottom));
        }
    }

    /** Grey level below which a pixel is ink. */
    private static final int INK = 128;
    /**
     * Taller strips are left: a block of several centimetres that the layout read nothing of is a
     * picture or handwriting far more often than print, and reading it again costs a third of a page.
     */
    private static final double MAX_STRIP_MM = 30;
    /** A strip more covered than this by lines read already is not read again. */
    private static final double MAX_COVERED = 0.5;
    /** A line of print breaks into at least this many glyph groups. */
    private static final int MIN_GLYPHS = 6;

    /**
     * The strips of uncovered print on a {@code w} × {@code h} page of grey pixels scanned at
     * {@code dpi}, given the boxes of the words already read; top to bottom.
     */
    List<Box> find(byte[] grey, int w, int h, int dpi, List<Box> read) {
        int margin = mm(3, dpi);
        int pad = Math.max(2, dpi / 75);
        int[] rowInk = new int[h];
        boolean[] covered = new boolean[w];
        List<Box> grown = read.stream()
                .map(b -> new Box(b.left - pad, b.top - pad, b.right + pad, b.bottom + pad)).toList();
        for (int y = margin; y < h - margin; y++) {
            cover(covered, grown, y, w);
            int count = 0;
            for (int x = margin, i = y * w + margin; x < w - margin; x++, i++) {
                if ((grey[i] & 0xff) < INK && !covered[x]) {
                    count++;
                }
            }
            rowInk[y] = count;
        }
        List<Box> strips = new ArrayList<>();
        int minRowInk = Math.max(3, dpi / 40);
        int maxGap = dpi / 12;
        int y = margin;
        while (y < h - margin) {
            if (rowInk[y] < minRowInk) {
                y++;
                continue;
            }
            int top = y;
            int bottom = y + 1;
            for (int gap = 0; y < h - margin && gap <= maxGap; y++) {
                if (rowInk[y] >= minRowInk) {
                    bottom = y + 1;
                    gap = 0;
                } else {
                    gap++;
                }
            }
            if (bottom - top >= mm(1.5, dpi) && bottom - top <= mm(MAX_STRIP_MM, dpi)) {
                Box strip = print(grey, w, dpi, margin, grown, top, bottom, covered);
                if (strip != null && coveredShare(strip, read) <= MAX_COVERED) {
                    strips.add(new Box(strip.left, Math.max(0, top - pad), strip.right, Math.min(h, bottom + pad)));
                }
            }
        }
        return strips;
    }

    /**
     * The pixels of {@code strip} cut from a page {@code width} pixels wide, with the lines already
     * read (and a little round them) whitened, so that reading it brings only what was missed.
     */
    byte[] cut(byte[] grey, int width, Box strip, List<Box> read, int dpi) {
        return cutWhitening(grey, width, strip, read, Math.max(2, dpi / 75));
    }

    /** As {@link #cut(byte[], int, Box, List, int)}, with the lines read whitened {@code pad} pixels round. */
    static byte[] cutWhitening(byte[] grey, int width, Box strip, List<Box> read, int pad) {
        int w = strip.width();
        byte[] pixels = new byte[w * strip.height()];
        for (int y = 0; y < strip.height(); y++) {
            System.arraycopy(grey, (strip.top() + y) * width + strip.left(), pixels, y * w, w);
        }
        for (Box r : read) {
            Box line = new Box(r.left() - pad, r.top() - pad, r.right() + pad, r.bottom() + pad);
            if (line.overlaps(strip)) {
                int from = Math.max(line.left(), strip.left()) - strip.left();
                int to = Math.min(line.right(), strip.right()) - strip.left();
                for (int y = Math.max(line.top(), strip.top()); y < Math.min(line.bottom(), strip.bottom()); y++) {
                    java.util.Arrays.fill(pixels, (y - strip.top()) * w + from, (y - strip.top()) * w + to, (byte) 0xff);
                }
            }
        }
        return pixels;
    }

    /**
     * The share of a strip that the boxes of lines read already cover. Where most of it is covered,
     * the uncovered ink lies between lines whose boxes overlap, as on a skewed page: whitening the
     * lines read would take most of it too, and reading it again gives nothing to keep.
     */
    private static double coveredShare(Box strip, List<Box> read) {
        long covered = 0;
        for (Box b : read) {
            int x = Math.min(strip.right, b.right) - Math.max(strip.left, b.left);
            int y = Math.min(strip.bottom, b.bottom) - Math.max(strip.top, b.top);
            if (x > 0 && y > 0) {
                covered += (long) x * y;
            }
        }
        return covered / (double) ((long) strip.width() * strip.height());
    }

    /** Marks the columns of row {@code y} that a read word covers. */
    private static void cover(boolean[] covered, List<Box> read, int y, int w) {
        java.util.Arrays.fill(covered, false);
        for (Box b : read) {
            if (b.top <= y && y < b.bottom) {
                for (int x = Math.max(0, b.left); x < Math.min(w, b.right); x++) {
                    covered[x] = true;
                }
            }
        }
    }

    /**
     * The horizontal extent of the glyphs in rows top..bottom, or null when the uncovered ink there
     * does not break into enough glyph groups to be print.
     */
    private static Box print(byte[] grey, int w, int dpi, int margin, List<Box> read, int top, int bottom,
            boolean[] covered) {
        int[] columnInk = new int[w];
        for (int y = top; y < bottom; y++) {
            cover(covered, read, y, w);
            for (int x = margin, i = y * w + margin; x < w - margin; x++, i++) {
                if ((grey[i] & 0xff) < INK && !covered[x]) {
                    columnInk[x]++;
                }
            }
        }
        int minGroupInk = Math.max(4, dpi / 30); // smaller groups are specks of noise
        int glyphs = 0;
        int first = -1;
        int last = -1;
        int widest = 0;
        for (int x = margin; x < w - margin; ) {
            if (columnInk[x] == 0) {
                x++;
                continue;
            }
            int start = x;
            int ink = 0;
            while (x < w - margin && columnInk[x] > 0) {
                ink += columnInk[x++];
            }
            if (ink >= minGroupInk) {
                glyphs++;
                first = first < 0 ? start : first;
                last = x;
                widest = Math.max(widest, x - start);
            }
        }
        // or a word or two set large, as a secrecy or urgency mark (ลับ, ด่วน) whose marks join its letters
        boolean mark = glyphs > 0 && bottom - top >= mm(3, dpi) && bottom - top <= mm(12, dpi)
                && widest <= mm(15, dpi) && last - first <= mm(40, dpi);
        if (glyphs < MIN_GLYPHS && !mark) {
            return null;
        }
        int pad = dpi / 30;
        return new Box(Math.max(0, first - pad), top, Math.min(w, last + pad), bottom);
    }

    private static int mm(double millimetres, int dpi) {
        return (int) Math.round(millimetres * dpi / 25.4);
    }
}
