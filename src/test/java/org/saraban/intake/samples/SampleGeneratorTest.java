package org.saraban.intake.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.ingest.LoadLimits;
import org.saraban.intake.ingest.ScanLoader;
import org.saraban.intake.ingest.ScanPage;
import org.saraban.intake.qr.QrCodeScanner;

class SampleGeneratorTest {
    private final SampleGenerator generator = new SampleGenerator(new ThaiFonts(ThaiFonts.DEBIAN_TLWG), true);
    private final ObjectMapper mapper = DirectiveJson.newMapper();

    @Test
    void truthFollowsTheRecordSchema(@TempDir Path dir) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:schema/directive-record.schema.json"));
        Path scan = generator.generate(3, 2, "02", dir).scan();
        JsonNode truth = mapper.readTree(SampleTruth.recordsFile(scan).toFile());
        assertEquals(2, truth.size(), "a bundle holds the cover letter and the letter it forwards");
        for (JsonNode record : truth) {
            Set<ValidationMessage> errors = schema.validate(record);
            assertTrue(errors.isEmpty(), errors::toString);
        }
    }

    @Test
    void qrCodesInTheTruthDecodeFromTheScannedFile(@TempDir Path dir) throws Exception {
        // Bundles of this seed until one prints QR codes (two of three department letters do).
        List<QrCode> expected = new ArrayList<>();
        Path scan = null;
        for (int index = 2; expected.isEmpty() && index < 40; index += 6) {
            scan = generator.generate(11, index, "s" + index, dir).scan();
            for (SampleTruth.Letter letter : new SampleTruth().read(scan).orElseThrow().letters()) {
                expected.addAll(letter.record().qrCodes());
            }
        }
        assertFalse(expected.isEmpty());
        List<ScanPage> pages = new ArrayList<>();
        new ScanLoader(new LoadLimits(100_000_000, 50, 40_000_000)).load(scan, pages::add);
        QrCodeScanner scanner = new QrCodeScanner();
        Set<String> found = new HashSet<>();
        for (ScanPage page : pages) {
            scanner.scan(page.image(), page.number()).forEach(q -> found.add(q.page() + " " + q.payload()));
        }
        for (QrCode code : expected) {
            assertTrue(found.contains(code.page() + " " + code.payload()), "not found: " + code + " in " + found);
        }
    }

    @Test
    void departmentLettersAreReceivedAtTheCityHall(@TempDir Path dir) throws Exception {
        // Samples 1, 7, 13, … are a department's letter alone, which reaches the province's city hall.
        int stamped = 0;
        for (int index = 1; index < 40 && stamped == 0; index += 6) {
            Path scan = generator.generate(5, index, "e" + index, dir).scan();
            DirectiveRecord letter = new SampleTruth().read(scan).orElseThrow().letters().get(0).record();
            // Departments sit in Bangkok (addresses say กทม. or กรุงเทพฯ) or in Nonthaburi.
            assertTrue(Set.of("กรุงเทพมหานคร", "นนทบุรี").contains(letter.issuer().province()), letter.issuer().toString());
            for (DirectiveRecord.ReceivedStamp stamp : letter.receivedStamps()) {
                assertTrue(stamp.office().startsWith("ศาลากลางจังหวัด"), stamp.office());
                stamped++;
            }
        }
        assertTrue(stamped > 0, "no department letter was stamped");
    }

    @Test
    void truthPagesMatchTheScan(@TempDir Path dir) throws Exception {
        Path scan = generator.generate(5, 1, "01", dir).scan();
        SampleTruth.Sample truth = new SampleTruth().read(scan).orElseThrow();
        List<ScanPage> pages = new ArrayList<>();
        new ScanLoader(new LoadLimits(100_000_000, 50, 40_000_000)).load(scan, pages::add);
        assertEquals(pages.size(), truth.pageTexts().size());
        DirectiveRecord letter = truth.letters().get(0).record();
        assertEquals(pages.size(), letter.source().pages().size());
        // The printed number and date are on the first page's text.
        assertTrue(truth.pageTexts().get(0).contains(letter.refNo().raw()), truth.pageTexts().get(0));
        assertTrue(truth.pageTexts().get(0).contains(letter.dateRaw()), truth.pageTexts().get(0));
    }

    @Test
    void sameSeedMakesTheSameFiles(@TempDir Path dir) throws Exception {
        Path a = generator.generate(9, 3, "a", Files.createDirectories(dir.resolve("a"))).scan();
        Path b = generator.generate(9, 3, "a", Files.createDirectories(dir.resolve("b"))).scan();
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(SampleTruth.recordsFile(a)), Files.readAllBytes(SampleTruth.recordsFile(b)));
    }

    @Test
    void heldOutWordingIsUsedOnlyWhenAskedFor() {
        LetterComposer open = new LetterComposer(new java.util.SplittableRandom(21), false);
        LetterComposer all = new LetterComposer(new java.util.SplittableRandom(21), true);
        boolean heldOutSeen = false;
        for (int i = 0; i < 200; i++) {
            assertFalse(open.topic().heldOut());
            assertFalse(open.frame().heldOut());
            heldOutSeen |= all.topic().heldOut() || all.frame().heldOut();
        }
        assertTrue(heldOutSeen);
    }
}
