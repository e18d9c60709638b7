package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.feed.DeadlineCalendar;
import org.saraban.intake.feed.DeadlineEntry;
import org.saraban.intake.feed.DeadlineList;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.pipeline.IntakeSettings;
import org.saraban.intake.store.RecordStore;
import org.saraban.intake.web.WebSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = "List the deadlines of the recorded letters, as a table, CSV or an iCalendar file.")
final class DeadlinesCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--csv", description = "Write CSV (one line per deadline day).")
        boolean csv;

        @Option(names = "--ics", description = "Write an iCalendar (RFC 5545) file: one event per deadline, monthly ones repeating.")
        boolean ics;
    }

    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: 60 days ago); not used with --ics.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: a year from today); not used with --ics.")
    LocalDate to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the screen.")
    Path output;

    @Mixin SecrecyOption secrecy;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IntakeSettings settings = workspace.settings();
        Clearance clearance = secrecy.clearance();
        List<DirectiveRecord> records = new RecordStore(settings.workspaceFolders().records()).all().stream()
                .filter(clearance::permits).toList();
        Clock clock = Clock.system(WebSettings.ZONE);
        LocalDate today = LocalDate.now(clock);
        String link = (settings.webBaseUrl().isEmpty()
                ? "http://" + settings.webHost() + ":" + settings.webPort() : settings.webBaseUrl().replaceAll("/+$", ""))
                + "/#/letter/";
        List<DeadlineEntry> entries;
        try {
            entries = DeadlineList.between(records, from == null ? today.minusDays(60) : from,
                    to == null ? today.plusDays(365) : to, today);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("saraban: " + SarabanCommand.oneLine(e));
            return ExitCode.INVALID_USAGE;
        }
        Writer out = output == null ? spec.commandLine().getOut()
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try {
            if (format.ics) {
                DeadlineCalendar.write(DeadlineCalendar.of(records, link, clock.instant()), out);
            } else if (format.csv) {
                DeadlineList.writeCsv(entries, link, out);
            } else {
                table(new PrintWriter(out), entries);
            }
        } finally {
            if (output != null) {
                out.close();
            } else {
                out.flush();
            }
        }
        return ExitCode.OK;
    }

    private static void table(PrintWriter out, List<DeadlineEntry> entries) {
        out.printf("%-10s %-8s %-22s %s%n", "DATE", "", "REFERENCE", "ACTION");
        for (DeadlineEntry e : entries) {
            out.printf("%-10s %-8s %-22s %s%n", e.date(), e.overdue() ? "overdue" : "", e.refNo() == null ? "-" : e.refNo(),
                    e.action() == null ? (e.subject() == null ? "-" : e.subject()) : e.action().replaceAll("\\s+", " "));
        }
        out.flush();
    }
}
