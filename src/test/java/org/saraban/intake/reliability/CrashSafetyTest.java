package org.saraban.intake.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.ingest.ContentHash;
import org.saraban.intake.pipeline.Workspace;
import org.saraban.intake.store.RecordStore;
import org.saraban.intake.testing.Folders;
import org.saraban.intake.testing.LetterImages;

/**
 * Runs the real service ({@code saraban run}) as a child process, has it killed with SIGKILL at a
 * point of ingestion, restarts it, and checks that every dropped file was processed exactly once
 * and that the index matches the records.
 */
class CrashSafetyTest {
    @TempDir Path root;

    @ParameterizedTest
    @ValueSource(strings = {"page-read:1", "record-saved:2", "indexed:1"})
    void killedServiceLosesNothingAndDoesNothingTwice(String haltAt) throws Exception {
        Workspace workspace = new Workspace(root.resolve("ws"), root.resolve("ws/inbox")).create();
        List<Path> dropped = List.of(
                twoPageTiff(root.resolve("scan.tif")),
                Folders.letter("tak-citizen-assistance.txt", root.resolve("tak.txt")),
                Folders.letter("mae-hong-son-community-data.txt", root.resolve("mae-hong-son.txt")));
        Map<String, String> hashes = new TreeMap<>();
        for (Path file : dropped) {
            hashes.put(ContentHash.sha256(file), file.getFileName().toString());
            Folders.dropInto(workspace.inbox(), file);
        }

        Process first = service(workspace, haltAt);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the service reached " + haltAt);
        assertEquals(137, first.exitValue(), "killed by SIGKILL at " + haltAt);
        assertTrue(Files.list(workspace.inbox()).findAny().isPresent(), "the unfinished file is still in the inbox");

        Process second = service(workspace, null);
        try {
            Path processed = workspace.state().resolve("processed-sha256.txt");
            Folders.await(120, "all files processed after restart", () -> Folders.isEmpty(workspace.inbox())
                    && lines(processed).size() == dropped.size());
        } finally {
            second.destroy();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        }

        assertEquals(hashes.keySet(), new HashSet<>(lines(workspace.state().resolve("processed-sha256.txt"))), "each file once");
        for (var entry : hashes.entrySet()) {
            assertTrue(Files.exists(workspace.archive().resolve(entry.getKey()).resolve(entry.getValue())), entry.getValue() + " archived");
        }
        assertTrue(Folders.isEmpty(workspace.errors()));
        List<DirectiveRecord> records = new RecordStore(workspace.records()).all();
        Set<String> ids = new HashSet<>();
        for (DirectiveRecord record : records) {
            assertTrue(ids.add(record.id()));
        }
        for (String sha : hashes.keySet()) {
            // Letter numbers of one file run 1..n with no gap and no repeat.
            List<String> ofFile = new ArrayList<>(records.stream().filter(r -> r.source().sha256().equals(sha)).map(DirectiveRecord::id).sorted().toList());
            assertTrue(ofFile.size() >= 1, hashes.get(sha) + " has records");
            for (int i = 0; i < ofFile.size(); i++) {
                assertEquals(sha.substring(0, 16) + "-" + (i + 1), ofFile.get(i));
            }
        }
        try (DirectiveIndex index = new DirectiveIndex(workspace.index())) {
            assertEquals(records.size(), index.size(), "index matches records");
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Process service(Workspace workspace, String haltAt) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path")));
        if (haltAt != null) {
            command.add("-Dsaraban.halt-at=" + haltAt);
        }
        command.addAll(List.of("org.saraban.intake.cli.SarabanCommand", "run", "--workspace", workspace.root().toString(), "--routes", "routes"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(root.resolve(haltAt == null ? "restart.log" : "first.log").toFile());
        builder.environment().putAll(Map.of(
                "OMP_THREAD_LIMIT", "1",
                "SARABAN_WEB_PORT", "0",
                "SARABAN_THREADS", "2",
                "SARABAN_OCR_LANGUAGES", "tha+eng",
                "SARABAN_INBOX_POLL_MS", "100",
                "SARABAN_INBOX_STABLE_MS", "200"));
        return builder.start();
    }

    private static Path twoPageTiff(Path file) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("TIFF").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (String subject : List.of("เรื่อง การบันทึกข้อมูลชุมชน", "เรื่อง การรายงานผลการดำเนินงาน")) {
                BufferedImage page = LetterImages.page(List.of("ที่ มส ๐๐๒๓.๓/ว ๑๐๑๕", subject, "เรียน นายอำเภอ ทุกอำเภอ"), 200);
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }
}
