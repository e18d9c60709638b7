package org.saraban.intake.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.ingest.ContentHash;
import org.saraban.intake.ingest.UnreadableScanException;
import org.saraban.intake.pipeline.Intake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the directive records of one file as a JSON array, without recording or indexing them.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Parameters(paramLabel = "FILE", description = "PDF, TIFF, JPEG, PNG, or .txt (text already OCR'd).")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("saraban: " + file + ": no such file");
            return ExitCode.FAILED_INPUT;
        }
        try (Intake intake = new Intake(workspace.settings())) {
            List<DirectiveRecord> records = intake.processor().process(
                    file, file.getFileName().toString(), ContentHash.sha256(file));
            spec.commandLine().getOut().println(DirectiveJson.newMapper().writeValueAsString(records));
            return ExitCode.OK;
        } catch (UnreadableScanException e) {
            spec.commandLine().getErr().println("saraban: " + file + ": " + SarabanCommand.oneLine(e));
            return ExitCode.FAILED_INPUT;
        }
    }
}
