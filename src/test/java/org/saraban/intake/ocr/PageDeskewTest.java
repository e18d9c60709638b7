package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageDeskewTest {
    private static final int W = 1000;
    private static final int H = 400;

    /** A white page with a black bar 4 pixels high across the middle, from x 100 to 900. */
    private static byte[] pageWithBar() {
        byte[] grey = new byte[W * H];
        java.util.Arrays.fill(grey, (byte) 0xff);
        for (int y = 198; y < 202; y++) {
            for (int x = 100; x < 900; x++) {
                grey[y * W + x] = 0;
            }
        }
        return grey;
    }

    /** The middle row of the ink in column {@code x}. */
    private static double inkRow(byte[] grey, int x) {
        int sum = 0;
        int count = 0;
        for (int y = 0; y < H; y++) {
            if ((grey[y * W + x] & 0xff) < 128) {
                sum += y;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / (double) count;
    }

    @Test
    void positiveDegreesTurnThePageClockwise() {
        byte[] grey = pageWithBar();

        new PageDeskew().rotate(grey, W, H, 2);

        // tan 2° × 350 pixels from the centre ≈ 12 rows
        assertEquals(200 - 12, inkRow(grey, 150), 2);
        assertEquals(200 + 12, inkRow(grey, 850), 2);
    }

    @Test
    void turningBackMakesTheBarLevelAgainAndTheCornersComeInWhite() {
        byte[] grey = pageWithBar();
        PageDeskew deskew = new PageDeskew();
        deskew.rotate(grey, W, H, 2);

        deskew.rotate(grey, W, H, -2);

        assertEquals(inkRow(grey, 150), inkRow(grey, 850), 1);
        assertTrue((grey[0] & 0xff) > 200 && (grey[W * H - 1] & 0xff) > 200, "corners white");
    }
}
