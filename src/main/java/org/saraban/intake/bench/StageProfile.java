package org.saraban.intake.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saraban.intake.ingest.LoadLimits;
import org.saraban.intake.ingest.ScanLoader;
import org.saraban.intake.ingest.ScanPage;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.qr.QrCodeScanner;

/**
 * Where a page's time goes, stage by stage, on one thread: loading (the PDF page's 300 dpi pixels), OCR
 * and the QR code search. The OCR stage is the engine's own cost; the others are what the pipeline
 * adds to it. CPU time of this thread (the native Tesseract call runs on it too). Not thread-safe.
 */
final class StageProfile {
    private final OcrSettings ocr;

    StageProfile(OcrSettings ocr) {
        this.ocr = ocr;
    }

    void run(List<Path> pdfs, int maxPages, PrintWriter out) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> load = new ArrayList<>();
        List<Double> recognize = new ArrayList<>();
        List<Double> qr = new ArrayList<>();
        QrCodeScanner scanner = new QrCodeScanner();
        ScanLoader loader = new ScanLoader(LoadLimits.defaults());
        try (PageRecognizer recognizer = new PageRecognizer(ocr)) {
            // One page first, unmeasured: the engine's model loads once, and the JIT settles.
            List<ScanPage> first = new ArrayList<>();
            loader.load(pdfs.get(0), first::add);
            recognizer.recognize(1, first.get(0).image(), PageSet.DPI);
            scanner.scan(first.get(0).image(), 1);
            for (Path pdf : pdfs) {
                if (load.size() >= maxPages) {
                    break;
                }
                List<ScanPage> pages = new ArrayList<>();
                long[] mark = {threads.getCurrentThreadCpuTime()};
                loader.load(pdf, page -> {
                    long now = threads.getCurrentThreadCpuTime();
                    load.add((now - mark[0]) / 1e6);
                    pages.add(page);
                    mark[0] = now;
                });
                for (ScanPage page : pages) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    recognizer.recognize(page.number(), page.image(), PageSet.DPI);
                    long t1 = threads.getCurrentThreadCpuTime();
                    scanner.scan(page.image(), page.number());
                    long t2 = threads.getCurrentThreadCpuTime();
                    recognize.add((t1 - t0) / 1e6);
                    qr.add((t2 - t1) / 1e6);
                }
            }
        }
        double total = mean(load) + mean(recognize) + mean(qr);
        TextTable table = new TextTable("stage (one thread)", "CPU ms/page (mean)", "share");
        table.row("load: PDF page to 300 dpi grey pixels", f0(mean(load)), pct(mean(load), total));
        table.row("OCR: Tesseract via Tess4J, one engine", f0(mean(recognize)), pct(mean(recognize), total));
        table.row("QR: ZXing, page at 150 dpi", f0(mean(qr)), pct(mean(qr), total));
        out.printf(Locale.ROOT, "Stage profile over %d page(s), load %s:%n", load.size(), Machine.load());
        table.print(out);
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String pct(double part, double total) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * part / total);
    }
}
