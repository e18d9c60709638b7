package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DotLeaderEraserTest {
    private static final int W = 400;
    private static final int H = 100;
    private static final int DPI = 200;

    private final DotLeaderEraser eraser = new DotLeaderEraser();

    @Test
    void aRowOfDotsGoesAndTheLettersOverItStay() {
        byte[] page = blank();
        // a leader: 30 dots of 3 x 3 px every 8 px (1 mm at 200 dpi), with a slight wobble
        for (int i = 0; i < 30; i++) {
            ink(page, 20 + i * 8, 60 + (i % 3 == 0 ? 1 : 0), 3, 3);
        }
        // a letter standing on the leader, touching one of its dots
        ink(page, 100, 40, 6, 20);
        int erased = eraser.erase(page, W, H, DPI);
        assertEquals(29, erased, "every dot but the one joined to the letter");
        assertEquals(0, inkIn(page, 20, 60, 3, 4));
        assertEquals(6 * 20, inkIn(page, 100, 40, 6, 20));
    }

    @Test
    void aFewDotsAreNotALeader() {
        // an ellipsis or a colon is a few dots; a dotted rule is many
        byte[] page = blank();
        for (int i = 0; i < 5; i++) {
            ink(page, 20 + i * 8, 60, 3, 3);
        }
        assertEquals(0, eraser.erase(page, W, H, DPI));
        assertEquals(5 * 9, inkIn(page, 0, 0, W, H));
    }

    @Test
    void dotsTooFarApartAreNotALeader() {
        byte[] page = blank();
        for (int i = 0; i < 20; i++) {
            ink(page, 5 + i * 19, 60, 3, 3); // 19 px = 2.4 mm apart: scattered specks
        }
        assertEquals(0, eraser.erase(page, W, H, DPI));
    }

    @Test
    void aRowOfSquaresLargerThanDotsStays() {
        // the timing row of a QR code: modules of 8 px alternate, and touch the finder patterns
        byte[] page = blank();
        for (int i = 0; i < 20; i++) {
            ink(page, 10 + i * 16, 30, 8, 8);
        }
        assertEquals(0, eraser.erase(page, W, H, DPI));
    }

    private static byte[] blank() {
        byte[] page = new byte[W * H];
        Arrays.fill(page, (byte) 0xFF);
        return page;
    }

    private static void ink(byte[] page, int x, int y, int w, int h) {
        for (int r = y; r < y + h; r++) {
            Arrays.fill(page, r * W + x, r * W + x + w, (byte) 0);
        }
    }

    private static int inkIn(byte[] page, int x, int y, int w, int h) {
        int n = 0;
        for (int r = y; r < y + h; r++) {
            for (int c = x; c < x + w; c++) {
                n += (page[r * W + c] & 0xFF) < 128 ? 1 : 0;
            }
        }
        return n;
    }
}
