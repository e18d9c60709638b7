package org.saraban.intake.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes scanned pages as a scanner would: an image-only PDF (JPEG pages, or lossless 1-bit for
 * black-and-white), a multi-page TIFF (CCITT group 4 for black-and-white, else Deflate), or one
 * JPEG or PNG page. Stateless and thread-safe.
 */
final class ScanWriter {
    /** File formats a scan can have. */
    enum Format {
        PDF("pdf"), TIFF("tif"), JPEG("jpg"), PNG("png");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        boolean multiPage() {
            return this == PDF || this == TIFF;
        }
    }

    void write(List<BufferedImage> pages, Format format, float jpegQuality, Path file) throws IOException {
        if (!format.multiPage() && pages.size() != 1) {
            throw new IllegalArgumentException(format + " holds one page, not " + pages.size());
        }
        switch (format) {
            case PDF -> pdf(pages, jpegQuality, file);
            case TIFF -> tiff(pages, file);
            case JPEG -> jpeg(pages.get(0), jpegQuality, file);
            case PNG -> {
                if (!ImageIO.write(pages.get(0), "png", file.toFile())) {
                    throw new IOException("no PNG writer");
                }
            }
        }
    }

    private static void pdf(List<BufferedImage> pages, float quality, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = image.getType() == BufferedImage.TYPE_BYTE_BINARY
                        ? LosslessFactory.createFromImage(doc, image)
                        : JPEGFactory.createFromImage(doc, image, quality);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            // A fixed document id, so the same pages always make the same bytes (PDFBox would use the time).
            COSArray id = new COSArray();
            byte[] name = file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
            id.add(new COSString(name));
            id.add(new COSString(name));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            doc.save(file.toFile());
        }
    }

    private static void tiff(List<BufferedImage> pages, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (OutputStream os = Files.newOutputStream(file); ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                param.setCompressionType(page.getType() == BufferedImage.TYPE_BYTE_BINARY ? "CCITT T.6" : "Deflate");
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static void jpeg(BufferedImage page, float quality, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (OutputStream os = Files.newOutputStream(file); ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(page, null, null), param);
        } finally {
            writer.dispose();
        }
    }

}
