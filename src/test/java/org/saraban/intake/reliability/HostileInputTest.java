package org.saraban.intake.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.pipeline.Intake;
import org.saraban.intake.pipeline.IntakeService;
import org.saraban.intake.pipeline.IntakeSettings;
import org.saraban.intake.testing.Folders;
import org.saraban.intake.testing.HostileFiles;
import org.saraban.intake.testing.LetterImages;
import org.saraban.intake.testing.TestWorkspaces;

/**
 * Broken and hostile files dropped into a running service go to the error folder, each with its
 * reason; files with awkward names are read normally; the service keeps working throughout.
 */
class HostileInputTest {
    @TempDir Path root;
    @TempDir Path outside;
    private Intake intake;
    private IntakeService service;

    @BeforeEach
    void start() throws Exception {
        IntakeSettings settings = TestWorkspaces.settings(root, Map.of("saraban.limits.max-file-bytes", "52428800"));
        intake = new Intake(settings);
        service = new IntakeService(intake, Path.of("routes"));
        service.start();
    }

    @AfterEach
    void stop() throws Exception {
        service.stop();
        intake.close();
    }

    @Test
    void brokenAndHostileFilesGoToTheErrorFolderWithTheirReason() throws Exception {
        Path inbox = intake.workspace().inbox();
        Map<String, String> expectedReasons = new HashMap<>();
        Files.createFile(root.resolve("empty.pdf"));
        expectedReasons.put("empty.pdf", "empty file (0 bytes)");
        Files.write(root.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
        expectedReasons.put("truncated.pdf", "PDF is damaged");
        HostileFiles.encryptedPdf(root.resolve("locked.pdf"));
        expectedReasons.put("locked.pdf", "PDF is encrypted with a password");
        HostileFiles.longPdf(root.resolve("thousand-pages.pdf"), 1000);
        expectedReasons.put("thousand-pages.pdf", "PDF has 1000 pages, over the limit of 300");
        HostileFiles.pngBomb(root.resolve("bomb.png"), 60_000, 60_000);
        expectedReasons.put("bomb.png", "page 1 declares 3600000000 pixels, over the limit of 40000000");
        HostileFiles.tiffBomb(root.resolve("bomb.tif"), 60_000, 60_000);
        expectedReasons.put("bomb.tif", "page 1 declares 3600000000 pixels, over the limit of 40000000");
        ImageIO.write(LetterImages.page(List.of(), 100), "png", root.resolve("blank.png").toFile());
        expectedReasons.put("blank.png", "no text found on any page");
        Files.writeString(root.resolve("minutes.docx"), "PK\u0003\u0004 not a scan");
        expectedReasons.put("minutes.docx", "not a PDF, TIFF, JPEG, PNG or .txt file");
        for (String name : expectedReasons.keySet()) {
            Folders.dropInto(inbox, root.resolve(name));
        }
        Path secret = Files.writeString(outside.resolve("passwords.txt"), "ที่ มท ๐๐๐๐/ว ๑ secret");
        Files.createSymbolicLink(inbox.resolve("link.txt"), secret);
        expectedReasons.put("link.txt", "symbolic link refused");

        Folders.await(60, "every bad file reported", () -> Folders.count(intake.workspace().errors(), ".error.json") == expectedReasons.size());
        Folders.await(10, "inbox emptied", () -> Folders.isEmpty(inbox));

        ObjectMapper json = new ObjectMapper();
        for (Path report : Folders.list(intake.workspace().errors())) {
            if (!report.toString().endsWith(".error.json")) {
                continue;
            }
            JsonNode node = json.readTree(report.toFile());
            String file = node.get("file").asText();
            assertTrue(node.get("reason").asText().startsWith(expectedReasons.get(file)), file + ": " + node);
            assertTrue(Files.exists(intake.workspace().errors().resolve(node.get("movedTo").asText())), file + " kept");
        }
        assertEquals("ที่ มท ๐๐๐๐/ว ๑ secret", Files.readString(secret), "the link's target is untouched");
        assertTrue(intake.store().all().isEmpty(), "nothing recorded from bad files");

        // The service is still working.
        Folders.dropInto(inbox, Folders.letter("tak-citizen-assistance.txt", root.resolve("tak.txt")));
        Folders.await(30, "a good file after the bad ones is recorded", () -> storeSize() == 2);
    }

    @Test
    void awkwardNamesAndMislabelledFormatsAreReadNormally() throws Exception {
        Path letter = Folders.letter("mae-hong-son-community-data.txt", root.resolve("letter.txt"));
        List<String> names = List.of("หนังสือ แจ้ง ด่วน.txt", "-rf.txt", "..hidden-dots..txt", "a..b.txt");
        for (int i = 0; i < names.size(); i++) {
            // Different bytes each, so none is skipped as a duplicate of another.
            Files.writeString(letter, "\n" + i, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            Folders.dropInto(intake.workspace().inbox(), letter, names.get(i));
        }
        Path jpegNamedPdf = root.resolve("photo.pdf");
        ImageIO.write(LetterImages.page(List.of("เรื่อง ทดสอบ"), 150), "jpeg", jpegNamedPdf.toFile());
        Folders.dropInto(intake.workspace().inbox(), jpegNamedPdf);

        Folders.await(60, "all five files archived", () -> Folders.isEmpty(intake.workspace().inbox())
                && Folders.count(intake.workspace().archive(), ".pdf") + Folders.count(intake.workspace().archive(), ".txt") == 5);
        assertTrue(Folders.list(intake.workspace().errors()).isEmpty(), "no errors");
        for (String name : names) {
            assertEquals(1, Folders.count(intake.workspace().archive(), name), name);
        }
    }

    private int storeSize() {
        try {
            return intake.store().all().size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
