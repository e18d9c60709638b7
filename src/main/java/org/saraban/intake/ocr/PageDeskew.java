package org.saraban.intake.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * Turns a skewed page straight before it is read. Tesseract finds the lines of a skewed page, but
 * reads each from its straight box, which on a page turned a degree or two takes in the ends of the
 * lines above and below and cuts the line's own marks: the farther from level, the worse a line
 * reads. The skew itself is measured by Leptonica on Tesseract's own thresholded page. Keeps a
 * page-sized buffer between pages: one instance per engine, one thread at a time.
 */
final class PageDeskew {
    private static final byte WHITE = (byte) 0xff;
    /**
     * Smaller skews than this (degrees) move a line by less than a tenth of its height over its
     * length, which Tesseract reads through; turning such a page costs time and changes its reading
     * more or less at random (a noisy page's number line beside a stamp lost at 0.3°).
     */
    static final double MIN_DEGREES = 0.5;
    /** Leptonica's confidence (best score over worst) below which a measured skew is not trusted. */
    private static final float MIN_CONFIDENCE = 3;

    /**
     * The two Leptonica functions used, bound to the library Tesseract itself links: Debian 12 names it
     * liblept.so.5, later releases libleptonica.so.6 (Tess4J's own binding knows only the latter).
     */
    interface Leptonica extends Library {
        int pixFindSkew(Pointer pixs, FloatBuffer angle, FloatBuffer confidence);

        void pixDestroy(PointerByReference pix);
    }

    private static final Leptonica LEPTONICA = load();
    /** The page as it was before the columns' shear, kept between pages (one page is ~9 MB at 300 dpi). */
    private byte[] source = new byte[0];

    /** The binding, or null where neither name loads: pages are then read as they lie. */
    private static Leptonica load() {
        for (String name : new String[] {"leptonica", "lept"}) {
            try {
                return Native.load(name, Leptonica.class);
            } catch (UnsatisfiedLinkError notThatName) {
                // try the other name
            }
        }
        return null;
    }

    /** Whether skew can be measured here (Leptonica loaded). */
    boolean canMeasure() {
        return LEPTONICA != null;
    }

    /**
     * The skew in degrees of the 1-bit page {@code binary} (a Leptonica Pix, which this destroys),
     * negative when its lines run down to the right: the turn, in {@link #rotate}'s sense, that sets
     * the page straight. 0 when Leptonica cannot tell.
     */
    double skewOf(Pointer binary) {
        try {
            FloatBuffer angle = FloatBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            if (LEPTONICA.pixFindSkew(binary, angle, confidence) != 0 || confidence.get(0) < MIN_CONFIDENCE) {
                return 0;
            }
            return angle.get(0);
        } finally {
            LEPTONICA.pixDestroy(new PointerByReference(binary));
        }
    }

    /**
     * Turns the {@code w} × {@code h} page of grey pixels in place by {@code degrees} about its centre
     * (clockwise for positive degrees, as the page is seen), filling what comes in at the edges white.
     * The turn is made of three shears (Paeth's: rows, then columns, then rows again), each blending
     * neighbouring pixels as a bilinear rotation does, at a fraction of the cost of a rotation by
     * Java2D.
     */
    void rotate(byte[] grey, int w, int h, double degrees) {
        double theta = Math.toRadians(degrees);
        double rowSlope = Math.tan(theta / 2);
        shearRows(grey, w, h, rowSlope);
        shearColumns(grey, w, h, Math.sin(theta));
        shearRows(grey, w, h, rowSlope);
    }

    /**
     * Moves each row left by its distance below the centre times {@code slope} (right when above it),
     * blending the two nearest pixels for the fraction of a pixel.
     */
    private static void shearRows(byte[] grey, int w, int h, double slope) {
        byte[] row = new byte[w];
        for (int y = 0; y < h; y++) {
            double shift = (y - h / 2.0) * slope;
            int whole = (int) Math.floor(shift);
            int part = (int) Math.round((shift - whole) * 256);
            int at = y * w;
            System.arraycopy(grey, at, row, 0, w);
            // where both pixels blended lie on the row; outside that, white comes in
            int first = Math.max(0, -whole);
            int last = Math.min(w, w - whole - 1);
            Arrays.fill(grey, at, at + Math.min(first, w), WHITE);
            for (int x = first; x < last; x++) {
                int a = row[x + whole] & 0xff;
                int b = row[x + whole + 1] & 0xff;
                grey[at + x] = (byte) ((a * (256 - part) + b * part + 128) >> 8);
            }
            Arrays.fill(grey, at + Math.max(0, Math.min(last, w)), at + w, WHITE);
        }
    }

    /**
     * Moves each column down by its distance right of the centre times {@code slope} (up when left of
     * it), blending the two nearest pixels for the fraction of a pixel: here a whole-pixel shift
     * would step every word's strokes up or down a pixel every few dozen columns, which costs digits.
     */
    private void shearColumns(byte[] grey, int w, int h, double slope) {
        if (source.length < w * h) {
            source = new byte[w * h];
        }
        System.arraycopy(grey, 0, source, 0, w * h);
        int[] part = new int[w];
        int x = 0;
        while (x < w) {
            // a run of columns moved by the same whole number of pixels
            int whole = (int) Math.floor((x - w / 2.0) * slope);
            int end = x;
            while (end < w && (int) Math.floor((end - w / 2.0) * slope) == whole) {
                part[end] = (int) Math.round(((end - w / 2.0) * slope - whole) * 256);
                end++;
            }
            for (int y = 0; y < h; y++) {
                int at = y * w;
                int from = y - whole;
                if (from < 0 || from > h) {
                    Arrays.fill(grey, at + x, at + end, WHITE);
                    continue;
                }
                if (from == 0 || from == h) {
                    // the page's edge: one of the two rows blended is white
                    int row = from == 0 ? 0 : (h - 1) * w;
                    for (int i = x; i < end; i++) {
                        int a = from == 0 ? source[row + i] & 0xff : 0xff;
                        int b = from == 0 ? 0xff : source[row + i] & 0xff;
                        grey[at + i] = (byte) ((a * (256 - part[i]) + b * part[i] + 128) >> 8);
                    }
                    continue;
                }
                int self = from * w; // the row a pixel comes from, and the one above it
                int above = self - w;
                for (int i = x; i < end; i++) {
                    int a = source[self + i] & 0xff;
                    int b = source[above + i] & 0xff;
                    grey[at + i] = (byte) ((a * (256 - part[i]) + b * part[i] + 128) >> 8);
                }
            }
            x = end;
        }
    }
}
