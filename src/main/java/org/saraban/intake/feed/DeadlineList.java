package org.saraban.intake.feed;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * Every deadline day of some records within a range, in date order: the JSON list of
 * {@code /api/deadlines} and {@code saraban deadlines --csv}. Monthly deadlines give one entry per
 * month. Thread-safe and stateless.
 */
public final class DeadlineList {
    private static final String[] CSV_HEADER = {"date", "overdue", "kind", "action", "ref_no", "subject", "issuer", "record_id", "link"};

    private DeadlineList() {}

    public static List<DeadlineEntry> between(List<DirectiveRecord> records, LocalDate from, LocalDate to, LocalDate today) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("deadline range is empty: " + from + " is after " + to);
        }
        List<DeadlineEntry> entries = new ArrayList<>();
        for (DirectiveRecord r : records) {
            for (Deadline d : r.deadlines()) {
                for (LocalDate day : DeadlineSchedule.occurrences(r, d, from, to)) {
                    entries.add(new DeadlineEntry(day, d.kind().json(), d.kind() == Deadline.Kind.MONTHLY,
                            d.action(), d.text(), r.id(), r.refNo() == null ? null : r.refNo().text(), r.subject(),
                            r.issuer() == null ? null : r.issuer().name(), day.isBefore(today)));
                }
            }
        }
        entries.sort(Comparator.comparing(DeadlineEntry::date).thenComparing(DeadlineEntry::recordId));
        return entries;
    }

    /**
     * Writes {@code entries} as RFC 4180 CSV with a header line; {@code letterLink} is the start of
     * a letter's web address (the record id is appended), or null for no link column values.
     */
    public static void writeCsv(List<DeadlineEntry> entries, String letterLink, Writer out) throws IOException {
        out.write(String.join(",", CSV_HEADER) + "\r\n");
        for (DeadlineEntry e : entries) {
            String[] cells = {e.date().toString(), Boolean.toString(e.overdue()), e.kind(), e.action(), e.refNo(),
                    e.subject(), e.issuer(), e.recordId(), letterLink == null ? null : letterLink + e.recordId()};
            List<String> quoted = new ArrayList<>();
            for (String c : cells) {
                quoted.add(csvCell(c));
            }
            out.write(String.join(",", quoted) + "\r\n");
        }
        out.flush();
    }

    /**
     * One CSV cell. Text from scans is untrusted: a cell starting with {@code = + - @} would run as a
     * formula in a spreadsheet, so it gets a leading apostrophe.
     */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.replaceAll("\\s+", " ").strip();
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("'")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
