package org.saraban.intake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.testing.LetterImages;
import org.saraban.intake.testing.TextPdfs;

class ScanLoaderTest {
    @TempDir Path dir;
    private final ScanLoader loader = new ScanLoader(LoadLimits.defaults());

    private List<ScanPage> load(Path file) throws Exception {
        List<ScanPage> pages = new ArrayList<>();
        loader.load(file, pages::add);
        return pages;
    }

    @Test
    void pdfWithRealTextLayerSkipsRendering() throws Exception {
        Path pdf = TextPdfs.write(dir.resolve("text.pdf"), List.of("เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน"));
        List<ScanPage> pages = load(pdf);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).hasTextLayer());
        assertNull(pages.get(0).image());
        assertTrue(pages.get(0).textLayer().contains("ข้อมูล"), pages.get(0).textLayer());
    }

    @Test
    void imageOnlyPdfIsRenderedAt300Dpi() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        BufferedImage scan = LetterImages.page(List.of("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕"), 100);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(pdf.toFile());
        }
        List<ScanPage> pages = load(pdf);
        assertEquals(List.of(1, 2), pages.stream().map(ScanPage::number).toList());
        BufferedImage rendered = pages.get(0).image();
        assertNotNull(rendered);
        assertEquals(2480, rendered.getWidth(), 2); // 8.27 in × 300 dpi
    }

    @Test
    void readsEveryPageOfMultiPageTiff() throws Exception {
        Path tiff = dir.resolve("bundle.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("TIFF").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 3; i++) {
                writer.writeToSequence(new IIOImage(LetterImages.page(List.of("หน้า " + i), 72), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        assertEquals(List.of(1, 2, 3), load(tiff).stream().map(ScanPage::number).toList());
    }

    @Test
    void textFileSplitsPagesAtFormFeed() throws Exception {
        Path txt = dir.resolve("bundle.txt");
        Files.writeString(txt, "หน้าแรก\fหน้าสอง", StandardCharsets.UTF_8);
        List<ScanPage> pages = load(txt);
        assertEquals(2, pages.size());
        assertEquals("หน้าสอง", pages.get(1).textLayer());
    }

    @Test
    void detectsFormatByContentNotName() throws Exception {
        Path jpegNamedPdf = dir.resolve("photo.pdf");
        ImageIO.write(LetterImages.page(List.of("ทดสอบ"), 72), "jpeg", jpegNamedPdf.toFile());
        assertEquals(ScanFormat.JPEG, ScanFormat.of(jpegNamedPdf));
        assertEquals(1, load(jpegNamedPdf).size());
    }

    @Test
    void refusesEmptyUnknownAndDamagedFilesWithAReason() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertEquals("empty file (0 bytes)", assertThrows(UnreadableScanException.class, () -> load(empty)).getMessage());

        Path doc = Files.writeString(dir.resolve("notes.docx"), "PK not a scan");
        assertTrue(assertThrows(UnreadableScanException.class, () -> load(doc)).getMessage().contains("not a PDF"));

        Path truncated = Files.write(dir.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
        assertTrue(assertThrows(UnreadableScanException.class, () -> load(truncated)).getMessage().startsWith("PDF is damaged"));
    }

    @Test
    void refusesImageThatDeclaresTooManyPixelsBeforeDecodingIt() throws Exception {
        Path png = dir.resolve("big.png");
        ImageIO.write(new BufferedImage(2000, 1000, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        ScanLoader strict = new ScanLoader(new LoadLimits(1 << 30, 10, 1_000_000));
        UnreadableScanException e = assertThrows(UnreadableScanException.class, () -> strict.load(png, p -> {}));
        assertTrue(e.getMessage().contains("2000000 pixels"), e.getMessage());
    }
}
