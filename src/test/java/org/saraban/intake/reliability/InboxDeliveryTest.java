package org.saraban.intake.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.pipeline.Intake;
import org.saraban.intake.pipeline.IntakeService;
import org.saraban.intake.pipeline.IntakeSettings;
import org.saraban.intake.testing.Folders;
import org.saraban.intake.testing.TestWorkspaces;

/** Files arriving slowly, many at once, or while the disk refuses writes. */
class InboxDeliveryTest {
    @TempDir Path root;

    private IntakeSettings settings(long stableMillis) {
        return TestWorkspaces.settings(root, Map.of("saraban.inbox.poll-ms", "100", "saraban.inbox.stable-ms", Long.toString(stableMillis)));
    }

    @Test
    void fileStillBeingWrittenIsNotReadEarly() throws Exception {
        String letter = Files.readString(Folders.letter("tak-citizen-assistance.txt", root.resolve("tak.txt")));
        int half = letter.indexOf("ที่ มท");
        try (Intake intake = new Intake(settings(1500))) {
            IntakeService service = new IntakeService(intake, Path.of("routes"));
            service.start();
            try {
                // A network copy in progress: the first letter, a pause, then the second, under the final name.
                Path arriving = intake.workspace().inbox().resolve("slow-copy.txt");
                try (OutputStream out = Files.newOutputStream(arriving)) {
                    byte[] first = letter.substring(0, half).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < first.length; i += 512) {
                        out.write(first, i, Math.min(512, first.length - i));
                        out.flush();
                        Thread.sleep(100);
                    }
                    Thread.sleep(1000);
                    out.write(letter.substring(half).getBytes(StandardCharsets.UTF_8));
                }
                Folders.await(30, "the copy is recorded", () -> Folders.isEmpty(intake.workspace().inbox()));
                Folders.await(10, "both letters recorded", () -> size(intake) == 2);
                assertTrue(intake.store().all().stream().anyMatch(r -> r.refNo() != null && r.refNo().text().equals("มท 0810.7/ว 5955")));
            } finally {
                service.stop();
            }
        }
    }

    @Test
    void fiveHundredFilesDroppedAtOnceAreEachRecordedOnce() throws Exception {
        String letter = Files.readString(Folders.letter("mae-hong-son-community-data.txt", root.resolve("letter.txt")));
        Path staging = Files.createDirectories(root.resolve("staging"));
        for (int i = 0; i < 500; i++) {
            // 500 different circulars: each its own reference numbers, so none is a rescan of another.
            String numbered = letter.replace("ว ๙๐๙๖", "ว " + (10000 + i)).replace("ว ๓๙๙", "ว " + (20000 + i));
            Files.writeString(staging.resolve("scan-" + i + ".txt"), numbered, StandardCharsets.UTF_8);
        }
        try (Intake intake = new Intake(settings(200))) {
            IntakeService service = new IntakeService(intake, Path.of("routes"));
            service.start();
            try {
                for (Path file : Folders.list(staging)) {
                    Files.move(file, intake.workspace().inbox().resolve(file.getFileName()));
                }
                Folders.await(240, "inbox emptied", () -> Folders.isEmpty(intake.workspace().inbox()));
                Folders.await(10, "every letter recorded", () -> size(intake) == 1000);
                List<DirectiveRecord> records = intake.store().all();
                Set<String> files = new HashSet<>();
                records.forEach(r -> files.add(r.source().file()));
                assertEquals(500, files.size());
                assertEquals(1000, intake.index().size());
                assertEquals(500, Files.readAllLines(intake.workspace().state().resolve("processed-sha256.txt")).size());
                assertEquals(500, Folders.count(intake.workspace().archive(), ".txt"));
                assertTrue(Folders.list(intake.workspace().errors()).isEmpty());
            } finally {
                service.stop();
            }
        }
    }

    @Test
    void recordsThatCannotBeWrittenForAWhileAreRetriedNotDropped() throws Exception {
        try (Intake intake = new Intake(settings(200))) {
            IntakeService service = new IntakeService(intake, Path.of("routes"));
            service.start();
            try {
                // The records folder becomes unwritable (a file in its place), as on a full or failing disk.
                Path records = intake.workspace().records();
                Path aside = root.resolve("records-aside");
                Files.move(records, aside);
                Files.writeString(records, "not a folder");
                Folders.dropInto(intake.workspace().inbox(), Folders.letter("krabi-transferred-missions.txt", root.resolve("krabi.txt")));
                Thread.sleep(2500); // the first attempts fail
                assertTrue(Folders.list(intake.workspace().errors()).isEmpty(), "not given up yet");
                Files.delete(records);
                Files.move(aside, records);
                Folders.await(60, "recorded after the disk recovers", () -> Folders.isEmpty(intake.workspace().inbox()) && size(intake) > 0);
                assertTrue(Folders.list(intake.workspace().errors()).isEmpty());
                assertEquals(size(intake), intake.index().size());
            } finally {
                service.stop();
            }
        }
    }

    private static int size(Intake intake) {
        try {
            return intake.store().all().size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
