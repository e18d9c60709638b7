package org.saraban.intake.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a scan page by page. Stateless and thread-safe; each call opens its own file.
 */
public final class ScanLoader {
    /** Rendering resolution for image-only PDF pages, the usual resolution for OCR. */
    public static final int RENDER_DPI = 300;
    /** A page whose text layer has fewer letters than this is treated as image-only (scanner noise). */
    private static final int MIN_TEXT_LAYER_LETTERS = 20;

    private final LoadLimits limits;

    public ScanLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** Passes each page of {@code file} to {@code sink} in order, and returns the format read. */
    public ScanFormat load(Path file, PageSink sink) throws Exception {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new UnreadableScanException(
                    "file is " + size + " bytes, over the limit of " + limits.maxFileBytes());
        }
        ScanFormat format = ScanFormat.of(file);
        switch (format) {
            case PDF -> loadPdf(file, sink);
            case TEXT -> loadText(file, sink);
            default -> loadImages(file, format, sink);
        }
        return format;
    }

    private void loadText(Path file, PageSink sink) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // A form feed separates pages, as pdftotext writes them.
        String[] pages = text.split("\f");
        for (int i = 0; i < pages.length; i++) {
            sink.accept(new ScanPage(i + 1, null, pages[i]));
        }
    }

    private void loadPdf(Path file, PageSink sink) throws Exception {
        try (PDDocument doc = openPdf(file)) {
            int count = doc.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableScanException("PDF has no pages");
            }
            if (count > limits.maxPages()) {
                throw new UnreadableScanException(
                        "PDF has " + count + " pages, over the limit of " + limits.maxPages());
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < count; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(doc);
                if (letters(text) >= MIN_TEXT_LAYER_LETTERS) {
                    sink.accept(new ScanPage(i + 1, null, text));
                    continue;
                }
                PDPage page = doc.getPage(i);
                checkPixels(page.getMediaBox(), i + 1);
                Optional<BufferedImage> scanned = FullPageScanImage.of(page, RENDER_DPI);
                BufferedImage image = scanned.isPresent()
                        ? scanned.get()
                        : renderer.renderImageWithDPI(i, RENDER_DPI, ImageType.GRAY);
                sink.accept(new ScanPage(i + 1, image, null));
            }
        }
    }

    private PDDocument openPdf(Path file) throws IOException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new UnreadableScanException("PDF is encrypted with a password", e);
        } catch (IOException e) {
            throw new UnreadableScanException("PDF is damaged: " + e.getMessage(), e);
        }
    }

    private void checkPixels(PDRectangle box, int page) throws UnreadableScanException {
        double pixels = (box.getWidth() / 72.0 * RENDER_DPI) * (box.getHeight() / 72.0 * RENDER_DPI);
        if (pixels > limits.maxPixelsPerPage()) {
            throw new UnreadableScanException("page " + page + " would render to "
                    + (long) pixels + " pixels, over the limit of " + limits.maxPixelsPerPage());
        }
    }

    private void loadImages(Path file, ScanFormat format, PageSink sink) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableScanException("no image reader for this " + format + " file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int count = reader.getNumImages(true);
                if (count > limits.maxPages()) {
                    throw new UnreadableScanException(
                            "image has " + count + " pages, over the limit of " + limits.maxPages());
                }
                for (int i = 0; i < count; i++) {
                    // Read the declared size before decoding, so a decompression bomb is refused unread.
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > limits.maxPixelsPerPage()) {
                        throw new UnreadableScanException("page " + (i + 1) + " declares " + pixels
                                + " pixels, over the limit of " + limits.maxPixelsPerPage());
                    }
                    BufferedImage image;
                    try {
                        image = reader.read(i);
                    } catch (IOException | RuntimeException e) {
                        throw new UnreadableScanException(
                                "page " + (i + 1) + " of the " + format + " file is damaged: " + e.getMessage(), e);
                    }
                    sink.accept(new ScanPage(i + 1, image, null));
                }
            } catch (IOException e) {
                if (e instanceof UnreadableScanException) {
                    throw e;
                }
                throw new UnreadableScanException(format + " file is damaged: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
