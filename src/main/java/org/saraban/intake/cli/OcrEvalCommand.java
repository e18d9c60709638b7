package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.saraban.intake.eval.OcrEvaluation;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.TessdataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ocr-eval", mixinStandardHelpOptions = true,
        description = {"Read held-out text-line images with each OCR model, side by side, and print per set:",
            "character error rate, Thai-digit accuracy, word error rate, time per line, and the most frequent confusions.",
            "A set is a folder of NAME.png (or .jpg, .tif) with NAME.gt.txt; DIR holds one or more sets."})
final class OcrEvalCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Parameters(paramLabel = "DIR", defaultValue = "training-data/eval", description = "Folder of sets (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--models", split = ",", defaultValue = "saraban,tha", description = "Models to compare (default: ${DEFAULT-VALUE}).")
    List<String> models;

    @Option(names = "--limit", defaultValue = "1000", description = "Lines per set at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--dpi", defaultValue = "300", description = "Resolution Tesseract is told (default: ${DEFAULT-VALUE}); sets named *200* use 200.")
    int dpi;

    @Option(names = "--confusions", defaultValue = "8", description = "Confusions to list per model (default: ${DEFAULT-VALUE}).")
    int confusions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> sets = sets();
        if (sets.isEmpty()) {
            spec.commandLine().getErr().println("saraban: " + dir + ": no folder of line images with NAME.gt.txt truth");
            return ExitCode.FAILED_INPUT;
        }
        Path tessdata = TessdataDirectory.prepare(workspace.settings().workspaceFolders().create().tessdata());
        OcrEvaluation evaluation = new OcrEvaluation();
        out.println("| set | model | lines | CER | Thai-digit accuracy | WER | ms/line |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        Map<String, Map<String, Integer>> confusionsByModel = new java.util.TreeMap<>();
        for (Path set : sets) {
            List<Path> lines = OcrEvaluation.lines(set, limit);
            int setDpi = set.getFileName().toString().contains("200") ? 200 : dpi;
            for (String model : models) {
                // Page segmentation mode 7: the image is one line of text.
                try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, model, 7))) {
                    OcrEvaluation.Result r = evaluation.evaluate(lines, recognizer, setDpi);
                    out.printf("| %s | %s | %d | %.2f%% | %.2f%% (%d/%d) | %.2f%% | %.0f |%n", set.getFileName(), model,
                            r.lines(), 100 * r.cer(), 100 * r.digitAccuracy(), r.digitsRight(), r.digits(),
                            100 * r.wer(), r.millisPerLine());
                    r.confusions().forEach((k, v) -> confusionsByModel.computeIfAbsent(model, m -> new java.util.HashMap<>()).merge(k, v, Integer::sum));
                }
            }
        }
        out.println();
        confusionsByModel.forEach((model, counts) -> out.println("most frequent confusions of " + model + " (truth→read): "
                + counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(confusions).map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "))));
        return ExitCode.OK;
    }

    private List<Path> sets() throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        if (!OcrEvaluation.lines(dir, 1).isEmpty()) {
            return List.of(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().filter(d -> {
                try {
                    return !OcrEvaluation.lines(d, 1).isEmpty();
                } catch (java.io.IOException e) {
                    return false;
                }
            }).toList();
        }
    }
}
