package org.saraban.intake.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Connected blobs of a mask of ink, for the erasers that clean a page before Tesseract reads it. */
final class InkBlobs {
    private InkBlobs() {}

    /** The 8-connected blobs of a {@code w} × {@code h} mask, each as the indices of its members. */
    static List<int[]> of(boolean[] mask, int w, int h) {
        List<int[]> blobs = new ArrayList<>();
        boolean[] seen = new boolean[mask.length];
        int[] members = new int[mask.length];
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || seen[start]) {
                continue;
            }
            int size = 0;
            int next = 0;
            members[size++] = start;
            seen[start] = true;
            while (next < size) {
                int i = members[next++];
                int cx = i % w;
                int cy = i / w;
                for (int y = Math.max(0, cy - 1); y <= Math.min(h - 1, cy + 1); y++) {
                    for (int x = Math.max(0, cx - 1); x <= Math.min(w - 1, cx + 1); x++) {
                        int j = y * w + x;
                        if (mask[j] && !seen[j]) {
                            seen[j] = true;
                            members[size++] = j;
                        }
                    }
                }
            }
            blobs.add(Arrays.copyOf(members, size));
        }
        return blobs;
    }
}
