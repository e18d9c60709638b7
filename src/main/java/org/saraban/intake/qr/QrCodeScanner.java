package org.saraban.intake.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saraban.intake.directive.DirectiveRecord.QrCode;

/**
 * Finds all QR codes on a page. The page is searched once, at about 150 dpi (shrunk by a whole
 * factor: 300 dpi by two, 600 by four; 200 dpi as it is): there ZXing's finder copes better with
 * large codes and scan noise than at 300 dpi, and one search costs a fraction of the two (300 and
 * 150 dpi) made at first, with every code of the evaluation sets still found ({@code saraban eval},
 * docs/accuracy.md).
 * Stateless and thread-safe.
 */
public final class QrCodeScanner {
    private static final Map<DecodeHintType, Object> HINTS = hints();
    /** Width of an A4 page at 150 dpi; a page is shrunk by the whole factor that brings it nearest to it. */
    private static final int SEARCH_WIDTH = 1240;

    public List<QrCode> scan(BufferedImage page, int pageNumber) {
        int factor = (int) Math.round((double) Math.min(page.getWidth(), page.getHeight()) / SEARCH_WIDTH);
        LuminanceSource grey = new BufferedImageLuminanceSource(greyOf(page));
        LuminanceSource source = factor > 1 ? sampled(grey, factor) : grey;
        Set<String> payloads = new LinkedHashSet<>(decodeAll(source));
        List<QrCode> codes = new ArrayList<>();
        for (String payload : payloads) {
            codes.add(new QrCode(payload, pageNumber, null));
        }
        return codes;
    }

    private static List<String> decodeAll(LuminanceSource source) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(source));
        try {
            List<String> payloads = new ArrayList<>();
            for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)) {
                payloads.add(result.getText());
            }
            return payloads;
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /**
     * A colour or 1-bit page as grey pixels: Java2D's copy is several times faster than the pixel by
     * pixel conversion {@link BufferedImageLuminanceSource} makes of them.
     */
    private static BufferedImage greyOf(BufferedImage page) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return page;
        }
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return grey;
    }

    /**
     * Every {@code factor}-th pixel of every {@code factor}-th row. Java2D's bilinear scaling took most
     * of a page's search; sampling cut the search from 25.9 to 8.8 ms a page
     * ({@code scripts/jmh.sh PageStagesBenchmark.findQrCodes}, docs/performance.md) and found the same
     * codes.
     */
    private static LuminanceSource sampled(LuminanceSource source, int factor) {
        int width = source.getWidth();
        int smallWidth = width / factor;
        int smallHeight = source.getHeight() / factor;
        byte[] full = source.getMatrix();
        byte[] small = new byte[smallWidth * smallHeight];
        for (int y = 0; y < smallHeight; y++) {
            int row = y * factor * width;
            int out = y * smallWidth;
            for (int x = 0; x < smallWidth; x++) {
                small[out + x] = full[row + x * factor];
            }
        }
        // a plain grey image: the luminance plane of a YUV frame, without chroma
        return new PlanarYUVLuminanceSource(small, smallWidth, smallHeight, 0, 0, smallWidth, smallHeight, false);
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        return Map.copyOf(hints);
    }
}
