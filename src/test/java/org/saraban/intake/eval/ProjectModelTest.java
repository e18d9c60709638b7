package org.saraban.intake.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.TessdataDirectory;

/**
 * The committed {@code saraban} model loads from the jar's resources and reads held-out lines
 * (text never used in training; Norasi, a font never used in training) as measured in
 * {@code docs/ocr-model.md}: the first 30 lines of each set of {@code training-data/eval/}.
 */
class ProjectModelTest {
    private static final Path EVAL = Path.of("training-data/eval");
    @TempDir static Path dir;
    static Path tessdata;

    @BeforeAll
    static void prepare() throws Exception {
        assertTrue(TessdataDirectory.hasProjectModel(), "saraban.traineddata is bundled");
        tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
    }

    private static OcrEvaluation.Result read(String set, String model, int dpi) throws Exception {
        List<Path> lines = OcrEvaluation.lines(EVAL.resolve(set), 30);
        assertTrue(lines.size() == 30, set + " has its lines");
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, model, 7))) {
            return new OcrEvaluation().evaluate(lines, recognizer, dpi);
        }
    }

    @Test
    void readsThaiDigitsOfCleanPagesInTheLetterFontAtTheTarget() throws Exception {
        OcrEvaluation.Result clean = read("laksaman_clean300", "saraban", 300);
        assertTrue(clean.digitAccuracy() >= 0.995, "Thai digits, clean 300 dpi: " + clean);
        assertTrue(clean.cer() <= 0.01, "CER, clean 300 dpi: " + clean);
    }

    @Test
    void readsThaiDigitsFarBetterThanStockTesseractOnEverySet() throws Exception {
        for (String set : List.of("laksaman_clean300", "laksaman_scan200", "norasi_clean300", "norasi_scan200")) {
            int dpi = set.contains("200") ? 200 : 300;
            OcrEvaluation.Result ours = read(set, "saraban", dpi);
            OcrEvaluation.Result stock = read(set, "tha", dpi);
            // Stock tha has no output for ๔ ๖ ๗ ๘ ๙ at all; ours must read at least nine in ten Thai digits on every set.
            assertTrue(ours.digitAccuracy() >= 0.9 && ours.digitAccuracy() > stock.digitAccuracy() + 0.2,
                    set + ": saraban " + ours + " vs tha " + stock);
        }
    }
}
