package org.saraban.intake.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.sun.net.httpserver.HttpServer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.pipeline.Intake;
import org.saraban.intake.testing.LetterImages;
import org.saraban.intake.testing.TestWorkspaces;

/** QR payloads and URLs from a letter are recorded as data; the server never requests them. */
class QrPayloadNotFetchedTest {
    @TempDir Path root;

    @Test
    void qrPayloadIsRecordedButNeverRequested() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        trap.start();
        try {
            String url = "http://127.0.0.1:" + trap.getAddress().getPort() + "/manual";
            BufferedImage page = LetterImages.page(List.of("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", "เรื่อง คู่มือการบันทึกข้อมูล",
                    "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "", "", "", "", "", "", "", "", "", ""), 200);
            Graphics2D g = page.createGraphics();
            g.drawImage(MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 300, 300)), 200, 400, null);
            g.dispose();
            Path png = root.resolve("qr-page.png");
            ImageIO.write(page, "png", png.toFile());

            try (Intake intake = new Intake(TestWorkspaces.settings(root.resolve("ws"), "tha+eng"))) {
                List<DirectiveRecord> records = intake.ingest(png);
                assertTrue(records.stream().flatMap(r -> r.qrCodes().stream()).anyMatch(q -> q.payload().equals(url)),
                        "payload recorded: " + records);
            }
            assertEquals(0, requests.get(), "the payload was never fetched");
        } finally {
            trap.stop(0);
        }
    }
}
