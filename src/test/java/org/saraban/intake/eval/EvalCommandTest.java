package org.saraban.intake.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.cli.SarabanCommand;
import org.saraban.intake.samples.SampleGenerator;
import org.saraban.intake.samples.SampleTruth;
import org.saraban.intake.samples.ThaiFonts;

/** {@code saraban eval} over generated samples, through the real pipeline. */
class EvalCommandTest {
    private final SampleGenerator generator = new SampleGenerator(new ThaiFonts(ThaiFonts.DEBIAN_TLWG), false);

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SarabanCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ocrsARealScanAndComparesItWithTheTruth(@TempDir Path dir) throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        // Sample 3 of every seed is a one-page memo.
        generator.generate(4, 3, "memo", samples);
        Run run = run("eval", "-w", dir.resolve("ws").toString(), samples.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| refNo |"), run.out());
        assertTrue(run.out().contains("OCR model: "), run.out());
        Matcher cer = Pattern.compile("CER (\\d\\.\\d+)").matcher(run.out());
        assertTrue(cer.find(), run.out());
        // Stock Tesseract misreads Thai digits, but most of the page must come through.
        double rate = Double.parseDouble(cer.group(1));
        assertTrue(rate > 0 && rate < 0.5, "CER " + rate);
    }

    @Test
    void failsBelowAThresholdAndPassesAboveItAndLeavesImagesOutOfText(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        // A bundle whose department letter has QR codes, given to eval as its printed text: the text
        // is exactly the truth (CER 0) and a text can carry no QR code, so none is scored.
        Path scan = null;
        for (int index = 2; index < 40; index += 6) {
            Path candidate = generator.generate(8, index, "b" + index, dir).scan();
            String json = Files.readString(SampleTruth.recordsFile(candidate));
            if (json.contains("\"payload\"")) {
                scan = candidate;
                break;
            }
        }
        assertTrue(scan != null, "no bundle with QR codes");
        Files.copy(SampleTruth.textFile(scan), texts.resolve("bundle.txt"));
        Files.copy(SampleTruth.recordsFile(scan), texts.resolve("bundle" + SampleTruth.RECORDS_SUFFIX));

        Run passing = run("eval", "-w", dir.resolve("ws").toString(), "--max-cer", "0", texts.toString());
        assertEquals(0, passing.exitCode(), passing.err());
        assertTrue(passing.out().contains("CER 0.000"), passing.out());
        assertTrue(passing.out().contains("bundle.txt"), passing.out());
        assertTrue(passing.out().contains("text: qrCodes not scored"), passing.out());
        assertTrue(passing.out().contains("qrCodes and received stamps are images: not scored for the 1 .txt file(s)"),
                passing.out());
        assertTrue(passing.out().contains("| qrCodes | not scored"), passing.out());

        Run imageThreshold = run("eval", "-w", dir.resolve("ws").toString(), "--min-recall", "qrCodes=0.5", texts.toString());
        assertEquals(1, imageThreshold.exitCode(), imageThreshold.out());
        assertTrue(imageThreshold.err().contains("below threshold: qrCodes not scored"), imageThreshold.err());

        // A truth whose subject the text does not print: subject falls below the threshold.
        SampleTruth.Sample truth = new SampleTruth().read(scan).orElseThrow();
        String subject = truth.letters().get(0).record().subject();
        Path truthFile = texts.resolve("bundle" + SampleTruth.RECORDS_SUFFIX);
        Files.writeString(truthFile, Files.readString(truthFile).replace(subject, "เรื่องที่ไม่ได้พิมพ์"));
        Run failing = run("eval", "-w", dir.resolve("ws").toString(), "--min-exact", "subject=0.5", texts.toString());
        assertEquals(1, failing.exitCode(), failing.out());
        assertTrue(failing.err().contains("below threshold: subject exact 0.000 < 0.500"), failing.err());
    }

    @Test
    void refusesUnknownFieldsAndFoldersWithoutTruth(@TempDir Path dir) throws Exception {
        Run unknown = run("eval", "-w", dir.resolve("ws").toString(), "--min-exact", "colour=1", dir.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown field 'colour'"), unknown.err());

        Files.writeString(dir.resolve("letter.txt"), "ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕");
        Run empty = run("eval", "-w", dir.resolve("ws").toString(), dir.toString());
        assertEquals(1, empty.exitCode());
        assertFalse(empty.err().isBlank());
        assertTrue(empty.err().contains("no scans with a NAME.truth.json"), empty.err());

        Files.writeString(dir.resolve("letter.truth.json"), "{\"not\": \"an array\"}");
        Run broken = run("eval", "-w", dir.resolve("ws").toString(), dir.toString());
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("letter.truth.json: unreadable truth"), broken.err());
    }
}
