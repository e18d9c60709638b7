/**
 * Deadlines for other systems: when each deadline of a record falls ({@link DeadlineSchedule}), an
 * iCalendar feed ({@link DeadlineCalendar}), a flat list for JSON and CSV ({@link DeadlineList}),
 * and webhooks that survive restarts ({@link WebhookOutbox}).
 */
package org.saraban.intake.feed;
