package org.saraban.intake.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.saraban.intake.ingest.LoadLimits;
import org.saraban.intake.ingest.ScanFormat;
import org.saraban.intake.ingest.ScanLoader;

/**
 * The pages every tool reads, made once from a set of scans: each scan becomes an image-only PDF of
 * grey A4 pages at 300 dpi (scanned at 200 dpi are scaled up), and each page is also written as a
 * PNG of exactly those pixels for the raw Tesseract command. Immutable once made.
 *
 * @param pdfs one image-only PDF per scan, in order
 * @param pageImages every page of every PDF, in order
 */
public record PageSet(Path folder, List<Path> pdfs, List<Path> pageImages) {
    /** A4 width in pixels at 300 dpi (8.27 in). */
    static final int A4_WIDTH_300 = 2480;
    static final int DPI = 300;

    public int pageCount() {
        return pageImages.size();
    }

    /** The scans in {@code dir} (PDF, TIFF, JPEG, PNG; sample truth files are skipped), sorted by name. */
    public static List<Path> scansIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> scans = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().contains(".truth."))
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".pdf") || name.endsWith(".tif") || name.endsWith(".tiff")
                                || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png");
                    })
                    .sorted().toList();
            if (scans.isEmpty()) {
                throw new IOException("no scans (PDF, TIFF, JPEG, PNG) in " + dir);
            }
            return scans;
        }
    }

    /** Makes the page set of {@code scans} in {@code folder}, replacing what was there. */
    public static PageSet make(List<Path> scans, Path folder) throws Exception {
        PipelineBench.deleteTree(folder);
        Path pdfDir = Files.createDirectories(folder.resolve("pdf"));
        Path pngDir = Files.createDirectories(folder.resolve("png"));
        ScanLoader loader = new ScanLoader(LoadLimits.defaults());
        List<Path> pdfs = new ArrayList<>();
        List<Path> pngs = new ArrayList<>();
        for (Path scan : scans) {
            String base = stem(scan);
            List<Path> pages = new ArrayList<>();
            loader.load(scan, page -> {
                if (page.hasTextLayer()) {
                    return; // a text page is not a scan: it would measure no OCR
                }
                Path png = pngDir.resolve(String.format("%s-p%03d.png", base, page.number()));
                ImageIO.write(at300Dpi(page.image()), "png", png.toFile());
                pages.add(png);
            });
            if (pages.isEmpty()) {
                continue;
            }
            Path pdf = pdfDir.resolve(base + ".pdf");
            writeImagePdf(pages, pdf);
            pdfs.add(pdf);
            pngs.addAll(pages);
        }
        if (pngs.isEmpty()) {
            throw new IOException("the scans have no image pages to OCR");
        }
        return new PageSet(folder, List.copyOf(pdfs), List.copyOf(pngs));
    }

    /**
     * One long scan of {@code pages} pages, the set's page images repeated in order: for memory
     * measurements on a file far longer than any sample.
     */
    public Path longScan(int pages) throws IOException {
        Path pdf = folder.resolve("long-" + pages + "-pages.pdf");
        if (!Files.exists(pdf)) {
            List<Path> images = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                images.add(pageImages.get(i % pageImages.size()));
            }
            writeImagePdf(images, pdf);
        }
        return pdf;
    }

    /**
     * A PDF whose pages carry real text (set in Laksaman, a TLWG face) and no image: a born-digital
     * letter, which must not be OCR-ed.
     */
    public static Path textLayerPdf(List<String> pageTexts, Path fontFile, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile.toFile());
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.setLeading(16);
                    cs.newLineAtOffset(60, 780);
                    int lines = 0;
                    for (String line : text.split("\\R")) {
                        if (++lines > 45) {
                            break;
                        }
                        cs.showText(printable(font, line));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            Files.deleteIfExists(pdf); // PDFBox warns when it overwrites a file
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** The characters of {@code line} the font has glyphs for. */
    private static String printable(PDType0Font font, String line) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                sb.append(c);
            } catch (IOException | IllegalArgumentException e) {
                // OCR noise the face cannot draw: left out.
            }
        });
        return sb.toString();
    }

    private static void writeImagePdf(List<Path> pngs, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            java.util.Map<Path, PDImageXObject> shared = new java.util.HashMap<>();
            for (Path png : pngs) {
                PDImageXObject image = shared.get(png);
                if (image == null) {
                    image = LosslessFactory.createFromImage(doc, ImageIO.read(png.toFile()));
                    shared.put(png, image);
                }
                float w = image.getWidth() * 72f / DPI;
                float h = image.getHeight() * 72f / DPI;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, w, h);
                }
            }
            doc.save(pdf.toFile());
        }
    }

    /** The page as 8-bit grey at 300 dpi, judged from its width as portrait A4. */
    static BufferedImage at300Dpi(BufferedImage image) {
        int width = image.getWidth();
        double scale = width < A4_WIDTH_300 * 0.9 ? (double) A4_WIDTH_300 / width : 1.0;
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return grey;
    }

    private static String stem(Path scan) throws IOException {
        String name = scan.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-" + ScanFormat.of(scan).name().toLowerCase(Locale.ROOT);
    }
}
