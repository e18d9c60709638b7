package org.saraban.intake.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The pixels of a scanner's PDF page taken as they are, without rendering. Scanners write each page
 * as one grey image drawn over the whole page and nothing else; when the image is already at the
 * rendering resolution, rendering would only copy it through an RGB intermediate (measured: 105 ms
 * CPU a page at 300 dpi, against ~25 ms to inflate the samples). Any page that is not exactly that
 * shape (other marks, a rotation, a mask, colour, another resolution) is left to the renderer.
 * Stateless.
 */
final class FullPageScanImage {
    /** How far the image's resolution may be from the rendering resolution: rendering would be a copy. */
    private static final double RESOLUTION_TOLERANCE = 0.02;
    /** The most operands any operator of a bare scanned page takes (cm: six numbers). */
    private static final int MAX_OPERANDS = 6;
    private static final Set<COSName> SAMPLE_FILTERS =
            Set.of(COSName.FLATE_DECODE, COSName.DCT_DECODE, COSName.LZW_DECODE);

    private FullPageScanImage() {}

    /**
     * The page's image as 8-bit grey when the page is a bare scan at {@code dpi}, else empty. A page
     * that cannot be parsed here is also left to the renderer, which copes with more damage.
     */
    static Optional<BufferedImage> of(PDPage page, int dpi) {
        try {
            return bareScan(page, dpi);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<BufferedImage> bareScan(PDPage page, int dpi) throws IOException {
        PDRectangle box = page.getCropBox();
        if (page.getRotation() % 360 != 0 || !sameBox(box, page.getMediaBox())) {
            return Optional.empty();
        }
        Optional<PDImageXObject> drawn = soleImageDrawnOver(page, box);
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        PDImageXObject image = drawn.get();
        // Both ways: an image squeezed onto the page would hide its true pixel count.
        double dpiAcross = image.getWidth() / (box.getWidth() / 72.0);
        double dpiDown = image.getHeight() / (box.getHeight() / 72.0);
        if (Math.abs(dpiAcross - dpi) > dpi * RESOLUTION_TOLERANCE
                || Math.abs(dpiDown - dpi) > dpi * RESOLUTION_TOLERANCE || !plainGrey(image)) {
            return Optional.empty();
        }
        return Optional.ofNullable(greySamples(image));
    }

    private static boolean plainGrey(PDImageXObject image) throws IOException {
        List<COSName> filters = image.getStream().getFilters();
        return !image.isStencil()
                && image.getBitsPerComponent() == 8
                && image.getColorSpace() instanceof PDDeviceGray
                && image.getDecode() == null
                && image.getCOSObject().getDictionaryObject(COSName.SMASK) == null
                && image.getCOSObject().getDictionaryObject(COSName.MASK) == null
                && SAMPLE_FILTERS.containsAll(filters);
    }

    /**
     * One byte a pixel, row by row, from the decoded stream, in the grey the renderer would have
     * drawn (Java's grey images are linear, PDF's DeviceGray is not); null if the stream is short.
     */
    private static BufferedImage greySamples(PDImageXObject image) throws IOException {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        try (InputStream in = image.createInputStream()) {
            if (in.readNBytes(pixels, 0, pixels.length) != pixels.length) {
                return null;
            }
        }
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = RENDERED_GREY[pixels[i] & 0xFF];
        }
        return grey;
    }

    /** What Java2D makes of each DeviceGray level when it draws it into a grey image. */
    private static final byte[] RENDERED_GREY = renderedGrey();

    private static byte[] renderedGrey() {
        BufferedImage ramp = new BufferedImage(256, 1, BufferedImage.TYPE_INT_RGB);
        for (int v = 0; v < 256; v++) {
            ramp.setRGB(v, 0, v << 16 | v << 8 | v);
        }
        BufferedImage grey = new BufferedImage(256, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.createGraphics().drawImage(ramp, 0, 0, null);
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData().clone();
    }

    /**
     * The one image the content stream draws, if it draws nothing else and covers the box upright.
     * The stream is read token by token and left at the first mark that is not a bare scan's, so a
     * page with a long drawing costs no more than its first few operators here.
     */
    private static Optional<PDImageXObject> soleImageDrawnOver(PDPage page, PDRectangle box) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return Optional.empty();
        }
        Deque<Matrix> saved = new ArrayDeque<>();
        Matrix ctm = new Matrix();
        Matrix placed = null;
        PDImageXObject image = null;
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                if (operands.size() == MAX_OPERANDS) {
                    return Optional.empty();
                }
                operands.add(token);
                continue;
            }
            switch (op.getName()) {
                case "q" -> saved.push(ctm.clone());
                case "Q" -> ctm = saved.isEmpty() ? ctm : saved.pop();
                case "cm" -> {
                    Matrix m = matrixOf(operands);
                    if (m == null) {
                        return Optional.empty();
                    }
                    ctm = m.multiply(ctm);
                }
                case "Do" -> {
                    if (image != null || operands.size() != 1 || !(operands.get(0) instanceof COSName name)
                            || !(resources.getXObject(name) instanceof PDImageXObject drawn)) {
                        return Optional.empty();
                    }
                    image = drawn;
                    placed = ctm.clone();
                }
                default -> {
                    return Optional.empty(); // text, paths, colours: more than a bare scan
                }
            }
            operands.clear();
        }
        return image != null && covers(placed, box) ? Optional.of(image) : Optional.empty();
    }

    /** The six numbers of a {@code cm} operator. */
    private static Matrix matrixOf(List<Object> operands) {
        if (operands.size() != 6) {
            return null;
        }
        float[] v = new float[6];
        for (int k = 0; k < 6; k++) {
            if (!(operands.get(k) instanceof COSNumber n)) {
                return null;
            }
            v[k] = n.floatValue();
        }
        return new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** The unit square maps onto the box, unflipped and unrotated (within a point). */
    private static boolean covers(Matrix m, PDRectangle box) {
        return m.getShearX() == 0 && m.getShearY() == 0
                && Math.abs(m.getScaleX() - box.getWidth()) < 1 && Math.abs(m.getScaleY() - box.getHeight()) < 1
                && Math.abs(m.getTranslateX() - box.getLowerLeftX()) < 1
                && Math.abs(m.getTranslateY() - box.getLowerLeftY()) < 1;
    }

    private static boolean sameBox(PDRectangle a, PDRectangle b) {
        return Math.abs(a.getLowerLeftX() - b.getLowerLeftX()) < 1 && Math.abs(a.getLowerLeftY() - b.getLowerLeftY()) < 1
                && Math.abs(a.getWidth() - b.getWidth()) < 1 && Math.abs(a.getHeight() - b.getHeight()) < 1;
    }

}
