package org.saraban.intake.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
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
 * Finds all QR codes on a page. The page is searched once, at about 150 dpi: there ZXing's finder
 * copes better with large codes and scan noise than at 300 dpi, and one search costs half of the two
 * (300 and 150 dpi) made before: 30 against 52 ms CPU a page in {@code saraban bench pipeline}'s stage
 * profile, with every code of the evaluation sets still found ({@code saraban eval}, docs/accuracy.md).
 * Stateless and thread-safe.
 */
public final class QrCodeScanner {
    private static final Map<DecodeHintType, Object> HINTS = hints();
    /** Width of an A4 page at 150 dpi; pages much wider are scaled down to it before the search. */
    private static final int SEARCH_WIDTH = 1240;

    public List<QrCode> scan(BufferedImage page, int pageNumber) {
        int across = Math.min(page.getWidth(), page.getHeight());
        BufferedImage searched = across > SEARCH_WIDTH * 4 / 3 ? scaled(page, (double) SEARCH_WIDTH / across) : page;
        Set<String> payloads = new LinkedHashSet<>(decodeAll(searched));
        List<QrCode> codes = new ArrayList<>();
        for (String payload : payloads) {
            codes.add(new QrCode(payload, pageNumber, null));
        }
        return codes;
    }

    private static List<String> decodeAll(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
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

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = (int) (image.getWidth() * factor);
        int h = (int) (image.getHeight() * factor);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var g = small.createGraphics();
        // Bilinear is ten times cheaper than area averaging (measured ~20 vs ~200 ms a page) and
        // keeps the finder patterns just as well.
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return small;
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        return Map.copyOf(hints);
    }
}
