package org.saraban.intake.feed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * When the deadlines of a record fall. An absolute deadline falls on its date; a relative one on
 * its computed date, or N days after the letter's date or the first received stamp; a monthly one
 * on its day of every month from the letter's date on (the last day when the month is shorter),
 * until the RRULE's UNTIL if it has one. Nothing is guessed: a deadline whose start is unknown has
 * no date. Thread-safe and stateless.
 */
public final class DeadlineSchedule {
    private static final Pattern UNTIL = Pattern.compile("UNTIL=(\\d{8})");
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private DeadlineSchedule() {}

    /** The day a recurring deadline starts counting from: the letter's date, else the day it was ingested. */
    public static Optional<LocalDate> start(DirectiveRecord record) {
        if (record.date() != null) {
            return Optional.of(record.date());
        }
        if (record.source() != null && record.source().ingestedAt() != null) {
            return Optional.of(record.source().ingestedAt().atZone(THAILAND).toLocalDate());
        }
        return Optional.empty();
    }

    /** The one date of a non-recurring deadline; empty for monthly ones and unknown starts. */
    public static Optional<LocalDate> fixedDate(DirectiveRecord record, Deadline deadline) {
        return switch (deadline.kind()) {
            case ABSOLUTE -> Optional.ofNullable(deadline.date());
            case RELATIVE -> relativeDate(record, deadline);
            case MONTHLY -> Optional.empty();
        };
    }

    private static Optional<LocalDate> relativeDate(DirectiveRecord record, Deadline deadline) {
        if (deadline.date() != null) {
            return Optional.of(deadline.date());
        }
        if (deadline.days() == null) {
            return Optional.empty();
        }
        LocalDate from = null;
        if (deadline.from() == Deadline.From.LETTER_DATE) {
            from = record.date();
        } else if (deadline.from() == Deadline.From.RECEIPT) {
            from = record.receivedStamps().stream().map(DirectiveRecord.ReceivedStamp::date)
                    .filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        }
        return from == null ? Optional.empty() : Optional.of(from.plusDays(deadline.days()));
    }

    /** The last day of a monthly deadline, from its RRULE's UNTIL; empty when it has no end. */
    public static Optional<LocalDate> until(Deadline deadline) {
        if (deadline.rrule() == null) {
            return Optional.empty();
        }
        Matcher m = UNTIL.matcher(deadline.rrule());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Every day in {@code [from, to]} on which {@code deadline} falls, in order. */
    public static List<LocalDate> occurrences(DirectiveRecord record, Deadline deadline, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        if (deadline.kind() != Deadline.Kind.MONTHLY) {
            fixedDate(record, deadline).filter(d -> !d.isBefore(from) && !d.isAfter(to)).ifPresent(days::add);
            return days;
        }
        Optional<LocalDate> start = start(record);
        if (start.isEmpty() || deadline.dayOfMonth() == null) {
            return days;
        }
        return monthly(start.get(), until(deadline).orElse(null), deadline.dayOfMonth(), from, to);
    }

    /**
     * The days in {@code [from, to]} of a deadline on day {@code dayOfMonth} of every month from
     * {@code start} to {@code until} (null: no end), the month's last day when it is shorter.
     */
    public static List<LocalDate> monthly(LocalDate start, LocalDate until, int dayOfMonth, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = start.isAfter(from) ? start : from;
        LocalDate last = until != null && until.isBefore(to) ? until : to;
        for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
            if (!day.isBefore(first) && !day.isAfter(last)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The first day on or after {@code today} on which any deadline of the record falls. */
    public static Optional<LocalDate> next(DirectiveRecord record, LocalDate today) {
        LocalDate best = null;
        for (Deadline d : record.deadlines()) {
            // Two months always hold a monthly occurrence, so this window finds the next one.
            List<LocalDate> days = occurrences(record, d, today, d.kind() == Deadline.Kind.MONTHLY ? today.plusMonths(2) : LocalDate.MAX);
            if (!days.isEmpty() && (best == null || days.get(0).isBefore(best))) {
                best = days.get(0);
            }
        }
        return Optional.ofNullable(best);
    }
}
