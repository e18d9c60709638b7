package org.saraban.intake.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.TessAPI1;

/**
 * One initialized Tesseract engine. The model is loaded once and reused for every page, unlike
 * {@code Tesseract.doOCR}, which loads it again per call. Not thread-safe: one thread at a time.
 */
final class TesseractEngine implements AutoCloseable {
    private final TessBaseAPI handle;

    TesseractEngine(OcrSettings settings) throws OcrException {
        handle = TessAPI1.TessBaseAPICreate();
        int rc = TessAPI1.TessBaseAPIInit2(handle, settings.tessdataDir().toString(),
                settings.languages(), TessOcrEngineMode.OEM_LSTM_ONLY);
        if (rc != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            throw new OcrException("Tesseract could not load '" + settings.languages() + "' from "
                    + settings.tessdataDir(), null);
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, settings.pageSegMode());
        // Keep the spaces the letter has: Thai separates phrases, not words, with spaces.
        TessAPI1.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
    }

    /** Text of the image and the mean word confidence (0..100). */
    Result read(BufferedImage image, int dpi) {
        BufferedImage gray = toGray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        TessAPI1.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        TessAPI1.TessBaseAPISetSourceResolution(handle, dpi);
        Pointer textPointer = TessAPI1.TessBaseAPIGetUTF8Text(handle);
        try {
            String text = textPointer == null ? "" : textPointer.getString(0, StandardCharsets.UTF_8.name());
            int confidence = TessAPI1.TessBaseAPIMeanTextConf(handle);
            return new Result(text, confidence);
        } finally {
            if (textPointer != null) {
                TessAPI1.TessDeleteText(textPointer);
            }
            TessAPI1.TessBaseAPIClear(handle);
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
        TessAPI1.TessBaseAPIEnd(handle);
        TessAPI1.TessBaseAPIDelete(handle);
    }

    record Result(String text, int confidence) {}
}
