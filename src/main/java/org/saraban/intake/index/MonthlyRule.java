package org.saraban.intake.index;

import java.time.LocalDate;
import java.util.List;
import org.saraban.intake.feed.DeadlineSchedule;

/**
 * A monthly deadline packed into one long for doc values, so the nearest deadline of thousands of
 * hits is found without reading their records: bits 0-4 the day of the month, 5-28 the start
 * (epoch day), 29-52 the end (epoch day, all ones for none). Epoch days up to 2^24 reach past the
 * year 47,000.
 */
final class MonthlyRule {
    private static final long DAY_BITS = 0x1FL;
    private static final long EPOCH_BITS = 0xFFFFFFL;

    private MonthlyRule() {}

    /** Whether the dates can be packed: from 1970 to the limit of 24 bits of days. */
    static boolean fits(LocalDate start, LocalDate until) {
        long s = start.toEpochDay();
        long u = until == null ? 0 : until.toEpochDay();
        return s >= 0 && s < EPOCH_BITS && u >= 0 && u < EPOCH_BITS;
    }

    static long pack(LocalDate start, LocalDate until, int dayOfMonth) {
        long end = until == null ? EPOCH_BITS : until.toEpochDay();
        return (end << 29) | (start.toEpochDay() << 5) | dayOfMonth;
    }

    /** The first day on or after {@code today} on which the packed rule falls, or null. */
    static LocalDate next(long packed, LocalDate today) {
        int day = (int) (packed & DAY_BITS);
        LocalDate start = LocalDate.ofEpochDay((packed >>> 5) & EPOCH_BITS);
        long end = (packed >>> 29) & EPOCH_BITS;
        LocalDate until = end == EPOCH_BITS ? null : LocalDate.ofEpochDay(end);
        // Two months always hold one occurrence.
        List<LocalDate> days = DeadlineSchedule.monthly(start, until, day, today, today.plusMonths(2));
        return days.isEmpty() ? null : days.get(0);
    }
}
