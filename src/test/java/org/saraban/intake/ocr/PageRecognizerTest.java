package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.samples.SampleGenerator;
import org.saraban.intake.samples.ThaiFonts;
import org.saraban.intake.testing.LetterImages;

class PageRecognizerTest {
    @TempDir Path dir;

    @Test
    void aMemoHeadTheLayoutSkipsIsReadAgain() throws Exception {
        // Sample 9 of seed 101 (a development seed) is a black-and-white 200 dpi memo whose number,
        // date and subject lines Tesseract's page layout skips beside the big bold labels (psm 3,
        // project model; checked when this test was written).
        SampleGenerator.Written memo = new SampleGenerator(new ThaiFonts(ThaiFonts.DEBIAN_TLWG), false)
                .generate(101, 9, "09", dir);
        BufferedImage page = javax.imageio.ImageIO.read(memo.scan().toFile());
        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, "saraban", 3))) {
            String text = recognizer.recognize(1, page, 200).text();
            assertTrue(text.contains("๐๐๒๓.๑/๑๙๒"), text);
            assertTrue(text.indexOf("๐๐๒๓.๑/๑๙๒") < text.indexOf("เรียน ผู้ว่าราชการจังหวัดอุดรธานี"), text);
        }
    }

    @Test
    void marksStackedOnTopOfALineAreReadWithIt() throws Exception {
        // Tesseract's page layout leaves a thanthakhat over sara i, and the tone mark over sara am,
        // out of the line (checked when this test was written: ศักดิสิทธิ, แหล่งนำ).
        BufferedImage page = LetterImages.page(List.of(
                "(นายสมชาย ศักดิ์สิทธิ์)",
                "เรื่อง การสำรวจข้อมูลแหล่งน้ำ"), 300);
        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, "saraban", 3))) {
            String text = recognizer.recognize(1, page, 300).text();
            assertTrue(text.contains("ศักดิ์สิทธิ์"), text);
            assertTrue(text.contains("แหล่งน้ำ"), text);
        }
    }

    @Test
    void aSkewedPageIsTurnedStraightBeforeItIsRead() throws Exception {
        BufferedImage straight = LetterImages.page(List.of(
                "ตามที่ กรมส่งเสริมการปกครองท้องถิ่นได้จัดทำแผนการบริหารจัดการทรัพยากรน้ำ",
                "ในระดับพื้นที่ นั้น กรมส่งเสริมการปกครองท้องถิ่นพิจารณาแล้ว เพื่อให้มีข้อมูล",
                "แหล่งน้ำที่ครบถ้วนสำหรับการวางแผนป้องกันภัยแล้ง จึงขอความร่วมมือจังหวัด"), 200);
        BufferedImage skewed = new BufferedImage(straight.getWidth(), straight.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = skewed.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, skewed.getWidth(), skewed.getHeight());
        g.rotate(Math.toRadians(2.8), straight.getWidth() / 2.0, straight.getHeight() / 2.0);
        g.drawImage(straight, 0, 0, null);
        g.dispose();
        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, "saraban", 3))) {
            String text = recognizer.recognize(1, skewed, 200).text();
            assertTrue(text.contains("ในระดับพื้นที่ นั้น กรมส่งเสริมการปกครองท้องถิ่นพิจารณาแล้ว"), text);
        }
    }

    @Test
    void readsThaiAndLatinWithRealTesseractFromSeveralThreads() throws Exception {
        BufferedImage page = LetterImages.page(List.of(
                "เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน",
                "ระบบข้อมูลกลางขององค์กรปกครองส่วนท้องถิ่น (INFO)"), 300);
        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, "tha+eng", 3))) {
            List<Future<RecognizedPage>> results = List.of(
                    pool.submit(() -> recognizer.recognize(1, page, 300)),
                    pool.submit(() -> recognizer.recognize(2, page, 300)));
            for (Future<RecognizedPage> result : results) {
                RecognizedPage text = result.get();
                assertFalse(text.fromTextLayer());
                assertTrue(text.text().contains("ข้อมูล"), text.text());
                assertTrue(text.text().contains("INFO"), text.text());
                assertTrue(text.meanConfidence() > 0.5, "confidence " + text.meanConfidence());
            }
            assertEquals(2, results.stream().map(r -> {
                try {
                    return r.get().number();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).distinct().count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingModelIsAClearError() throws Exception {
        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, "nosuchmodel", 3))) {
            OcrException e = assertThrows(OcrException.class,
                    () -> recognizer.recognize(1, LetterImages.page(List.of("ทดสอบ"), 100), 100));
            assertTrue(e.getMessage().contains("nosuchmodel"), e.getMessage());
        }
    }

    @Test
    void readsAPageFedUpsideDown() throws Exception {
        BufferedImage page = LetterImages.page(List.of(
                "เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน",
                "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"), 300);
        BufferedImage upsideDown = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = upsideDown.createGraphics();
        g.rotate(Math.PI, page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        Path tessdata = TessdataDirectory.prepare(dir.resolve("tessdata"));
        try (PageRecognizer recognizer = new PageRecognizer(new OcrSettings(tessdata, "saraban", 3))) {
            assertFalse(recognizer.recognize(1, upsideDown, 300).text().contains("ผู้ว่าราชการ"), "read as it lies, it is noise");
            RecognizedPage text = recognizer.recognizeEitherWayUp(1, upsideDown, 300);
            assertTrue(text.text().contains("ผู้ว่าราชการจังหวัด"), text.text());
        }
    }
}
