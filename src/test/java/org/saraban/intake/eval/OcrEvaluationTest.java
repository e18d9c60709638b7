package org.saraban.intake.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.TessdataDirectory;
import org.saraban.intake.testing.LetterImages;

class OcrEvaluationTest {
    @TempDir Path dir;

    @Test
    void alignmentNamesSubstitutionsDeletionsAndInsertions() {
        // ๒๕๖๗ read as ๒๕๒๐: two substitutions
        Alignment<Integer> a = Alignment.of(cps("๒๕๖๗"), cps("๒๕๒๐"));
        assertEquals(2, a.distance());
        assertEquals(new Alignment.Pair<>((int) '๖', (int) '๒'), a.pairs().get(2));
        // กระบี่ read as กระบี: the tone mark lost
        Alignment<Integer> lost = Alignment.of(cps("กระบี่"), cps("กระบี"));
        assertEquals(1, lost.distance());
        assertEquals(new Alignment.Pair<>((int) '\u0E48', null), lost.pairs().get(lost.pairs().size() - 1));
        assertEquals(1, Alignment.of(List.of("ที่", "มท"), List.of("ที่", "มท", "x")).distance());
    }

    @Test
    void countsEveryTrueThaiDigitAndEveryCharacterOfTheTruth() throws Exception {
        List<String> truths = List.of("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", "ภายในวันที่ ๓๐ ธันวาคม ๒๕๖๗");
        for (int i = 0; i < truths.size(); i++) {
            ImageIO.write(LetterImages.page(List.of(truths.get(i)), 300).getSubimage(0, 0, 2480, 300), "png",
                    dir.resolve(i + ".png").toFile());
            Files.writeString(dir.resolve(i + ".gt.txt"), truths.get(i) + "\n", StandardCharsets.UTF_8);
        }
        List<Path> lines = OcrEvaluation.lines(dir, 10);
        assertEquals(2, lines.size());
        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        try (PageRecognizer tha = new PageRecognizer(new OcrSettings(tessdata, "tha", 7))) {
            OcrEvaluation.Result r = new OcrEvaluation().evaluate(lines, tha, 300);
            assertEquals(2, r.lines());
            assertEquals(15, r.digits(), "๐๘๑๐๗๕๙๕๕ and ๓๐๒๕๖๗");
            long chars = truths.stream().mapToLong(t -> t.codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
            assertEquals(chars, r.chars());
            assertTrue(r.digitsRight() <= r.digits());
            assertTrue(r.cer() >= 0 && r.cer() < 0.5, "stock tha reads most of it: " + r);
        }
    }

    private static List<Integer> cps(String s) {
        return s.codePoints().boxed().toList();
    }
}
