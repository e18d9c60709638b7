package org.saraban.intake.feed;

import java.time.Duration;

/**
 * When to try a failed webhook delivery again: {@code first} after the first failure, doubling up
 * to {@code max}; after {@code maxAttempts} tries the notification is set aside, not dropped.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {
    /** 10 s, 20 s, 40 s ... up to an hour between tries, for about three days. */
    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), 80);

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max and at least one attempt");
        }
    }

    /** The wait after the {@code attempts}-th failed try (1-based). */
    public Duration delayAfter(int attempts) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
