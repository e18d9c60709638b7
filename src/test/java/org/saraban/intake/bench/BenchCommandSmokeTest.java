package org.saraban.intake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.cli.SarabanCommand;
import org.saraban.intake.testing.LetterImages;

/**
 * A small run of each benchmark through the command line: real Tesseract, real child JVMs, a real
 * Lucene index. It checks that the benchmarks work and print their tables with sane numbers; the
 * targets themselves are judged by full runs (docs/performance.md), never here.
 */
class BenchCommandSmokeTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SarabanCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void pipelineBenchRunsEveryToolOnTheSamePagesAndPrintsTheTables() throws Exception {
        Path scans = Files.createDirectories(dir.resolve("scans"));
        // Enough running text (over 200 letters) for the benchmark's text-layer PDF to be made from it.
        ImageIO.write(LetterImages.page(List.of(
                "ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", // reference number line
                "เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน", // subject: recording citizen assistance
                "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", // to: all governors
                "ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้แจ้งแนวทางปฏิบัติในการบันทึกข้อมูล", // the department has set out how to record
                "ประชาชนที่ขอรับความช่วยเหลือในระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น", // citizens asking for help, in the INFO system
                "จึงขอความร่วมมือจังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่นดำเนินการให้ครบถ้วน", // please have local governments complete it
                "จึงเรียนมาเพื่อโปรดพิจารณา"), 300), "png", scans.resolve("letter.png").toFile()); // for your consideration

        int code = run("bench", "pipeline", "--pages", scans.toString(), "--rounds", "1", "--languages", "tha",
                "--no-ocrmypdf", "--long-scan-pages", "3", "--growth-passes", "2", "--text-layer-pages", "2",
                "--work", dir.resolve("work").toString());
        String printed = out.toString();
        assertEquals(0, code, err + printed);
        assertTrue(printed.contains("pages: 1 (1 PDFs) at 300 dpi"), printed);
        assertTrue(speed(printed, PipelineBench.PIPELINE) > 0, printed);
        assertTrue(speed(printed, PipelineBench.RAW) > 0, printed);
        // Raw tesseract read the page the pipeline read.
        String raw = Files.readString(dir.resolve("work/raw-1/letter-png-p001.png.txt"));
        assertTrue(raw.contains("เรียน"), raw);
        assertTrue(printed.contains("3-page scan, -Xmx1g"), printed);
        assertTrue(printed.contains("heap after full GC"), printed);
        assertTrue(Pattern.compile("\\| text-layer pages skip OCR +\\| [0-9.]+ CPU s/page \\(scans: [0-9.]+\\) +\\| (yes|no)").matcher(printed).find(), printed);
        assertTrue(printed.contains("| at least 3 rounds"), "one round must be flagged as not a valid result: " + printed);
    }

    @Test
    void searchBenchIndexesSyntheticRecordsAndTimesEveryKindOfQuery() {
        int code = run("bench", "search", "--records", "400", "--batch", "100", "--cold", "2", "--warmup", "1", "--warm", "4",
                "--work", dir.toString());
        String printed = out.toString();
        assertEquals(0, code, err + printed);
        assertTrue(printed.contains("indexed 400 records"), printed);
        assertTrue(printed.contains("400 records, peak RSS"), printed);
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            String name = kind.name().toLowerCase().replace('_', ' ');
            Matcher row = Pattern.compile("\\| " + name + " +\\| ([0-9,]+) +\\| 2 +\\|.*\\| 4 +\\|").matcher(printed);
            assertTrue(row.find(), name + " row missing: " + printed);
            if (kind == QueryMix.Kind.REFERENCE_NUMBER || kind == QueryMix.Kind.THAI_PHRASE) {
                // Both look for what the records hold, so they must find it.
                assertTrue(Long.parseLong(row.group(1).replace(",", "")) >= 1, printed);
            }
        }
    }

    /** The median pages/min the summary table gives {@code tool}. */
    private static double speed(String printed, String tool) {
        Matcher m = Pattern.compile("\\| " + Pattern.quote(tool) + " +\\| ([0-9.]+) +\\|").matcher(printed);
        assertTrue(m.find(), tool + " missing from the summary: " + printed);
        return Double.parseDouble(m.group(1));
    }
}
