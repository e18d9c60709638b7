package org.saraban.intake.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saraban.intake.feed.DeadlineSchedule;

class MonthlyRuleTest {
    @Test
    void packedRulesGiveTheSameDaysAsTheSchedule() {
        Random random = new Random(6);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(5000));
            LocalDate until = random.nextBoolean() ? null : start.plusDays(random.nextInt(900));
            int day = 1 + random.nextInt(31);
            LocalDate today = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(7000));
            var expected = DeadlineSchedule.monthly(start, until, day, today, today.plusMonths(2));
            assertEquals(expected.isEmpty() ? null : expected.get(0), MonthlyRule.next(MonthlyRule.pack(start, until, day), today),
                    start + " " + until + " " + day + " " + today);
        }
    }

    @Test
    void endedRulesAndUnpackableDates() {
        long rule = MonthlyRule.pack(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 1), 31);
        assertEquals(LocalDate.of(2024, 2, 29), MonthlyRule.next(rule, LocalDate.of(2024, 2, 1)));
        assertNull(MonthlyRule.next(rule, LocalDate.of(2024, 3, 2)));
        // A year misread as 1424 CE (an OCR'd Buddhist year gone wrong) cannot be packed.
        assertFalse(MonthlyRule.fits(LocalDate.of(1424, 1, 1), null));
    }
}
