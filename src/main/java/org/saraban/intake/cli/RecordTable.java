package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;

/** Prints records as a table a clerk can read at a glance. */
final class RecordTable {
    private RecordTable() {}

    static void print(PrintWriter out, List<DirectiveRecord> records) {
        out.printf("%-32s %-22s %-10s %-50s %s%n", "FILE", "REFERENCE", "DATE", "SUBJECT", "DEADLINES");
        for (DirectiveRecord r : records) {
            out.printf("%-32s %-22s %-10s %-50s %s%n", cut(r.source().file(), 32),
                    r.refNo() == null ? "-" : r.refNo().text(), r.date() == null ? "-" : r.date(),
                    cut(r.subject() == null ? "-" : r.subject(), 50), deadlines(r));
        }
    }

    static String summary(DirectiveRecord r) {
        return (r.refNo() == null ? "-" : r.refNo().text()) + " | " + (r.date() == null ? "-" : r.date()) + " | "
                + (r.subject() == null ? "-" : r.subject()) + " | " + deadlines(r);
    }

    static String deadlines(DirectiveRecord r) {
        if (r.deadlines().isEmpty()) {
            return "-";
        }
        return r.deadlines().stream().map(RecordTable::deadline).collect(Collectors.joining("; "));
    }

    private static String deadline(Deadline d) {
        return switch (d.kind()) {
            case ABSOLUTE -> String.valueOf(d.date());
            case MONTHLY -> "day " + d.dayOfMonth() + " monthly";
            case RELATIVE -> d.days() + " days from " + d.from() + (d.date() == null ? "" : " (" + d.date() + ")");
        };
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
