package org.saraban.intake.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * Page images of a letter for the web page, drawn from the original scan in the archive
 * ({@code archive/<sha256>/<file>}) at screen resolution. Only the pages of that letter are
 * served. Thread-safe.
 */
final class ScanPages {
    /** Screen resolution: an A4 page about 830 pixels wide. */
    private static final int DPI = 100;
    private static final int MAX_WIDTH = 1200;

    private final Path archive;

    ScanPages(Path archive) {
        this.archive = archive == null ? null : archive.toAbsolutePath().normalize();
    }

    /** Page {@code page} (1-based, of the whole file) as PNG; empty if it is not this letter's or the scan is gone. */
    Optional<byte[]> png(DirectiveRecord record, int page) throws IOException {
        if (archive == null || record.source() == null || !record.source().pages().contains(page)
                || record.source().sha256() == null || !record.source().sha256().matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path file = archive.resolve(record.source().sha256()).resolve(record.source().file()).normalize();
        if (!file.startsWith(archive.resolve(record.source().sha256())) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        BufferedImage image = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? pdfPage(file, page) : imagePage(file, page);
        if (image == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(fit(image), "png", out);
        return Optional.of(out.toByteArray());
    }

    private static BufferedImage pdfPage(Path file, int page) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (page > pdf.getNumberOfPages()) {
                return null;
            }
            return new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
        }
    }

    private static BufferedImage imagePage(Path file, int page) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (page > reader.getNumImages(true)) {
                    return null;
                }
                return reader.read(page - 1);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage fit(BufferedImage image) {
        if (image.getWidth() <= MAX_WIDTH) {
            return image;
        }
        int height = (int) Math.round(image.getHeight() * (MAX_WIDTH / (double) image.getWidth()));
        BufferedImage small = new BufferedImage(MAX_WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, MAX_WIDTH, height, null);
        g.dispose();
        return small;
    }
}
