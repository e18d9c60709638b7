package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.saraban.intake.ingest.ScanLoader;
import org.saraban.intake.ingest.UnreadableScanException;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.RecognizedPage;
import org.saraban.intake.ocr.TessdataDirectory;
import org.saraban.intake.pipeline.IntakeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "Print the recognized, normalized text of each page of an image or PDF.")
final class OcrCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Parameters(paramLabel = "FILE", description = "PDF, TIFF, JPEG or PNG; a page or a single line of text.")
    Path file;

    @Option(names = "--line", description = "The image is one line of text (Tesseract page segmentation mode 7).")
    boolean line;

    @Option(names = {"-l", "--languages"}, paramLabel = "MODELS", description = "Tesseract models (default: saraban.ocr.languages).")
    String languages;

    @Option(names = "--dpi", defaultValue = "300", description = "Resolution of image files (default: ${DEFAULT-VALUE}); PDF pages are rendered at 300.")
    int dpi;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("saraban: " + file + ": no such file");
            return ExitCode.FAILED_INPUT;
        }
        IntakeSettings settings = workspace.settings();
        Path tessdata = TessdataDirectory.prepare(settings.workspaceFolders().create().tessdata());
        OcrSettings ocr = new OcrSettings(tessdata, languages != null ? languages : settings.ocrLanguages(),
                line ? 7 : settings.ocrPageSegMode());
        PrintWriter out = spec.commandLine().getOut();
        try (PageRecognizer recognizer = new PageRecognizer(ocr)) {
            new ScanLoader(settings.limits()).load(file, page -> {
                int pageDpi = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? ScanLoader.RENDER_DPI : dpi;
                // A page is read as the pipeline reads it, turned if it was scanned upside down; a line as it is.
                RecognizedPage text = page.hasTextLayer()
                        ? recognizer.fromTextLayer(page.number(), page.textLayer())
                        : line ? recognizer.recognize(page.number(), page.image(), pageDpi)
                        : recognizer.recognizeEitherWayUp(page.number(), page.image(), pageDpi);
                out.printf("--- page %d (%s) ---%n%s%n", text.number(),
                        text.fromTextLayer() ? "text layer" : ocr.languages() + String.format(", confidence %.2f", text.meanConfidence()),
                        text.text().strip());
            });
        } catch (UnreadableScanException e) {
            spec.commandLine().getErr().println("saraban: " + file + ": " + SarabanCommand.oneLine(e));
            return ExitCode.FAILED_INPUT;
        }
        return ExitCode.OK;
    }
}
