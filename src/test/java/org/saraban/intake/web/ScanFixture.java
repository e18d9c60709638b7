package org.saraban.intake.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * A stand-in scan for the web page: the letter's own text drawn in a Thai font on A4 pages and
 * saved as a PDF where the archive keeps the original ({@code archive/<sha256>/<file>}).
 */
final class ScanFixture {
    private ScanFixture() {}

    static void archive(Path archive, DirectiveRecord record, int pageCount) throws IOException {
        Path dir = Files.createDirectories(archive.resolve(record.source().sha256()));
        List<String> lines = record.text().lines().filter(l -> !l.isBlank()).toList();
        int perPage = Math.max(1, (lines.size() + record.source().pages().size() - 1) / record.source().pages().size());
        try (PDDocument pdf = new PDDocument()) {
            for (int n = 1; n <= pageCount; n++) {
                int index = record.source().pages().indexOf(n);
                List<String> text = index < 0 ? List.of() : lines.subList(Math.min(lines.size(), index * perPage),
                        Math.min(lines.size(), (index + 1) * perPage));
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream draw = new PDPageContentStream(pdf, page)) {
                    draw.drawImage(LosslessFactory.createFromImage(pdf, paper(text)), 0, 0,
                            PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf.save(dir.resolve(record.source().file()).toFile());
        }
    }

    /** One page at 100 dpi with the lines wrapped to the page width. */
    private static BufferedImage paper(List<String> lines) {
        BufferedImage image = new BufferedImage(827, 1169, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("Laksaman", Font.PLAIN, 22));
        int y = 90;
        for (String line : lines) {
            String rest = line.strip();
            while (!rest.isEmpty() && y < image.getHeight() - 60) {
                int cut = rest.length();
                while (g.getFontMetrics().stringWidth(rest.substring(0, cut)) > image.getWidth() - 160) {
                    cut = rest.lastIndexOf(' ', cut - 1) > 0 ? rest.lastIndexOf(' ', cut - 1) : cut - 10;
                }
                g.drawString(rest.substring(0, cut), 80, y);
                rest = rest.substring(cut).strip();
                y += 32;
            }
        }
        g.dispose();
        return image;
    }
}
