package org.saraban.intake.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline against the OCR engine it is built on, on the same pages and model: the whole
 * pipeline (in a child JVM, {@link PipelineProbe}), the raw {@code tesseract} command (one
 * single-threaded process per core over the page images) and OCRmyPDF ({@code --jobs <cores>},
 * one PDF after another). Rounds rotate the order of the tools, so a change in the machine's load
 * does not always fall on the same one. Then memory: a long scan under a 1 GB heap, heap after many
 * files, and a text-layer PDF that must skip OCR.
 */
public final class PipelineBench {
    /** What to run. {@code longScanPages} or {@code growthPasses} 0 leaves that measurement out. */
    public record Options(String languages, Path tessdata, int cores, int rounds, boolean ocrmypdf,
            int longScanPages, int growthPasses, int textLayerPages, int profilePages) {}

    static final String PIPELINE = "pipeline (Intake.ingest)";
    static final String RAW = "raw tesseract CLI";
    static final String OCRMYPDF = "OCRmyPDF";

    private final PageSet pages;
    private final Options options;
    private final Path work;
    private final TimedCommand timed;
    private final ChildJvm child;
    /** Per round, how long the pipeline's untimed first file took (JIT, engines, index writer). */
    private final List<Double> firstFileSeconds = new ArrayList<>();

    public PipelineBench(PageSet pages, Options options, Path work) throws IOException {
        this.pages = pages;
        this.options = options;
        this.work = work;
        Path logs = Files.createDirectories(work.resolve("logs"));
        this.timed = new TimedCommand(logs);
        this.child = new ChildJvm("1g", logs);
    }

    /** Runs everything and prints the tables to {@code out}; returns whether every target was met. */
    public boolean run(PrintWriter out) throws Exception {
        if (!TimedCommand.available()) {
            throw new IOException(TimedCommand.GNU_TIME + " not found: install the Debian package 'time'");
        }
        out.printf(Locale.ROOT, "machine: %s; load at start %s%n", Machine.describe(), Machine.load());
        out.printf(Locale.ROOT, "pages: %d (%d PDFs) at 300 dpi in %s; model %s from %s; %d round(s)%n",
                pages.pageCount(), pages.pdfs().size(), pages.folder(), options.languages(), options.tessdata(), options.rounds());
        String ocrmypdfVersion = options.ocrmypdf() ? ocrmypdfVersion() : null;
        if (options.ocrmypdf() && ocrmypdfVersion == null) {
            out.println("OCRmyPDF: not installed (Debian package 'ocrmypdf'); its column is left out");
        } else if (ocrmypdfVersion != null) {
            out.println("OCRmyPDF: " + ocrmypdfVersion);
        }
        out.flush();

        if (options.profilePages() > 0) {
            new StageProfile(new org.saraban.intake.ocr.OcrSettings(options.tessdata(), options.languages(), 3))
                    .run(pages.pdfs(), options.profilePages(), out);
            out.println();
        }

        Map<String, List<Run>> runs = new LinkedHashMap<>();
        List<String> tools = new ArrayList<>(List.of(PIPELINE, RAW));
        if (ocrmypdfVersion != null) {
            tools.add(OCRMYPDF);
        }
        tools.forEach(t -> runs.put(t, new ArrayList<>()));
        TextTable perRound = new TextTable("round", "tool", "pages", "wall s", "pages/min", "CPU s/page", "peak RSS MiB", "load 1/5/15 min");
        for (int round = 1; round <= options.rounds(); round++) {
            List<String> order = new ArrayList<>(tools);
            java.util.Collections.rotate(order, -(round - 1));
            for (String tool : order) {
                Run run = switch (tool) {
                    case PIPELINE -> pipeline(round);
                    case RAW -> raw(round);
                    default -> ocrmypdf(round);
                };
                runs.get(tool).add(run);
                perRound.row(round, tool, run.pages(), f1(run.wallSeconds()), f1(run.pagesPerMinute()),
                        f2(run.cpuSecondsPerPage()), run.peakRssKiB() / 1024, run.load());
                out.printf(Locale.ROOT, "  round %d %-26s %6.1f pages/min (load %s)%n", round, tool, run.pagesPerMinute(), run.load());
                out.flush();
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Before its clock starts the pipeline reads the set once into a workspace of its own, as a"
                + " service running for days has compiled its code; that pass took %s s in a fresh JVM%n",
                firstFileSeconds.stream().map(PipelineBench::f1).toList());
        out.println("Each round:");
        perRound.print(out);

        out.println();
        out.printf(Locale.ROOT, "Median of %d round(s):%n", options.rounds());
        TextTable summary = new TextTable("tool", "pages/min", "range", "CPU s/page", "peak RSS MiB (largest process)");
        for (String tool : tools) {
            List<Run> r = runs.get(tool);
            Percentiles speed = new Percentiles(r.stream().map(Run::pagesPerMinute).toList());
            Percentiles cpu = new Percentiles(r.stream().map(Run::cpuSecondsPerPage).toList());
            long rss = r.stream().mapToLong(Run::peakRssKiB).max().orElse(0) / 1024;
            summary.row(tool, f1(speed.median()), f1(speed.at(1)) + "–" + f1(speed.max()), f2(cpu.median()), rss);
        }
        summary.print(out);

        boolean met = true;
        out.println();
        TextTable targets = new TextTable("target", "measured (median of rounds)", "met");
        double vsRaw = medianRatio(runs.get(PIPELINE), runs.get(RAW));
        met &= target(targets, "pipeline ≥ 0.95 × raw tesseract", vsRaw, 0.95);
        // On a busy machine wall-clock speed follows the share of the CPU a tool wins, which grows with
        // its runnable threads; CPU seconds per page do not, and give the ratio when the cores are the limit.
        double cpuBound = medianCpu(runs.get(RAW)) / medianCpu(runs.get(PIPELINE));
        boolean cpuOk = cpuBound >= 0.95;
        targets.row("(same, from CPU s/page: raw ÷ pipeline)", String.format(Locale.ROOT, "%.2f ×", cpuBound), cpuOk ? "yes" : "no");
        if (ocrmypdfVersion != null) {
            double vsOcrmypdf = medianRatio(runs.get(PIPELINE), runs.get(OCRMYPDF));
            met &= target(targets, "pipeline ≥ 1.7 × OCRmyPDF", vsOcrmypdf, 1.7);
            double cpuVsOcrmypdf = medianCpu(runs.get(OCRMYPDF)) / medianCpu(runs.get(PIPELINE));
            targets.row("(same, from CPU s/page: OCRmyPDF ÷ pipeline)", String.format(Locale.ROOT, "%.2f ×", cpuVsOcrmypdf),
                    cpuVsOcrmypdf >= 1.7 ? "yes" : "no");
        } else {
            targets.row("pipeline ≥ 1.7 × OCRmyPDF", options.ocrmypdf() ? "OCRmyPDF not installed" : "left out (--no-ocrmypdf)",
                    "not measured");
            met = false;
        }
        if (options.rounds() < 3) {
            targets.row("at least 3 rounds", options.rounds() + " round(s)", "no: not a valid result");
            met = false;
        }
        met &= memory(out, targets, new Percentiles(runs.get(PIPELINE).stream().map(Run::cpuSecondsPerPage).toList()).median());
        out.println();
        out.println("Targets:");
        targets.print(out);
        out.printf(Locale.ROOT, "load at end %s%n", Machine.load());
        out.flush();
        return met;
    }

    private boolean target(TextTable table, String name, double value, double atLeast) {
        boolean ok = value >= atLeast;
        table.row(name, String.format(Locale.ROOT, "%.2f ×", value), ok ? "yes" : "no");
        return ok;
    }

    /** The median over rounds of the ratio of speeds within each round. */
    private static double medianRatio(List<Run> a, List<Run> b) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            ratios.add(a.get(i).pagesPerMinute() / b.get(i).pagesPerMinute());
        }
        return new Percentiles(ratios).median();
    }

    private static double medianCpu(List<Run> runs) {
        return new Percentiles(runs.stream().map(Run::cpuSecondsPerPage).toList()).median();
    }

    private Run pipeline(int round) throws Exception {
        List<String> args = probeArgs("pipeline-" + round, options.cores(), 1, false,
                pages.pdfs().stream().map(Path::toString).toList());
        JsonNode r = child.run("pipeline-" + round, PipelineProbe.class, args);
        firstFileSeconds.add(r.get("warmupSeconds").asDouble());
        return new Run(PIPELINE, pages.pageCount(), r.get("wallSeconds").asDouble(), r.get("cpuSeconds").asDouble(),
                r.get("peakRssKiB").asLong(), Machine.load());
    }

    private List<String> probeArgs(String name, int parallel, int passes, boolean traceHeap, List<String> files) throws IOException {
        return probeArgs(name, parallel, passes, traceHeap, true, files);
    }

    private List<String> probeArgs(String name, int parallel, int passes, boolean traceHeap, boolean warmup, List<String> files)
            throws IOException {
        Path workspace = work.resolve("workspaces").resolve(name);
        deleteTree(workspace);
        deleteTree(workspace.resolveSibling(name + "-warm-up"));
        List<String> args = new ArrayList<>(List.of(workspace.toString(), options.languages(),
                Integer.toString(options.cores()), Integer.toString(parallel), Integer.toString(passes),
                Boolean.toString(traceHeap), Boolean.toString(warmup)));
        args.addAll(files);
        return args;
    }

    private Run raw(int round) throws Exception {
        Path out = Files.createDirectories(work.resolve("raw-" + round));
        StringBuilder list = new StringBuilder();
        for (Path png : pages.pageImages()) {
            list.append(png).append('\t').append(out.resolve(png.getFileName().toString())).append('\n');
        }
        Path listFile = work.resolve("raw-pages.txt");
        Files.writeString(listFile, list, StandardCharsets.UTF_8);
        // One tesseract process per page, at most one per core, each single-threaded; the same
        // model, resolution and option the pipeline's engines use.
        String script = "xargs -P " + options.cores() + " -L 1 sh -c 'exec tesseract \"$0\" \"$1\" -l " + options.languages()
                + " --tessdata-dir " + options.tessdata() + " --dpi 300 -c preserve_interword_spaces=1 2>/dev/null' < " + listFile;
        TimedCommand.Timing t = timed.run("raw-" + round, List.of("sh", "-c", script), Map.of("OMP_THREAD_LIMIT", "1"));
        return new Run(RAW, pages.pageCount(), t.wallSeconds(), t.cpuSeconds(), t.peakRssKiB(), Machine.load());
    }

    private Run ocrmypdf(int round) throws Exception {
        Path out = Files.createDirectories(work.resolve("ocrmypdf-" + round));
        double wall = 0;
        double cpu = 0;
        long rss = 0;
        for (Path pdf : pages.pdfs()) {
            TimedCommand.Timing t = timed.run("ocrmypdf-" + round + "-" + pdf.getFileName(),
                    List.of("ocrmypdf", "-l", options.languages(), "--jobs", Integer.toString(options.cores()),
                            pdf.toString(), out.resolve(pdf.getFileName()).toString()),
                    Map.of("TESSDATA_PREFIX", options.tessdata().toString()));
            wall += t.wallSeconds();
            cpu += t.cpuSeconds();
            rss = Math.max(rss, t.peakRssKiB());
        }
        return new Run(OCRMYPDF, pages.pageCount(), wall, cpu, rss, Machine.load());
    }

    private static String ocrmypdfVersion() {
        try {
            Process p = new ProcessBuilder("ocrmypdf", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? "ocrmypdf " + v : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Long scan, heap after many files, text layer; adds their rows to {@code targets}. */
    private boolean memory(PrintWriter out, TextTable targets, double ocrCpuPerPage) throws Exception {
        boolean met = true;
        if (options.longScanPages() > 0) {
            Path scan = pages.longScan(options.longScanPages());
            JsonNode r = child.run("long-scan", PipelineProbe.class,
                    probeArgs("long-scan", 1, 1, false, false, List.of(scan.toString())));
            long peakHeapMiB = r.get("peakHeapBytes").asLong() >> 20;
            long peakLiveMiB = r.get("peakLiveHeapBytes").asLong() >> 20;
            out.println();
            out.printf(Locale.ROOT, "%d-page scan, -Xmx1g, in a fresh JVM: %.1f s (%.1f pages/min); heap: most in use %d MiB"
                            + " (sum of the heap pools' peaks, garbage included), most in use right after a GC %d MiB (%d GCs;"
                            + " after a young GC, old-generation garbage not yet reclaimed still counts);"
                            + " peak RSS %d MiB; load %s%n", options.longScanPages(), r.get("wallSeconds").asDouble(),
                    options.longScanPages() * 60 / r.get("wallSeconds").asDouble(), peakHeapMiB, peakLiveMiB,
                    r.get("gcCount").asLong(), r.get("peakRssKiB").asLong() >> 10, Machine.load());
            // Finishing under -Xmx1g at all means it fits; the live peak says by how much.
            boolean ok = peakHeapMiB < 1024;
            targets.row("peak heap < 1 GB on a " + options.longScanPages() + "-page scan",
                    "finished under -Xmx1g; after GC ≤ " + peakLiveMiB + " MiB, in use " + peakHeapMiB + " MiB", ok ? "yes" : "no");
            met &= ok;
        }
        if (options.growthPasses() > 0) {
            JsonNode r = child.run("growth", PipelineProbe.class, probeArgs("growth", 1, options.growthPasses(), true, false,
                    pages.pdfs().stream().map(Path::toString).toList()));
            List<Long> after = new ArrayList<>();
            r.get("heapAfterFileBytes").forEach(n -> after.add(n.asLong()));
            int perPass = pages.pdfs().size();
            double first = meanMiB(after.subList(0, perPass));
            double last = meanMiB(after.subList(after.size() - perPass, after.size()));
            out.printf(Locale.ROOT, "heap after full GC, mean over each pass of %d files: first pass %.1f MiB, pass %d %.1f MiB"
                    + " (every file: %s MiB)%n", perPass, first, options.growthPasses(), last,
                    after.stream().map(b -> Long.toString(b >> 20)).toList());
            // Growth is judged on retained heap, which a full GC leaves; 10 % leaves room for the
            // index's own caches settling.
            boolean ok = last <= first * 1.10 + 2;
            targets.row("heap does not grow with files (" + after.size() + " files)",
                    String.format(Locale.ROOT, "%.1f → %.1f MiB", first, last), ok ? "yes" : "no");
            met &= ok;
        }
        if (options.textLayerPages() > 0) {
            met &= textLayer(out, targets, ocrCpuPerPage);
        }
        return met;
    }

    /** Text pages made from raw Tesseract's output of round 1, so they read like the letters. */
    private boolean textLayer(PrintWriter out, TextTable targets, double ocrCpuPerPage) throws Exception {
        List<String> full = new ArrayList<>();
        Path raw = work.resolve("raw-1");
        for (Path png : pages.pageImages()) {
            Path txt = raw.resolve(png.getFileName() + ".txt");
            String text = Files.isRegularFile(txt) ? Files.readString(txt, StandardCharsets.UTF_8) : "";
            // Only pages of running text: a nearly empty page (a QR code page) would count as image-only.
            if (text.codePoints().filter(Character::isLetter).count() >= 200) {
                full.add(text);
            }
        }
        if (full.isEmpty()) {
            out.println("text-layer PDF: no page of the set has enough text to make one; not measured");
            targets.row("text-layer pages skip OCR", "not measured", "no");
            return false;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < options.textLayerPages(); i++) {
            texts.add(full.get(i % full.size()));
        }
        Path pdf = PageSet.textLayerPdf(texts, org.saraban.intake.samples.ThaiFonts.DEBIAN_TLWG.resolve("Laksaman.ttf"),
                work.resolve("text-layer.pdf"));
        JsonNode r = child.run("text-layer", PipelineProbe.class, probeArgs("text-layer", 1, 1, false, List.of(pdf.toString())));
        double perPage = r.get("wallSeconds").asDouble() / options.textLayerPages();
        double cpuPerPage = r.get("cpuSeconds").asDouble() / options.textLayerPages();
        Path records = work.resolve("workspaces").resolve("text-layer").resolve("records");
        boolean saysSo = recordsSayTextLayer(records);
        out.printf(Locale.ROOT, "text-layer PDF, %d pages: %.3f s/page wall, %.3f CPU s/page, %d record(s); records say the"
                        + " text came from the file's own layer: %s%n", options.textLayerPages(), perPage, cpuPerPage,
                r.get("records").asInt(), saysSo ? "yes (source.textLayerPages, no source.ocrModel)" : "no");
        // A page that went through OCR costs what the scanned pages cost; a skipped one a small part of it.
        boolean ok = cpuPerPage < 0.1 * ocrCpuPerPage;
        targets.row("text-layer pages skip OCR", String.format(Locale.ROOT, "%.3f CPU s/page (scans: %.2f)", cpuPerPage,
                ocrCpuPerPage), ok ? "yes" : "no");
        targets.row("... and the record says so", saysSo ? "source.textLayerPages = its pages, source.ocrModel null"
                : "not in every record", saysSo ? "yes" : "no");
        return ok && saysSo;
    }

    /**
     * Whether every record says that all its pages came from the file's own text layer
     * ({@code source.textLayerPages} = its pages) and that no OCR model read it ({@code source.ocrModel} null).
     */
    private static boolean recordsSayTextLayer(Path records) throws IOException {
        if (!Files.isDirectory(records)) {
            return false;
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (var walk = Files.walk(records)) {
            files = walk.filter(f -> f.toString().endsWith(".json")).toList();
        }
        for (Path f : files) {
            JsonNode source = mapper.readTree(f.toFile()).path("source");
            if (!source.path("ocrModel").isNull() || !source.path("textLayerPages").equals(source.path("pages"))) {
                return false;
            }
        }
        return !files.isEmpty();
    }

    private static double meanMiB(List<Long> bytes) {
        return bytes.stream().mapToLong(Long::longValue).average().orElse(0) / (1 << 20);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
