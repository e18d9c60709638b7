package org.saraban.intake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankPercentilesAndMedian() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            values.add((double) i);
        }
        Percentiles p = new Percentiles(values);
        assertEquals(50, p.at(50));
        assertEquals(99, p.at(99));
        assertEquals(100, p.max());
        assertEquals(50.5, p.median());
        assertEquals(2, new Percentiles(List.of(3.0, 1.0, 2.0)).median());
        // Ten values: p99 is the largest.
        assertEquals(10, new Percentiles(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0)).at(99));
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(List.of()));
    }
}
