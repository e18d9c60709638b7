package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saraban.intake.samples.SampleGenerator;
import org.saraban.intake.samples.ThaiFonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Generate realistic sample scans of Thai official letters, each with its ground truth beside it.")
final class SamplesCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed makes the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--count", defaultValue = "30", description = "How many files (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to (created if missing).")
    Path out;

    @Option(names = "--held-out", description = "Also use the topics and wordings held out for evaluation.")
    boolean heldOut;

    @Option(names = "--fonts", paramLabel = "DIR", description = "Folder of the TLWG TrueType fonts (default: ${DEFAULT-VALUE}).")
    Path fonts = ThaiFonts.DEBIAN_TLWG;

    @Option(names = "--face", paramLabel = "NAME", description = "TLWG face the letters are set in, e.g. Kinnari; "
            + "every fourth sample is still set in the held-out Norasi (default: ${DEFAULT-VALUE}).")
    String face = ThaiFonts.DEFAULT_FACE;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            spec.commandLine().getErr().println("saraban: --count must be at least 1");
            return ExitCode.INVALID_USAGE;
        }
        PrintWriter printer = spec.commandLine().getOut();
        List<SampleGenerator.Written> written = new SampleGenerator(new ThaiFonts(fonts), heldOut, face).generate(seed, count, out);
        for (SampleGenerator.Written w : written) {
            printer.printf("%-28s %-9s %-8s %d page(s)  %s%n", w.scan().getFileName(), w.layout().name().toLowerCase(),
                    w.font(), w.pages(), w.scanStyle());
        }
        printer.printf("%d file(s) with truth written to %s%n", written.size(), out);
        return ExitCode.OK;
    }
}
