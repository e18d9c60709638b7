package org.saraban.intake.feed;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * The deadlines of records as an iCalendar (RFC 5545) feed that calendar programs subscribe to:
 * one all-day event per deadline, a monthly deadline as one event with an RRULE; the title is the
 * action, the description gives the subject, reference number and a link to the letter.
 * Deadlines without a known date are left out. Thread-safe and stateless.
 */
public final class DeadlineCalendar {
    private static final String PRODUCT = "-//Saraban Intake//Deadlines//TH";

    private DeadlineCalendar() {}

    /**
     * Builds the calendar; {@code letterLink} is the start of a letter's web address, to which the
     * record id is appended. {@code stamp} is the DTSTAMP of every event (the time the feed is made).
     */
    public static Calendar of(List<DirectiveRecord> records, String letterLink, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "กำหนดส่งตามหนังสือราชการ"));
        for (DirectiveRecord r : records) {
            for (int i = 0; i < r.deadlines().size(); i++) {
                event(r, r.deadlines().get(i), i, letterLink, stamp).ifPresent(calendar::add);
            }
        }
        return calendar;
    }

    public static void write(Calendar calendar, Writer out) throws IOException {
        // Validation happens in the tests with ical4j's own parser; a strict outputter here would
        // refuse to serve the whole feed over one odd event.
        new CalendarOutputter(false).output(calendar, out);
    }

    private static Optional<VEvent> event(DirectiveRecord r, Deadline d, int n, String letterLink, Instant stamp) {
        LocalDate start;
        RRule<LocalDate> rule = null;
        if (d.kind() == Deadline.Kind.MONTHLY) {
            Optional<LocalDate> from = DeadlineSchedule.start(r);
            if (from.isEmpty() || d.dayOfMonth() == null) {
                return Optional.empty();
            }
            List<LocalDate> first = DeadlineSchedule.occurrences(r, d, from.get(), from.get().plusMonths(2));
            if (first.isEmpty()) {
                return Optional.empty();
            }
            start = first.get(0);
            rule = new RRule<>(new Recur<LocalDate>(monthlyRule(d)));
        } else {
            Optional<LocalDate> day = DeadlineSchedule.fixedDate(r, d);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            start = day.get();
        }
        VEvent event = new VEvent(start, title(r, d));
        event.add(new Uid(r.id() + "-" + n + "@saraban-intake"));
        event.getProperties().stream().filter(p -> p instanceof DtStamp).findFirst().ifPresent(event::remove);
        event.add(new DtStamp(stamp));
        event.add(new Description(description(r, d, letterLink)));
        if (letterLink != null) {
            event.add(new Url(URI.create(letterLink + r.id())));
        }
        if (rule != null) {
            event.add(rule);
        }
        return Optional.of(event);
    }

    /**
     * The RRULE of a monthly deadline. A day past the 28th becomes "the last of days 28..N", so
     * ภายในวันที่ ๓๑ ของทุกเดือน falls on 30 April and 28 February instead of skipping them.
     */
    static String monthlyRule(Deadline d) {
        int day = d.dayOfMonth();
        StringBuilder rule = new StringBuilder("FREQ=MONTHLY;");
        if (day <= 28) {
            rule.append("BYMONTHDAY=").append(day);
        } else {
            StringJoiner days = new StringJoiner(",");
            for (int i = 28; i <= day; i++) {
                days.add(Integer.toString(i));
            }
            rule.append("BYMONTHDAY=").append(days).append(";BYSETPOS=-1");
        }
        DeadlineSchedule.until(d).ifPresent(u -> rule.append(";UNTIL=").append(u.toString().replace("-", "")));
        return rule.toString();
    }

    private static String title(DirectiveRecord r, Deadline d) {
        String action = d.action() != null && !d.action().isBlank() ? d.action() : d.text();
        if (action == null || action.isBlank()) {
            action = r.subject() == null ? "กำหนดส่ง" : r.subject();
        }
        return oneLine(action);
    }

    private static String description(DirectiveRecord r, Deadline d, String letterLink) {
        StringBuilder s = new StringBuilder();
        if (r.subject() != null) {
            s.append("เรื่อง ").append(oneLine(r.subject())).append('\n');
        }
        if (r.refNo() != null) {
            s.append("ที่ ").append(r.refNo().text()).append(r.date() == null ? "" : " ลงวันที่ " + r.date()).append('\n');
        }
        if (r.issuer() != null && r.issuer().name() != null) {
            s.append("จาก ").append(r.issuer().name()).append('\n');
        }
        if (d.text() != null) {
            s.append("กำหนด: ").append(oneLine(d.text())).append('\n');
        }
        if (letterLink != null) {
            s.append(letterLink).append(r.id());
        }
        return s.toString().strip();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
