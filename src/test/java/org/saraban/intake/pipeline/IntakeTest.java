package org.saraban.intake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.testing.Folders;
import org.saraban.intake.testing.TestWorkspaces;
import org.saraban.intake.testing.TextPdfs;

class IntakeTest {
    @TempDir Path root;

    @Test
    void pagesWithARealTextLayerSkipOcrAndTheRecordSaysSo() throws Exception {
        Path pdf = TextPdfs.write(root.resolve("born-digital.pdf"), List.of("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", "๒๖ ตุลาคม ๒๕๖๘",
                "เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"));
        try (Intake intake = new Intake(TestWorkspaces.settings(root.resolve("ws"), "tha+eng"))) {
            DirectiveRecord record = intake.ingest(pdf).get(0);
            assertEquals(List.of(1), record.source().textLayerPages());
            assertNull(record.source().ocrModel(), "no OCR ran");
            // Thai digits come through exactly, as no recognizer had to guess them.
            assertEquals("มท 0810.7/ว 5955", record.refNo().text());
            assertEquals("2025-10-26", String.valueOf(record.date()));
        }
    }

    @Test
    void sameLetterScannedTwiceIsLinkedNotIndexedTwice() throws Exception {
        Path first = Folders.letter("tak-citizen-assistance.txt", root.resolve("tak.txt"));
        Path second = Files.copy(first, root.resolve("tak-rescan.txt"));
        // Other bytes, as a second scan of the same paper gives.
        Files.writeString(second, "\nเลขรับ 20999", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Intake intake = new Intake(TestWorkspaces.settings(root.resolve("ws"), "tha+eng"))) {
            List<DirectiveRecord> originals = intake.ingest(first);
            List<DirectiveRecord> rescans = intake.ingest(second);

            assertEquals(originals.size(), rescans.size());
            for (int i = 0; i < rescans.size(); i++) {
                DirectiveRecord rescan = rescans.get(i);
                if (rescan.refNo() != null && rescan.date() != null) {
                    assertEquals(originals.get(i).id(), rescan.source().duplicateOf(), rescan.refNo().text());
                }
            }
            assertTrue(rescans.stream().anyMatch(r -> r.source().duplicateOf() != null));
            long directives = rescans.stream().filter(r -> r.source().duplicateOf() == null).count() + originals.size();
            assertEquals(originals.size() + rescans.size(), intake.store().all().size(), "both scans are kept");
            assertEquals(directives, intake.index().size(), "the rescan is not a second directive");
            assertEquals(directives, intake.reindex(), "nor after a rebuild");
        }
    }
}
