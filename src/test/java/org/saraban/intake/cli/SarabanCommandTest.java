package org.saraban.intake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarabanCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SarabanCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "ingest", "extract", "search", "reindex", "demo"}) {
            assertEquals(ExitCode.OK, run(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: saraban " + command), command);
        }
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        assertEquals(ExitCode.INVALID_USAGE, run("extract", "--frobnicate", "x.pdf"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--frobnicate"));
    }

    @Test
    void extractPrintsJsonArrayOfTheLettersInATextFile() throws Exception {
        Path letter = dir.resolve("tak.txt");
        try (InputStream in = getClass().getResourceAsStream("/letters/tak-citizen-assistance.txt")) {
            Files.copy(in, letter);
        }
        assertEquals(ExitCode.OK, run("extract", "-w", dir.resolve("ws").toString(), letter.toString()), err.toString());
        JsonNode records = new ObjectMapper().readTree(out.toString());
        assertTrue(records.isArray());
        assertEquals(2, records.size());
        assertEquals("มท 0810.7/ว 5955", records.get(1).get("refNo").get("text").asText());
        assertEquals("2025-10-26", records.get(1).get("date").asText());
        assertTrue(Files.notExists(dir.resolve("ws/records").resolve(records.get(1).get("id").asText() + ".json")), "extract does not record");
    }

    @Test
    void unreadableFileExitsNonZeroWithTheReason() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4 garbage");
        assertEquals(ExitCode.FAILED_INPUT, run("extract", "-w", dir.resolve("ws").toString(), broken.toString()));
        assertTrue(err.toString().startsWith("saraban: " + broken + ": PDF is damaged"), err.toString());
        assertEquals(ExitCode.FAILED_INPUT, run("extract", "-w", dir.resolve("ws").toString(), dir.resolve("missing.png").toString()));
        assertTrue(err.toString().contains("no such file"));
    }

    @Test
    void ingestThenSearchFindsTheLetterByThaiWordsAndByReferenceNumber() throws Exception {
        Path letter = dir.resolve("mae-hong-son.txt");
        try (InputStream in = getClass().getResourceAsStream("/letters/mae-hong-son-community-data.txt")) {
            Files.copy(in, letter);
        }
        String ws = dir.resolve("ws").toString();
        assertEquals(ExitCode.OK, run("ingest", "-w", ws, letter.toString()), err.toString());
        assertTrue(out.toString().contains("2 letter(s)"), out.toString());

        assertEquals(ExitCode.OK, run("search", "-w", ws, "คณะกรรมการชุมชน"));
        assertTrue(out.toString().contains("search \"คณะกรรมการชุมชน\": 2 hit(s)"), out.toString());

        assertEquals(ExitCode.OK, run("search", "-w", ws, "มส 0023.3/ว 9096"));
        assertTrue(out.toString().contains("search \"มส 0023.3/ว 9096\": 1 hit(s)"), out.toString());

        assertEquals(ExitCode.OK, run("reindex", "-w", ws));
        assertTrue(out.toString().contains("indexed 2 record(s)"), out.toString());
    }

    @Test
    void searchLeavesSecretLettersOutUnlessAskedFor() throws Exception {
        Path letter = Files.writeString(dir.resolve("secret.txt"), String.join("\n",
                "ลับ", "", "ที่ มท ๐๘๑๐.๒/ว ๗๗", "", "กรมส่งเสริมการปกครองท้องถิ่น", "", "๑ มีนาคม ๒๕๖๗", "",
                "เรื่อง การตรวจสอบงบประมาณศูนย์ช่วยเหลือประชาชน", "", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "",
                "ขอแสดงความนับถือ"));
        String ws = dir.resolve("ws").toString();
        assertEquals(ExitCode.OK, run("ingest", "-w", ws, letter.toString()), err.toString());
        assertEquals(ExitCode.OK, run("search", "-w", ws, "งบประมาณ"));
        assertTrue(out.toString().contains("search \"งบประมาณ\": 0 hit(s)"), out.toString());
        assertEquals(ExitCode.OK, run("search", "-w", ws, "--include-secret", "งบประมาณ"));
        assertTrue(out.toString().contains("search \"งบประมาณ\": 1 hit(s)"), out.toString());
    }
}
