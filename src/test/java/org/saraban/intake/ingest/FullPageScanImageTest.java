package org.saraban.intake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.saraban.intake.testing.LetterImages;

class FullPageScanImageTest {
    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();

    /** What a scanner writes: one grey image over the whole page, nothing else. */
    @Test
    void bareGreyScanAt300DpiGivesThePixelsTheRendererWould() throws Exception {
        BufferedImage scan = a4("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", 300);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = pageWith(doc, LosslessFactory.createFromImage(doc, scan), 0, 0, W, H);
            Optional<BufferedImage> taken = FullPageScanImage.of(page, 300);
            assertTrue(taken.isPresent());
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, taken.get().getType());
            byte[] rendered = greyBytes(new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY));
            byte[] copied = greyBytes(taken.get());
            // The renderer rounds A4's 3507.9 rows down; the scan has 3508.
            assertEquals(scan.getWidth(), taken.get().getWidth());
            assertTrue(Math.abs(rendered.length - copied.length) <= scan.getWidth());
            int worst = 0;
            for (int i = 0; i < Math.min(copied.length, rendered.length); i++) {
                worst = Math.max(worst, Math.abs((rendered[i] & 0xFF) - (copied[i] & 0xFF)));
            }
            assertTrue(worst <= 1, "largest difference from the rendered page: " + worst);
        }
    }

    @Test
    void greyJpegScanIsTakenToo() throws Exception {
        BufferedImage scan = a4("ภายในวันที่ ๕ ของทุกเดือน", 300);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = pageWith(doc, JPEGFactory.createFromImage(doc, scan, 0.9f), 0, 0, W, H);
            Optional<BufferedImage> taken = FullPageScanImage.of(page, 300);
            assertTrue(taken.isPresent());
            assertEquals(scan.getWidth(), taken.get().getWidth());
        }
    }

    /** Anything a bare copy would get wrong is left to the renderer. */
    @Test
    void leavesEveryOtherPageToTheRenderer() throws Exception {
        BufferedImage at300 = a4("เรื่อง ขอเชิญประชุม", 300);
        BufferedImage at200 = a4("เรื่อง ขอเชิญประชุม", 200);
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject grey = LosslessFactory.createFromImage(doc, at300);
            // another resolution: rendering resamples it to 300 dpi
            assertTrue(FullPageScanImage.of(pageWith(doc, LosslessFactory.createFromImage(doc, at200), 0, 0, W, H), 300).isEmpty());
            // drawn upside down (flipped matrix) or over half the page only
            assertTrue(FullPageScanImage.of(pageWith(doc, grey, 0, H, W, -H), 300).isEmpty());
            assertTrue(FullPageScanImage.of(pageWith(doc, grey, 0, 0, W / 2, H / 2), 300).isEmpty());
            // a page turned by /Rotate
            PDPage rotated = pageWith(doc, grey, 0, 0, W, H);
            rotated.setRotation(90);
            assertTrue(FullPageScanImage.of(rotated, 300).isEmpty());
            // colour
            BufferedImage rgb = new BufferedImage(at300.getWidth(), at300.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(at300, 0, 0, null);
            assertTrue(FullPageScanImage.of(pageWith(doc, LosslessFactory.createFromImage(doc, rgb), 0, 0, W, H), 300).isEmpty());
            // other marks on the page besides the scan
            PDPage marked = new PDPage(PDRectangle.A4);
            doc.addPage(marked);
            try (PDPageContentStream content = new PDPageContentStream(doc, marked)) {
                content.drawImage(grey, 0, 0, W, H);
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 72);
                content.showText("received 12/3");
                content.endText();
            }
            assertTrue(FullPageScanImage.of(marked, 300).isEmpty());
        }
    }

    /** A whole A4 page at {@code dpi}, white, with one line of text at the top. */
    private static BufferedImage a4(String line, int dpi) throws Exception {
        BufferedImage page = new BufferedImage((int) Math.round(W / 72 * dpi), (int) Math.round(H / 72 * dpi),
                BufferedImage.TYPE_BYTE_GRAY);
        var g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(LetterImages.page(List.of(line), dpi), 0, 0, null);
        g.dispose();
        return page;
    }

    private static PDPage pageWith(PDDocument doc, PDImageXObject image, float x, float y, float w, float h)
            throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, x, y, w, h);
        }
        return page;
    }

    private static byte[] greyBytes(BufferedImage image) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }
}
