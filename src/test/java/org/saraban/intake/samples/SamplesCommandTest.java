package org.saraban.intake.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.cli.SarabanCommand;

/** {@code saraban samples} from the command line. */
class SamplesCommandTest {

    @Test
    void writesScansTruthAndReadme(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SarabanCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("samples", "--seed", "3", "--count", "1", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("1 file(s) with truth written"), out.toString());
        try (var files = Files.list(dir)) {
            Path scan = files.filter(f -> f.getFileName().toString().startsWith("01-external.")
                    && !f.getFileName().toString().contains(".truth.")).findFirst().orElseThrow();
            assertTrue(Files.size(SampleTruth.recordsFile(scan)) > 0);
            assertTrue(Files.size(SampleTruth.textFile(scan)) > 0);
        }
        assertTrue(Files.readString(dir.resolve("README.md")).contains("saraban samples --seed 3 --count 1"));
    }

    @Test
    void setsLettersInTheFaceAskedForButKeepsTheHeldOutFace(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        int code = SarabanCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("samples", "--seed", "3", "--count", "4", "--face", "Kinnari", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        String readme = Files.readString(dir.resolve("README.md"));
        assertTrue(readme.contains("saraban samples --seed 3 --count 4 --face Kinnari"), readme);
        assertEquals(3, readme.lines().filter(l -> l.contains("| Kinnari |")).count(), readme);
        assertEquals(1, readme.lines().filter(l -> l.contains("| " + ThaiFonts.HELD_OUT_FACE + " |")).count(), readme);
    }

    @Test
    void refusesBadCountsAndMissingFonts(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        var cli = SarabanCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, cli.execute("samples", "--count", "0", "--out", dir.toString()));
        assertTrue(err.toString().contains("--count must be at least 1"), err.toString());

        StringWriter fontErr = new StringWriter();
        int code = SarabanCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(fontErr, true))
                .execute("samples", "--fonts", dir.resolve("none").toString(), "--out", dir.resolve("out").toString());
        assertEquals(4, code);
        assertEquals(1, fontErr.toString().strip().lines().count(), fontErr.toString());
        assertTrue(fontErr.toString().contains("fonts-thai-tlwg"), fontErr.toString());
    }
}
