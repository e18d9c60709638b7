package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.ingest.UnreadableScanException;
import org.saraban.intake.pipeline.Intake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Process files once: record and index their letters. Files are not moved.")
final class IngestCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF, TIFF, JPEG, PNG or .txt files.")
    List<Path> files;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCode.OK;
        try (Intake intake = new Intake(workspace.settings())) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    err.println("saraban: " + file + ": no such file");
                    code = ExitCode.FAILED_INPUT;
                    continue;
                }
                try {
                    List<DirectiveRecord> records = intake.ingest(file);
                    out.printf("%s: %d letter(s)%n", file, records.size());
                    records.forEach(r -> out.println("  " + RecordTable.summary(r)));
                } catch (UnreadableScanException e) {
                    err.println("saraban: " + file + ": " + SarabanCommand.oneLine(e));
                    code = ExitCode.FAILED_INPUT;
                }
            }
        }
        return code;
    }
}
