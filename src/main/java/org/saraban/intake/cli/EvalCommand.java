package org.saraban.intake.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.eval.Evaluation;
import org.saraban.intake.eval.Evaluation.Group;
import org.saraban.intake.eval.Field;
import org.saraban.intake.eval.FieldScore;
import org.saraban.intake.extract.DirectiveExtractor;
import org.saraban.intake.extract.ScanText;
import org.saraban.intake.ingest.ContentHash;
import org.saraban.intake.ingest.UnreadableScanException;
import org.saraban.intake.pipeline.Intake;
import org.saraban.intake.samples.SampleTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the pipeline over every scan of a folder that has a NAME.truth.json beside it (without "
                + "recording or indexing) and print precision, recall and exact-match rate per field, and the OCR "
                + "character error rate, for all letters and apart for the held-out font and wording.",
                "Exits 1 when a threshold is not met. Fields: refNo, date, subject, salutation, references, deadlines, "
                        + "infoDomains, signer, qrCodes, letters (boundaries)."})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper CACHE_JSON = DirectiveJson.newMapper();

    @Mixin WorkspaceOptions workspace;

    @Parameters(paramLabel = "DIR", description = "Folder of scans with truth (PDF, TIFF, JPEG, PNG, or .txt text).")
    Path folder;

    @Option(names = "--min-exact", paramLabel = "FIELD=RATE", description = "Lowest exact-match rate allowed, e.g. refNo=0.95.")
    Map<String, Double> minExact = new LinkedHashMap<>();

    @Option(names = "--min-precision", paramLabel = "FIELD=RATE", description = "Lowest precision allowed.")
    Map<String, Double> minPrecision = new LinkedHashMap<>();

    @Option(names = "--min-recall", paramLabel = "FIELD=RATE", description = "Lowest recall allowed.")
    Map<String, Double> minRecall = new LinkedHashMap<>();

    @Option(names = "--max-cer", paramLabel = "RATE", description = "Highest OCR character error rate allowed.")
    Double maxCer;

    @Option(names = "--details", description = "Also list every field not found exactly: truth, then what was found.")
    boolean details;

    @Option(names = "--ocr-cache", paramLabel = "DIR", description = {
            "Keep what each file read (pages and QR codes) in DIR, keyed by the file's bytes, the OCR models' bytes "
                    + "and the page segmentation mode, and read it from there next time: extraction can then be "
                    + "re-evaluated without OCR. Empty DIR after changing how pages are read (ingest, ocr, qr)."})
    Path ocrCache;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Map<String, Double> thresholds : List.of(minExact, minPrecision, minRecall)) {
            for (String key : thresholds.keySet()) {
                if (!Evaluation.keys().contains(key)) {
                    err.println("saraban: unknown field '" + key + "'; known: " + String.join(", ", Evaluation.keys()));
                    return ExitCode.INVALID_USAGE;
                }
            }
        }
        if (!Files.isDirectory(folder)) {
            err.println("saraban: " + folder + ": no such folder");
            return ExitCode.FAILED_INPUT;
        }
        List<Path> scans = scansWithTruth(folder);
        if (scans.isEmpty()) {
            err.println("saraban: " + folder + ": no scans with a NAME.truth.json beside them");
            return ExitCode.FAILED_INPUT;
        }
        SampleTruth truths = new SampleTruth();
        DirectiveExtractor extractor = new DirectiveExtractor();
        Evaluation evaluation = new Evaluation();
        int failed = 0;
        int textFiles = 0;
        String model;
        try (Intake intake = new Intake(workspace.settings())) {
            model = intake.settings().ocrLanguages();
            String reader = ocrCache == null ? null : readerKey(intake);
            for (Path scan : scans) {
                String name = scan.getFileName().toString();
                SampleTruth.Sample truth;
                try {
                    truth = truths.read(scan).orElseThrow();
                } catch (IOException e) {
                    err.println("saraban: " + SampleTruth.recordsFile(scan) + ": unreadable truth: " + SarabanCommand.oneLine(e));
                    failed++;
                    continue;
                }
                try {
                    long started = System.nanoTime();
                    ScanText text = read(intake, scan, name, reader);
                    List<DirectiveRecord> found = extractor.extract(text);
                    boolean textInput = name.toLowerCase(Locale.ROOT).endsWith(".txt");
                    if (textInput) {
                        textFiles++;
                    }
                    Evaluation.FileResult r = evaluation.add(name, truth, text.pages(), found, textInput);
                    out.printf(Locale.ROOT, "%-32s %d letter(s), %d found, %d paired, CER %.3f, %.1f s%s%n", name,
                            r.trueLetters(), r.foundLetters(), r.paired(), r.cer(), (System.nanoTime() - started) / 1e9,
                            textInput ? ", text: " + imageOnlyFields() + " not scored" : "");
                    out.flush();
                } catch (UnreadableScanException e) {
                    err.println("saraban: " + scan + ": " + SarabanCommand.oneLine(e));
                    failed++;
                }
            }
        }
        out.printf("%nOCR model: %s; %d file(s) evaluated%n", model, scans.size() - failed);
        if (textFiles > 0) {
            // Received stamps are never scored; QR codes are, but only where an image can carry them.
            out.printf("%s and received stamps are images: not scored for the %d .txt file(s)%n", imageOnlyFields(),
                    textFiles);
        }
        out.println();
        evaluation.print(out);
        if (details) {
            for (Evaluation.Mismatch m : evaluation.mismatches()) {
                out.printf("%s letter %d %s: truth %s, found %s%n", m.file(), m.letter(), m.field(), m.truth(), m.found());
            }
        }
        List<String> misses = misses(evaluation);
        misses.forEach(m -> err.println("saraban: below threshold: " + m));
        return failed == 0 && misses.isEmpty() ? ExitCode.OK : ExitCode.FAILED_INPUT;
    }

    /** What reads the pages, as part of a cache file's name: each model and its bytes, and the page segmentation mode. */
    private static String readerKey(Intake intake) throws IOException {
        StringBuilder reader = new StringBuilder();
        for (String model : intake.settings().ocrLanguages().split("\\+")) {
            Path file = intake.settings().workspaceFolders().tessdata().resolve(model + ".traineddata");
            reader.append(model.replaceAll("[^A-Za-z0-9_-]", "_")).append('-')
                    .append(Files.isRegularFile(file) ? ContentHash.sha256(file).substring(0, 12) : "missing").append('.');
        }
        return reader + "psm" + intake.settings().ocrPageSegMode();
    }

    /** The file's text, from the OCR cache when it holds a reading of these bytes by this reader. */
    private ScanText read(Intake intake, Path scan, String name, String reader) throws Exception {
        String sha256 = ContentHash.sha256(scan);
        if (ocrCache == null) {
            return intake.processor().read(scan, name, sha256);
        }
        Path cached = ocrCache.resolve(sha256 + "." + reader + ".json");
        if (Files.isRegularFile(cached)) {
            return CACHE_JSON.readValue(cached.toFile(), ScanText.class);
        }
        ScanText text = intake.processor().read(scan, name, sha256);
        Files.createDirectories(ocrCache);
        Path partial = Files.createTempFile(ocrCache, sha256, ".part");
        CACHE_JSON.writeValue(partial.toFile(), text);
        Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return text;
    }

    private static String imageOnlyFields() {
        return String.join(", ", Arrays.stream(Field.values()).filter(Field::imageOnly).map(Field::key).toList());
    }

    private List<String> misses(Evaluation evaluation) {
        List<String> misses = new ArrayList<>();
        // A threshold on a field no letter was scored on (an image-only field over text) cannot be met.
        for (Map<String, Double> thresholds : List.of(minExact, minPrecision, minRecall)) {
            for (String key : thresholds.keySet()) {
                if (evaluation.score(Group.ALL, key).letters() == 0) {
                    misses.add(key + " not scored: no image inputs");
                }
            }
        }
        minExact.forEach((key, min) -> check(misses, key, "exact", evaluation.score(Group.ALL, key).exactRate(), min));
        minPrecision.forEach((key, min) -> check(misses, key, "precision", evaluation.score(Group.ALL, key).precision(), min));
        minRecall.forEach((key, min) -> check(misses, key, "recall", evaluation.score(Group.ALL, key).recall(), min));
        if (maxCer != null && evaluation.characterErrorRate(Group.ALL) > maxCer) {
            misses.add(String.format(Locale.ROOT, "OCR character error rate %.3f > %.3f",
                    evaluation.characterErrorRate(Group.ALL), maxCer));
        }
        return misses;
    }

    private static void check(List<String> misses, String key, String measure, double value, double min) {
        if (value < min) {
            misses.add(String.format(Locale.ROOT, "%s %s %.3f < %.3f", key, measure, value, min));
        }
    }

    /** Scans (and .txt texts) in {@code folder} that have truth; truth files themselves are not scans. */
    private static List<Path> scansWithTruth(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.matches(".*\\.(pdf|tiff?|jpe?g|png|txt)$") && !n.endsWith(SampleTruth.TEXT_SUFFIX);
                    })
                    .filter(f -> Files.isRegularFile(SampleTruth.recordsFile(f)))
                    .sorted().toList();
        }
    }
}
