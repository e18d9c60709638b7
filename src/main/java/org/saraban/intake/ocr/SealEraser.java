package org.saraban.intake.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Erases the office seal (ตราชื่อส่วนราชการ: two rings round the Garuda, in red or blue ink) that a
 * stamped letter (หนังสือประทับตรา) carries across the office name and its date. Tesseract takes
 * the rings and the Garuda for a picture and drops the text lines they touch, so the letter's date
 * is lost. On a grey or colour scan the seal's ink is lighter than the printed text: a seal is a
 * roughly round patch, 2 to 5.5 cm across, of middle-grey ink that is not the soft edge of a dark
 * stroke. Inside it, every light or middle-grey pixel away from the printed strokes is made paper
 * white; the strokes themselves, also where a ring crosses them, stay. A received stamp (a
 * rectangle twice as wide as high) is left alone; so are black-and-white scans, where seal and text
 * are one ink ({@link SealRings} finds the seal there by its shape). Works on grey pixels in place.
 * Stateless.
 */
final class SealEraser {
    /** Darker than this is printed text (0 = black). */
    private static final int TEXT = 50;
    /** Up to here is ink that can be a seal's. */
    private static final int SEAL_INK = 170;
    /** Inside a seal, lighter ink than this is left (paper texture). */
    private static final int PAPER = 225;
    /** A seal ink pixel is further than this from any text pixel (the soft edge of a stroke is not). */
    private static final int EDGE_PX = 2;
    /** Dark blobs smaller than this square are noise, not strokes. */
    private static final double SPECK_MM = 0.5;
    private static final double MIN_MM = 20;
    private static final double MAX_MM = 55;
    /** A cell (1 mm square) holds seal ink when at least this share of its pixels are. */
    private static final double CELL_SHARE = 0.12;

    /** Erases the seals of a {@code width} × {@code height} grey page at {@code dpi}; returns how many there were. */
    int erase(byte[] pixels, int width, int height, int dpi) {
        double pxPerMm = dpi / 25.4;
        int cell = Math.max(4, (int) Math.round(pxPerMm));
        int columns = (width + cell - 1) / cell;
        int rows = (height + cell - 1) / cell;
        boolean[] sealCells = sealInkCells(pixels, width, height, cell, columns, rows);
        int erased = 0;
        for (int[] box : patches(grow(sealCells, columns, rows), columns, rows)) {
            double wide = (box[2] - box[0] + 1) * cell / pxPerMm;
            double high = (box[3] - box[1] + 1) * cell / pxPerMm;
            if (wide < MIN_MM || high < MIN_MM || wide > MAX_MM || high > MAX_MM
                    || high / wide < 0.8 || high / wide > 1.25) {
                continue;
            }
            // One cell of margin: the growing above reaches one cell past the ink on each side.
            int left = Math.max(0, box[0] * cell);
            int top = Math.max(0, box[1] * cell);
            int right = Math.min(width - 1, (box[2] + 1) * cell - 1);
            int bottom = Math.min(height - 1, (box[3] + 1) * cell - 1);
            whiten(pixels, width, left, top, right, bottom, (int) Math.ceil(SPECK_MM * pxPerMm * SPECK_MM * pxPerMm));
            erased++;
        }
        return erased;
    }

    /** Cells with enough ink of seal grey that is not the edge of a text stroke. */
    private static boolean[] sealInkCells(byte[] pixels, int width, int height, int cell, int columns, int rows) {
        int[] count = new int[columns * rows];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int v = pixels[row + x] & 0xFF;
                if (v >= TEXT && v < SEAL_INK) {
                    count[(y / cell) * columns + x / cell]++;
                }
            }
        }
        // Only cells rich in middle grey are checked pixel by pixel: most of a page is paper or text.
        int needed = (int) Math.ceil(CELL_SHARE * cell * cell);
        boolean[] seal = new boolean[count.length];
        for (int i = 0; i < count.length; i++) {
            if (count[i] < needed) {
                continue;
            }
            int x0 = (i % columns) * cell;
            int y0 = (i / columns) * cell;
            int far = 0;
            for (int y = y0; y < Math.min(height, y0 + cell); y++) {
                for (int x = x0; x < Math.min(width, x0 + cell); x++) {
                    int v = pixels[y * width + x] & 0xFF;
                    if (v >= TEXT && v < SEAL_INK && !nearText(pixels, width, height, x, y)) {
                        far++;
                    }
                }
            }
            seal[i] = far >= needed;
        }
        return seal;
    }

    private static boolean nearText(byte[] pixels, int width, int height, int x, int y) {
        for (int yy = Math.max(0, y - EDGE_PX); yy <= Math.min(height - 1, y + EDGE_PX); yy++) {
            for (int xx = Math.max(0, x - EDGE_PX); xx <= Math.min(width - 1, x + EDGE_PX); xx++) {
                if ((pixels[yy * width + xx] & 0xFF) < TEXT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cells and their neighbours: joins a ring's arcs, cut where text crosses them, into one patch. */
    private static boolean[] grow(boolean[] cells, int columns, int rows) {
        boolean[] grown = new boolean[cells.length];
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i]) {
                continue;
            }
            int cx = i % columns;
            int cy = i / columns;
            for (int y = Math.max(0, cy - 1); y <= Math.min(rows - 1, cy + 1); y++) {
                for (int x = Math.max(0, cx - 1); x <= Math.min(columns - 1, cx + 1); x++) {
                    grown[y * columns + x] = true;
                }
            }
        }
        return grown;
    }

    /** Bounding boxes {left, top, right, bottom} (in cells) of the 8-connected patches of marked cells. */
    private static List<int[]> patches(boolean[] cells, int columns, int rows) {
        List<int[]> boxes = new ArrayList<>();
        for (int[] members : InkBlobs.of(cells, columns, rows)) {
            int[] box = {columns, rows, 0, 0};
            for (int i : members) {
                box[0] = Math.min(box[0], i % columns);
                box[1] = Math.min(box[1], i / columns);
                box[2] = Math.max(box[2], i % columns);
                box[3] = Math.max(box[3], i / columns);
            }
            boxes.add(box);
        }
        return boxes;
    }

    /**
     * Makes paper of every ink pixel in the box that is not a text stroke or its edge. Specks of
     * dark noise (fewer than {@code minStroke} pixels) do not count as strokes, so the seal goes
     * with them rather than leaving its outline dotted.
     */
    private static void whiten(byte[] pixels, int width, int left, int top, int right, int bottom, int minStroke) {
        int w = right - left + 1;
        int h = bottom - top + 1;
        boolean[] stroke = strokes(pixels, width, left, top, w, h, minStroke);
        boolean[] keep = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!stroke[y * w + x]) {
                    continue;
                }
                for (int yy = Math.max(0, y - EDGE_PX); yy <= Math.min(h - 1, y + EDGE_PX); yy++) {
                    for (int xx = Math.max(0, x - EDGE_PX); xx <= Math.min(w - 1, x + EDGE_PX); xx++) {
                        keep[yy * w + xx] = true;
                    }
                }
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = (top + y) * width + left + x;
                if (!keep[y * w + x] && (pixels[p] & 0xFF) < PAPER) {
                    pixels[p] = (byte) 0xFF;
                }
            }
        }
    }

    /** Text pixels of the box that belong to a dark blob of at least {@code minStroke} pixels. */
    private static boolean[] strokes(byte[] pixels, int width, int left, int top, int w, int h, int minStroke) {
        boolean[] dark = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                dark[y * w + x] = (pixels[(top + y) * width + left + x] & 0xFF) < TEXT;
            }
        }
        boolean[] stroke = new boolean[w * h];
        for (int[] blob : InkBlobs.of(dark, w, h)) {
            if (blob.length >= minStroke) {
                for (int i : blob) {
                    stroke[i] = true;
                }
            }
        }
        return stroke;
    }
}
