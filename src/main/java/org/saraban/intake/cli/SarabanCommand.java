package org.saraban.intake.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code saraban} command. */
@Command(name = "saraban", mixinStandardHelpOptions = true, version = "saraban-intake 0.1.0",
        description = "Turns scanned Thai government letters into searchable directive records.",
        subcommands = {
            RunCommand.class,
            OcrCommand.class,
            OcrEvalCommand.class,
            IngestCommand.class,
            ExtractCommand.class,
            SearchCommand.class,
            ReindexCommand.class,
            DeadlinesCommand.class,
            DemoCommand.class,
            SamplesCommand.class,
            EvalCommand.class,
            BenchCommand.class,
        })
public final class SarabanCommand {

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The command line writing to {@code out} and {@code err}, so tests can run it and read both. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SarabanCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("saraban: " + oneLine(e));
            return ExitCode.INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("saraban: " + e.getMessage() + " (see '" + failed.getCommandName() + " --help')");
            return ExitCode.INVALID_USAGE;
        });
        return cli;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
