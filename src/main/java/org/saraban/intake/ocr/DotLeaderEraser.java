package org.saraban.intake.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Erases dot leaders, the dotted lines a memo form (บันทึกข้อความ) prints under ส่วนราชการ, ที่,
 * วันที่ and เรื่อง for the text typed over them. Tesseract reads a row of dots touching the words
 * as more letters and garbles the very lines that hold a memo's number and date. A dot is an ink
 * blob at most about half a millimetre across; a leader is a dozen or more dots in one row, close
 * together. Letters are larger blobs and are left alone, even where a dot touches them; so is a
 * QR code, whose modules join into larger blobs. Works on grey pixels in place. Stateless.
 */
final class DotLeaderEraser {
    /** Darker than this is ink (0 = black). */
    private static final int INK = 140;
    private static final double DOT_MM = 0.75;
    private static final double GAP_MM = 1.8;
    private static final double ROW_MM = 0.4;
    private static final int MIN_DOTS = 12;

    /** A blob's extent while the rows are scanned; {@code parent} joins blobs that meet lower down. */
    private static final class Blob {
        Blob parent = this;
        int top, bottom, left, right;
        /** Too large to be a dot: its runs are not kept. */
        boolean large;
        final List<int[]> runs = new ArrayList<>(2);

        Blob root() {
            Blob b = this;
            while (b.parent != b) {
                b.parent = b.parent.parent;
                b = b.parent;
            }
            return b;
        }
    }

    /** Erases the dot leaders of a {@code width} × {@code height} grey page at {@code dpi}; returns how many dots went. */
    int erase(byte[] pixels, int width, int height, int dpi) {
        double pxPerMm = dpi / 25.4;
        int maxDot = Math.max(2, (int) Math.round(DOT_MM * pxPerMm));
        List<Blob> blobs = blobs(pixels, width, height, maxDot);
        List<Blob> dots = new ArrayList<>();
        for (Blob b : blobs) {
            if (!b.large) {
                dots.add(b);
            }
        }
        double maxGap = GAP_MM * pxPerMm;
        double rowHeight = Math.max(1, ROW_MM * pxPerMm);
        // Dots by row band, each band from left to right.
        Map<Integer, List<Blob>> bands = new HashMap<>();
        dots.sort(Comparator.comparingInt(b -> b.left));
        for (Blob d : dots) {
            bands.computeIfAbsent(band(d, rowHeight), k -> new ArrayList<>()).add(d);
        }
        Set<Blob> used = new HashSet<>();
        int erased = 0;
        for (Blob first : dots) {
            if (used.contains(first)) {
                continue;
            }
            // Follow the row rightwards: each time the nearest free dot in this band or the next ones.
            List<Blob> chain = new ArrayList<>(List.of(first));
            Blob last = first;
            for (Blob next = nextDot(last, bands, used, rowHeight, maxGap); next != null;
                    next = nextDot(last, bands, used, rowHeight, maxGap)) {
                chain.add(next);
                used.add(next);
                last = next;
            }
            used.add(first);
            if (chain.size() < MIN_DOTS) {
                chain.subList(1, chain.size()).forEach(used::remove);
                continue;
            }
            for (Blob dot : chain) {
                for (int[] run : dot.runs) {
                    Arrays.fill(pixels, run[0] * width + run[1], run[0] * width + run[2] + 1, (byte) 0xFF);
                }
            }
            erased += chain.size();
        }
        return erased;
    }

    private static int band(Blob b, double rowHeight) {
        return (int) Math.floor((b.top + b.bottom) / 2.0 / rowHeight);
    }

    private static Blob nextDot(Blob last, Map<Integer, List<Blob>> bands, Set<Blob> used, double rowHeight, double maxGap) {
        Blob best = null;
        int band = band(last, rowHeight);
        for (int b = band - 1; b <= band + 1; b++) {
            for (Blob d : bands.getOrDefault(b, List.of())) {
                if (d.left <= last.right || used.contains(d)) {
                    continue;
                }
                if (d.left - last.right > maxGap) {
                    break; // the band runs left to right: the rest are further
                }
                if (best == null || d.left < best.left) {
                    best = d;
                }
                break;
            }
        }
        return best;
    }

    /** The ink blobs (8-connected), found run by run; runs are kept only for blobs small enough to be dots. */
    private static List<Blob> blobs(byte[] pixels, int width, int height, int maxDot) {
        List<Blob> roots = new ArrayList<>();
        List<int[]> previous = new ArrayList<>();
        List<Blob> previousBlobs = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            List<int[]> runs = new ArrayList<>();
            List<Blob> runBlobs = new ArrayList<>();
            int row = y * width;
            int x = 0;
            int p = 0;
            while (x < width) {
                if ((pixels[row + x] & 0xFF) >= INK) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && (pixels[row + x] & 0xFF) < INK) {
                    x++;
                }
                int end = x - 1;
                Blob blob = null;
                while (p < previous.size() && previous.get(p)[2] < start - 1) {
                    p++;
                }
                for (int q = p; q < previous.size() && previous.get(q)[1] <= end + 1; q++) {
                    Blob other = previousBlobs.get(q).root();
                    if (blob == null) {
                        blob = other;
                    } else if (other != blob) {
                        other.parent = blob;
                        blob.top = Math.min(blob.top, other.top);
                        blob.left = Math.min(blob.left, other.left);
                        blob.right = Math.max(blob.right, other.right);
                        blob.bottom = Math.max(blob.bottom, other.bottom);
                        blob.large |= other.large;
                        blob.runs.addAll(other.runs);
                        other.runs.clear();
                    }
                }
                if (blob == null) {
                    blob = new Blob();
                    blob.top = y;
                    blob.left = start;
                    blob.right = end;
                    roots.add(blob);
                }
                blob.bottom = Math.max(blob.bottom, y);
                blob.left = Math.min(blob.left, start);
                blob.right = Math.max(blob.right, end);
                int[] run = {y, start, end};
                blob.large |= blob.bottom - blob.top >= maxDot || blob.right - blob.left >= maxDot;
                if (blob.large) {
                    blob.runs.clear();
                } else {
                    blob.runs.add(run);
                }
                runs.add(run);
                runBlobs.add(blob);
            }
            previous = runs;
            previousBlobs = runBlobs;
        }
        List<Blob> out = new ArrayList<>();
        for (Blob b : roots) {
            if (b.root() == b) {
                out.add(b);
            }
        }
        return out;
    }
}
