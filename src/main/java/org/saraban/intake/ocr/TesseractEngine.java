package org.saraban.intake.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * One initialized Tesseract engine. The model is loaded once and reused for every page, unlike
 * {@code Tesseract.doOCR}, which loads it again per call. Not thread-safe: one thread at a time.
 */
final class TesseractEngine implements AutoCloseable {
    // The interface mapping binds functions on first call, so a libtesseract older than Tess4J's
    // headers (Debian 12 ships 5.3) still works for the functions used here.
    private static final TessAPI API = TessAPI.INSTANCE;
    private final TessBaseAPI handle;
    /** Native copy of the page handed to Tesseract, kept between pages (one page is ~9 MB at 300 dpi). */
    private ByteBuffer pixelBuffer = ByteBuffer.allocateDirect(0);
    /** The page's grey pixels as Tesseract gets them; the caller's image is never changed. */
    private byte[] scratch = new byte[0];
    private final DotLeaderEraser dotLeaders = new DotLeaderEraser();
    private final SealEraser seals = new SealEraser();
    private final SealRings sealRings = new SealRings();

    TesseractEngine(OcrSettings settings) throws OcrException {
        handle = API.TessBaseAPICreate();
        int rc = API.TessBaseAPIInit2(handle, settings.tessdataDir().toString(),
                settings.languages(), TessOcrEngineMode.OEM_LSTM_ONLY);
        if (rc != 0) {
            API.TessBaseAPIDelete(handle);
            throw new OcrException("Tesseract could not load '" + settings.languages() + "' from "
                    + settings.tessdataDir(), null);
        }
        API.TessBaseAPISetPageSegMode(handle, settings.pageSegMode());
        // Keep the spaces the letter has: Thai separates phrases, not words, with spaces.
        API.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
    }

    /** Text of the image and the mean word confidence (0..100). */
    Result read(BufferedImage image, int dpi) {
        BufferedImage gray = toGray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (scratch.length < pixels.length) {
            scratch = new byte[pixels.length];
        }
        System.arraycopy(pixels, 0, scratch, 0, pixels.length);
        dotLeaders.erase(scratch, gray.getWidth(), gray.getHeight(), dpi);
        seals.erase(scratch, gray.getWidth(), gray.getHeight(), dpi);
        sealRings.erase(scratch, gray.getWidth(), gray.getHeight(), dpi);
        if (pixelBuffer.capacity() < pixels.length) {
            pixelBuffer = ByteBuffer.allocateDirect(pixels.length);
        }
        pixelBuffer.clear();
        pixelBuffer.put(scratch, 0, pixels.length).flip();
        API.TessBaseAPISetImage(handle, pixelBuffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        API.TessBaseAPISetSourceResolution(handle, dpi);
        Pointer textPointer = API.TessBaseAPIGetUTF8Text(handle);
        try {
            String text = textPointer == null ? "" : textPointer.getString(0, StandardCharsets.UTF_8.name());
            int confidence = API.TessBaseAPIMeanTextConf(handle);
            return new Result(text, confidence);
        } finally {
            if (textPointer != null) {
                API.TessDeleteText(textPointer);
            }
            API.TessBaseAPIClear(handle);
        }
    }

    private static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getSampleModel().getWidth() == image.getWidth()
                && image.getRaster().getNumDataElements() == 1
                && ((DataBufferByte) image.getRaster().getDataBuffer()).getData().length
                        == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = gray.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }

    record Result(String text, int confidence) {}
}
