package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.ingest.UnreadableScanException;
import org.saraban.intake.pipeline.Intake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest every scan of a folder into the workspace, print the records found and one search.")
final class DemoCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Parameters(paramLabel = "DIR", defaultValue = "sample-letters", description = "Folder of scans (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--query", defaultValue = "ศูนย์ช่วยเหลือประชาชน", description = "The search to show (default: ${DEFAULT-VALUE}).")
    String query;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("saraban: " + folder + ": no such folder");
            return ExitCode.FAILED_INPUT;
        }
        List<Path> scans;
        try (Stream<Path> files = Files.list(folder)) {
            scans = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.(pdf|tiff?|jpe?g|png)$"))
                    .sorted().toList();
        }
        List<DirectiveRecord> all = new ArrayList<>();
        int failed = 0;
        try (Intake intake = new Intake(workspace.settings())) {
            for (Path scan : scans) {
                try {
                    all.addAll(intake.ingest(scan));
                } catch (UnreadableScanException e) {
                    spec.commandLine().getErr().println("saraban: " + scan + ": " + SarabanCommand.oneLine(e));
                    failed++;
                }
            }
            out.printf("%d file(s), %d letter(s) recorded in %s%n%n", scans.size(), all.size(), intake.workspace().root());
            RecordTable.print(out, all);
            out.println();
            SearchCommand.print(out, query, intake.index().search(query, 5));
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FAILED_INPUT;
    }
}
