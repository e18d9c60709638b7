package org.saraban.intake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.ingest.ContentHash;
import org.saraban.intake.testing.Folders;
import org.saraban.intake.testing.LetterImages;
import org.saraban.intake.testing.TestWorkspaces;

/** The real routes of {@code routes/} on a real inbox folder, with real OCR and a real index. */
class InboxRouteTest {
    private static final Path ROUTES = Path.of("routes");

    @TempDir Path root;

    @Test
    void scanDroppedInInboxBecomesRecordsHitsAndAnArchivedOriginal() throws Exception {
        try (Intake intake = new Intake(TestWorkspaces.settings(root, "saraban"))) {
            IntakeService service = new IntakeService(intake, ROUTES);
            service.start();
            try {
                NotifyBuilder done = new NotifyBuilder(service.camelContext()).whenDone(2).create();
                Path png = root.resolve("scan.png");
                ImageIO.write(LetterImages.page(List.of(
                        "ที่ มท ๐๘๑๐.๒/ว ๑๐๕๕",
                        "เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน",
                        "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"), 300), "png", png.toFile());
                String pngHash = ContentHash.sha256(png);
                Folders.dropInto(intake.workspace().inbox(), png);
                Folders.dropInto(intake.workspace().inbox(), copyOfLetter("tak-citizen-assistance.txt"));

                assertTrue(done.matches(120, TimeUnit.SECONDS), "both files processed");

                assertTrue(Files.exists(intake.workspace().archive().resolve(pngHash).resolve("scan.png")));
                assertTrue(Folders.isEmpty(intake.workspace().inbox()));
                List<DirectiveRecord> records = intake.store().all();
                assertEquals(3, records.size(), "one letter from the image, two from the bundle");
                DirectiveRecord fromImage = records.stream().filter(r -> r.source().file().equals("scan.png")).findFirst().orElseThrow();
                assertTrue(fromImage.subject().contains("ข้อมูล"), fromImage.subject());
                // The project's model reads the Thai digits stock Tesseract cannot.
                assertEquals("มท 0810.2/ว 1055", fromImage.refNo().text());
                assertEquals("saraban", fromImage.source().ocrModel());
                assertTrue(intake.index().search("ผู้ว่าราชการจังหวัด", 10).stream().anyMatch(h -> h.id().equals(fromImage.id())));
                assertEquals(1, intake.index().search("มท ๐๘๑๐.๗/ว ๕๙๕๕", 10).size());
            } finally {
                service.stop();
            }
        }
    }

    @Test
    void corruptPdfGoesToErrorFolderWithItsReason() throws Exception {
        try (Intake intake = new Intake(TestWorkspaces.settings(root, "tha+eng"))) {
            IntakeService service = new IntakeService(intake, ROUTES);
            service.start();
            try {
                NotifyBuilder failed = new NotifyBuilder(service.camelContext()).whenFailed(1).create();
                Path pdf = Files.write(root.resolve("ใบแจ้ง ฉบับที่ 1.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
                Folders.dropInto(intake.workspace().inbox(), pdf);
                assertTrue(failed.matches(30, TimeUnit.SECONDS));
                // The move happens once the exchange is done; give the file component a moment.
                Folders.await(10, "error report written", () -> Folders.count(intake.workspace().errors(), ".error.json") == 1);
                Path report = Folders.list(intake.workspace().errors()).stream()
                        .filter(f -> f.toString().endsWith(".error.json")).findFirst().orElseThrow();
                JsonNode json = new ObjectMapper().readTree(report.toFile());
                assertEquals("ใบแจ้ง ฉบับที่ 1.pdf", json.get("file").asText());
                assertTrue(json.get("reason").asText().startsWith("PDF is damaged"), json.toString());
                Path moved = intake.workspace().errors().resolve(json.get("movedTo").asText());
                Folders.await(10, moved + " exists", () -> Files.exists(moved));
                assertEquals(ContentHash.sha256(pdf), ContentHash.sha256(moved));
                assertTrue(intake.store().all().isEmpty());
            } finally {
                service.stop();
            }
        }
    }

    @Test
    void restartDoesNotProcessTheSameBytesTwice() throws Exception {
        Path letter = copyOfLetter("mae-hong-son-community-data.txt");
        for (int round = 1; round <= 2; round++) {
            try (Intake intake = new Intake(TestWorkspaces.settings(root, "tha+eng"))) {
                IntakeService service = new IntakeService(intake, ROUTES);
                service.start();
                try {
                    NotifyBuilder done = new NotifyBuilder(service.camelContext()).whenDone(1).create();
                    // Round 2 drops the same bytes under another name after a restart.
                    Path dropped = Files.copy(letter, root.resolve("copy-" + round + ".txt"));
                    Folders.dropInto(intake.workspace().inbox(), dropped);
                    assertTrue(done.matches(30, TimeUnit.SECONDS));
                    Folders.await(10, "inbox emptied", () -> Folders.isEmpty(intake.workspace().inbox()));
                    assertEquals(2, intake.store().all().size(), "round " + round);
                    List<String> processed = Files.readAllLines(intake.workspace().state().resolve("processed-sha256.txt"));
                    assertEquals(List.of(ContentHash.sha256(letter)), processed);
                    assertEquals(2, intake.index().size());
                    // The source of every record is the first drop: the second was not processed.
                    assertTrue(intake.store().all().stream().allMatch(r -> r.source().file().equals("copy-1.txt")));
                    // ...but its arrival is noted beside the archived original.
                    List<String> receipts = Files.readAllLines(intake.workspace().archive()
                            .resolve(ContentHash.sha256(letter)).resolve("receipts.jsonl"));
                    assertEquals(round, receipts.size());
                    assertEquals(round == 2, receipts.get(round - 1).contains("\"duplicate\":true"), receipts.toString());
                } finally {
                    service.stop();
                }
            }
        }
    }

    private Path copyOfLetter(String name) throws Exception {
        return Folders.letter(name, root.resolve(name));
    }
}
