package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saraban.intake.bench.PageSet;
import org.saraban.intake.bench.PipelineBench;
import org.saraban.intake.bench.SearchBench;
import org.saraban.intake.ocr.TessdataDirectory;
import org.saraban.intake.samples.SampleGenerator;
import org.saraban.intake.samples.ThaiFonts;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: the pipeline against raw Tesseract and OCRmyPDF, and search at a million records.",
        subcommands = {BenchCommand.Pipeline.class, BenchCommand.Search.class})
final class BenchCommand {

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = "Pages per minute of the whole pipeline, raw tesseract and OCRmyPDF on the same 300 dpi pages,"
                    + " CPU seconds per page, peak memory; a long scan's heap, heap over many files, text-layer pages.")
    static final class Pipeline implements Callable<Integer> {
        static final class Input {
            @Option(names = "--pages", paramLabel = "DIR", description = "Folder of scans (PDF, TIFF, JPEG, PNG) to read.")
            Path pages;

            @Option(names = "--generate", paramLabel = "N", description = "Generate N sample scans (saraban samples) and read those.")
            Integer generate;
        }

        @ArgGroup(exclusive = true, multiplicity = "1") Input input;

        @Option(names = "--seed", defaultValue = "8", description = "Seed for --generate (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--rounds", defaultValue = "3", description = "Rounds; results are medians (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--languages", defaultValue = "tha+eng",
                description = "Tesseract model(s), for all three tools alike, e.g. saraban or tha+eng (default: ${DEFAULT-VALUE}).")
        String languages;

        @Option(names = "--cores", description = "Worker threads / processes (default: the machine's cores).")
        Integer cores;

        @Option(names = "--long-scan-pages", defaultValue = "200", description = "Pages of the long scan for peak heap; 0 skips (default: ${DEFAULT-VALUE}).")
        int longScanPages;

        @Option(names = "--growth-passes", defaultValue = "3", description = "Passes over the scans while noting the heap; 0 skips (default: ${DEFAULT-VALUE}).")
        int growthPasses;

        @Option(names = "--text-layer-pages", defaultValue = "20", description = "Pages of the text-layer PDF; 0 skips (default: ${DEFAULT-VALUE}).")
        int textLayerPages;

        @Option(names = "--profile-pages", defaultValue = "6", description = "Pages of the one-thread stage profile (default: ${DEFAULT-VALUE}).")
        int profilePages;

        @Option(names = "--no-ocrmypdf", description = "Leave OCRmyPDF out.")
        boolean noOcrmypdf;

        @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work", description = "Working folder (default: ${DEFAULT-VALUE}).")
        Path work;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (rounds < 1 || (input.generate != null && input.generate < 1)) {
                spec.commandLine().getErr().println("saraban: --rounds and --generate must be at least 1");
                return ExitCode.INVALID_USAGE;
            }
            Path root = Files.createDirectories(work.toAbsolutePath().normalize());
            Path tessdata = TessdataDirectory.prepare(root.resolve("tessdata"));
            for (String model : languages.split("\\+")) {
                if (!Files.exists(tessdata.resolve(model + ".traineddata"))) {
                    spec.commandLine().getErr().println("saraban: model '" + model + "' not found in " + tessdata);
                    return ExitCode.INVALID_USAGE;
                }
            }
            List<Path> scans;
            if (input.generate != null) {
                Path generated = root.resolve("generated-seed" + seed + "-" + input.generate);
                if (!Files.isDirectory(generated)) {
                    out.printf("generating %d sample scan(s) in %s%n", input.generate, generated);
                    out.flush();
                    new SampleGenerator(new ThaiFonts(ThaiFonts.DEBIAN_TLWG), false).generate(seed, input.generate, generated);
                }
                scans = PageSet.scansIn(generated);
            } else {
                scans = PageSet.scansIn(input.pages);
            }
            Path pagesDir = root.resolve("pages");
            PageSet pages = PageSet.make(scans, pagesDir);
            int n = cores == null ? Runtime.getRuntime().availableProcessors() : cores;
            boolean met = new PipelineBench(pages, new PipelineBench.Options(languages, tessdata, n, rounds, !noOcrmypdf,
                    longScanPages, growthPasses, textLayerPages, profilePages), root).run(out);
            out.println(met ? "all targets met" : "some targets not met (see the table)");
            return ExitCode.OK;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Indexing rate and query latency (p50/p99, cold and warm) on an index of synthetic directive records.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--records", defaultValue = "1000000", description = "Records to index (default: ${DEFAULT-VALUE}).")
        long records;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic records (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--threads", description = "Indexing threads (default: the machine's cores).")
        Integer threads;

        @Option(names = "--batch", defaultValue = "10000", description = "Records per index call, one commit each (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--reuse", description = "Keep an index of the same size and seed from an earlier run instead of rebuilding it.")
        boolean reuse;

        @Option(names = "--cold", defaultValue = "10", description = "Cold queries of each kind (default: ${DEFAULT-VALUE}).")
        int cold;

        @Option(names = "--warmup", defaultValue = "20", description = "Unmeasured queries of each kind before the warm ones (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--warm", defaultValue = "100", description = "Warm queries of each kind (default: ${DEFAULT-VALUE}).")
        int warm;

        @Option(names = "--budget", defaultValue = "120", paramLabel = "SECONDS",
                description = "Most seconds one kind of query may take per phase, after three queries (default: ${DEFAULT-VALUE}).")
        int budget;

        @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work", description = "Working folder (default: ${DEFAULT-VALUE}).")
        Path work;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (records < 1 || batch < 1 || cold < 1 || warm < 1 || warmup < 0) {
                spec.commandLine().getErr().println("saraban: --records, --batch, --cold and --warm must be at least 1");
                return ExitCode.INVALID_USAGE;
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            boolean met = new SearchBench(new SearchBench.Options(records, seed, n, batch, reuse, cold, warmup, warm, budget),
                    Files.createDirectories(work.toAbsolutePath().normalize())).run(spec.commandLine().getOut());
            spec.commandLine().getOut().println(met ? "all targets met" : "some targets not met (see the table)");
            return ExitCode.OK;
        }
    }
}
