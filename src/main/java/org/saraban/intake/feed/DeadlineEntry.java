package org.saraban.intake.feed;

import java.time.LocalDate;

/**
 * One day on which a letter asks for something: what ({@code action}, as the letter says it),
 * which letter, and whether the day has passed ({@code overdue}; the records do not say whether
 * the work was done, so a past deadline is simply marked).
 */
public record DeadlineEntry(
        LocalDate date,
        String kind,
        boolean recurring,
        String action,
        String phrase,
        String recordId,
        String refNo,
        String subject,
        String issuer,
        boolean overdue) {}
