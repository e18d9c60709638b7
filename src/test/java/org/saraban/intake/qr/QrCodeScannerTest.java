package org.saraban.intake.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saraban.intake.directive.DirectiveRecord.QrCode;

class QrCodeScannerTest {
    @Test
    void findsSeveralCodesOnOnePage() throws Exception {
        BufferedImage page = new BufferedImage(2480, 1200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(qr("https://shorturl.asia/38nc4"), 200, 200, null);
        g.drawImage(qr("https://bit.ly/3dH1XkZ"), 1400, 300, null);
        g.dispose();

        List<QrCode> codes = new QrCodeScanner().scan(page, 3);

        Set<String> payloads = codes.stream().map(QrCode::payload).collect(Collectors.toSet());
        assertEquals(Set.of("https://shorturl.asia/38nc4", "https://bit.ly/3dH1XkZ"), payloads);
        assertTrue(codes.stream().allMatch(c -> c.page() == 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_BINARY})
    void findsASmallCodeOnAnA4PageAt300DpiOfAnyPixelType(int type) throws Exception {
        // A4 at 300 dpi is searched at half size; the code is 2 cm wide (236 px), as printed beside a caption.
        BufferedImage page = new BufferedImage(2480, 3508, type);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(qr("https://www.dla.go.th/upload/manual.pdf", 236), 1900, 2900, null);
        g.dispose();

        assertEquals(List.of("https://www.dla.go.th/upload/manual.pdf"),
                new QrCodeScanner().scan(page, 1).stream().map(QrCode::payload).toList());
    }

    @Test
    void pageWithoutCodesGivesNone() {
        assertEquals(List.of(), new QrCodeScanner().scan(new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY), 1));
    }

    private static BufferedImage qr(String payload) throws Exception {
        return qr(payload, 500);
    }

    private static BufferedImage qr(String payload, int size) throws Exception {
        return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size));
    }
}
