package org.saraban.intake.ocr;

import java.util.Arrays;

/**
 * Erases the rings of an office seal on a black-and-white scan, where the seal's ink was
 * thresholded as black as the text and only its shape gives it away: a blob 2 to 6 cm across that
 * a circle follows all round, and any further ring inside it with the same centre. Only the ring
 * is erased, and not where a letter crosses it (there the ink runs on across the ring), so the
 * office name and the date it cuts through become lines of their own that Tesseract reads.
 * Works on grey pixels in place. Stateless.
 */
final class SealRings {
    private static final int INK = 128;
    private static final double MIN_MM = 20;
    private static final double MAX_MM = 60;
    /** Share of the points of a circle that must be ink for it to be a ring. */
    private static final double RING = 0.85;
    /** Share for a further ring inside, whose arcs the Garuda and the office name may hide. */
    private static final double INNER_RING = 0.6;
    private static final int ANGLES = 360;
    /** Fewer points while the circle is searched for; the best is then checked on all of them. */
    private static final int SEARCH_ANGLES = 72;

    /** Erases the seal rings of a {@code width} × {@code height} black-and-white page; returns how many seals. */
    int erase(byte[] pixels, int width, int height, int dpi) {
        double pxPerMm = dpi / 25.4;
        int n = width * height; // the buffer may be longer than the page
        int grey = 0;
        for (int i = 0; i < n; i++) {
            int v = pixels[i] & 0xFF;
            if (v > 40 && v < 215 && ++grey > n / 200) {
                return 0; // a grey or colour scan: SealEraser tells the seal by its lighter ink
            }
        }
        boolean[] ink = new boolean[n];
        // Blobs are looked for at half size, a quarter of the pixels to label (a ring's stroke, half
        // a millimetre, stays joined); the circle is then fitted at full size.
        int halfWidth = (width + 1) / 2;
        int halfHeight = (height + 1) / 2;
        boolean[] half = new boolean[halfWidth * halfHeight];
        for (int y = 0; y < height; y++) {
            for (int x = 0, i = y * width; x < width; x++, i++) {
                if ((pixels[i] & 0xFF) < INK) {
                    ink[i] = true;
                    half[(y / 2) * halfWidth + x / 2] = true;
                }
            }
        }
        int seals = 0;
        for (int[] blob : InkBlobs.of(half, halfWidth, halfHeight)) {
            int[] halfBox = box(blob, halfWidth);
            int[] box = {halfBox[0] * 2, halfBox[1] * 2,
                    Math.min(width - 1, halfBox[2] * 2 + 1), Math.min(height - 1, halfBox[3] * 2 + 1)};
            int w = box[2] - box[0] + 1;
            int h = box[3] - box[1] + 1;
            if (w < MIN_MM * pxPerMm || h < MIN_MM * pxPerMm || w > MAX_MM * pxPerMm || h > MAX_MM * pxPerMm
                    || h > 1.33 * w || w > 1.33 * h) {
                continue;
            }
            double[] circle = bestCircle(ink, width, height, box, pxPerMm);
            if (circle[3] < RING) {
                continue;
            }
            double cx = circle[0];
            double cy = circle[1];
            double r = circle[2];
            int stroke = strokeWidth(ink, width, height, cx, cy, r, pxPerMm);
            // The rings inside: radii where most of a concentric circle is ink, well apart.
            double last = r;
            for (double inner = r - 1.5 * pxPerMm; inner > r - 10 * pxPerMm && inner > 5 * pxPerMm; inner -= 1) {
                double share = last - inner > stroke + 2 ? coverage(ink, width, height, cx, cy, inner) : 0;
                if (share >= INNER_RING && share >= coverage(ink, width, height, cx, cy, inner - 1)) {
                    eraseRing(pixels, ink, width, height, cx, cy, inner, stroke);
                    last = inner;
                }
            }
            eraseRing(pixels, ink, width, height, cx, cy, r, stroke);
            seals++;
        }
        return seals;
    }

    private static int[] box(int[] blob, int width) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0};
        for (int i : blob) {
            box[0] = Math.min(box[0], i % width);
            box[1] = Math.min(box[1], i / width);
            box[2] = Math.max(box[2], i % width);
            box[3] = Math.max(box[3], i / width);
        }
        return box;
    }

    /**
     * The circle {cx, cy, r, share of ink} that follows the blob best. A ring spans the blob's
     * narrower side; text crossing it only makes the blob longer the other way.
     */
    private static double[] bestCircle(boolean[] ink, int width, int height, int[] box, double pxPerMm) {
        int w = box[2] - box[0] + 1;
        int h = box[3] - box[1] + 1;
        double half = Math.min(w, h) / 2.0;
        double[] best = {0, 0, 0, -1};
        double step = Math.max(1, pxPerMm / 2);
        for (double r = half - 2 * pxPerMm; r <= half + pxPerMm; r += Math.max(1, pxPerMm / 4)) {
            for (double cx = box[0] + r - pxPerMm; cx <= box[2] - r + pxPerMm; cx += step) {
                for (double cy = box[1] + r - pxPerMm; cy <= box[3] - r + pxPerMm; cy += step) {
                    double share = coverage(ink, width, height, cx, cy, r, SEARCH_ANGLES);
                    if (share > best[3]) {
                        best = new double[] {cx, cy, r, share};
                    }
                }
            }
        }
        best[3] = coverage(ink, width, height, best[0], best[1], best[2], ANGLES);
        return best;
    }

    private static double coverage(boolean[] ink, int width, int height, double cx, double cy, double r) {
        return coverage(ink, width, height, cx, cy, r, ANGLES);
    }

    private static double coverage(boolean[] ink, int width, int height, double cx, double cy, double r, int angles) {
        int hits = 0;
        for (int a = 0; a < angles; a++) {
            double t = 2 * Math.PI * a / angles;
            int x = (int) Math.round(cx + r * Math.cos(t));
            int y = (int) Math.round(cy + r * Math.sin(t));
            if (x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x]) {
                hits++;
            }
        }
        return (double) hits / angles;
    }

    /** The ink run through the circle along each radius, in pixels; a ring's width is the usual one. */
    private static int strokeWidth(boolean[] ink, int width, int height, double cx, double cy, double r, double pxPerMm) {
        int[] runs = new int[ANGLES];
        for (int a = 0; a < ANGLES; a++) {
            runs[a] = radialRun(ink, width, height, cx, cy, r, 2 * Math.PI * a / ANGLES, (int) (3 * pxPerMm));
        }
        Arrays.sort(runs);
        return Math.max(1, runs[ANGLES / 2]);
    }

    private static int radialRun(boolean[] ink, int width, int height, double cx, double cy, double r, double t, int max) {
        int run = 0;
        for (int sign = -1; sign <= 1; sign += 2) {
            for (int d = sign < 0 ? 0 : 1; d <= max; d++) {
                int x = (int) Math.round(cx + (r + sign * d) * Math.cos(t));
                int y = (int) Math.round(cy + (r + sign * d) * Math.sin(t));
                if (x < 0 || y < 0 || x >= width || y >= height || !ink[y * width + x]) {
                    break;
                }
                run++;
            }
        }
        return run;
    }

    /** Whitens the ring's band except where a letter's stroke runs on across it. */
    private static void eraseRing(byte[] pixels, boolean[] ink, int width, int height, double cx, double cy, double r, int stroke) {
        int bins = 2 * ANGLES;
        boolean[] crossed = new boolean[bins];
        for (int b = 0; b < bins; b++) {
            crossed[b] = radialRun(ink, width, height, cx, cy, r, 2 * Math.PI * b / bins, 3 * stroke + 4) > stroke + 3;
        }
        double band = stroke / 2.0 + 1.5;
        int x0 = Math.max(0, (int) Math.floor(cx - r - band));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + r + band));
        int y0 = Math.max(0, (int) Math.floor(cy - r - band));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + r + band));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double d = Math.hypot(x - cx, y - cy);
                if (Math.abs(d - r) > band) {
                    continue;
                }
                double t = Math.atan2(y - cy, x - cx);
                int b = (int) Math.floor((t < 0 ? t + 2 * Math.PI : t) / (2 * Math.PI) * bins) % bins;
                // a crossing stroke is kept with a bin of margin on each side
                if (!crossed[b] && !crossed[(b + 1) % bins] && !crossed[(b + bins - 1) % bins]) {
                    pixels[y * width + x] = (byte) 0xFF;
                }
            }
        }
    }
}
