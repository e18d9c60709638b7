package org.saraban.intake.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.extract.DirectiveExtractor;
import org.saraban.intake.extract.PageText;
import org.saraban.intake.extract.ScanText;
import org.saraban.intake.ingest.ScanLoader;
import org.saraban.intake.ingest.ScanPage;
import org.saraban.intake.ingest.UnreadableScanException;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.RecognizedPage;
import org.saraban.intake.qr.QrCodeScanner;

/**
 * Reads one file through the stages: load → (OCR + QR per page, in parallel) → extract. Pages are
 * loaded one at a time and at most a few are in memory, however long the scan. Thread-safe.
 */
public final class ScanProcessor {
    private final ScanLoader loader;
    private final PageRecognizer recognizer;
    private final QrCodeScanner qrScanner;
    private final DirectiveExtractor extractor;
    private final ExecutorService pageWorkers;
    private final int workerCount;
    private final long maxSecondsPerFile;
    private final HaltPoints haltPoints;

    public ScanProcessor(ScanLoader loader, PageRecognizer recognizer, QrCodeScanner qrScanner,
            DirectiveExtractor extractor, ExecutorService pageWorkers, int workerCount, long maxSecondsPerFile,
            HaltPoints haltPoints) {
        this.loader = loader;
        this.recognizer = recognizer;
        this.qrScanner = qrScanner;
        this.extractor = extractor;
        this.pageWorkers = pageWorkers;
        this.workerCount = workerCount;
        this.maxSecondsPerFile = maxSecondsPerFile;
        this.haltPoints = haltPoints;
    }

    /** The directive records of {@code file}, named {@code fileName} as it was dropped. */
    public List<DirectiveRecord> process(Path file, String fileName, String sha256) throws Exception {
        Reading reading = readAll(file, fileName, sha256);
        List<DirectiveRecord> records = new ArrayList<>();
        for (DirectiveRecord record : extractor.extract(reading.text())) {
            List<Integer> letterPages = record.source().pages();
            List<Integer> fromTextLayer = reading.textLayerPages().stream().filter(letterPages::contains).toList();
            boolean anyOcr = !fromTextLayer.containsAll(letterPages);
            records.add(record.withSource(record.source().withReading(
                    anyOcr ? recognizer.settings().languages() : null, fromTextLayer)));
        }
        return records;
    }

    /** The recognized text and QR codes of every page of {@code file}. */
    public ScanText read(Path file, String fileName, String sha256) throws Exception {
        return readAll(file, fileName, sha256).text();
    }

    /** The text of a scan, and which of its pages were read from the file's own text layer. */
    private record Reading(ScanText text, List<Integer> textLayerPages) {}

    private Reading readAll(Path file, String fileName, String sha256) throws Exception {
        Instant startedAt = Instant.now();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSecondsPerFile);
        List<Future<PageResult>> pending = new ArrayList<>();
        // Bounds the rendered pages waiting for a worker, and so the memory one file can take.
        Semaphore inFlight = new Semaphore(workerCount + 1);
        try {
            loader.load(file, page -> {
                if (!inFlight.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
                    throw tooSlow();
                }
                pending.add(pageWorkers.submit(() -> {
                    try {
                        return readPage(page);
                    } finally {
                        inFlight.release();
                    }
                }));
            });
            List<PageText> pages = new ArrayList<>();
            List<QrCode> qrCodes = new ArrayList<>();
            List<Integer> textLayerPages = new ArrayList<>();
            for (Future<PageResult> future : pending) {
                PageResult result = future.get(remaining(deadline), TimeUnit.NANOSECONDS);
                RecognizedPage page = result.page();
                pages.add(new PageText(page.number(), page.text(), page.meanConfidence()));
                qrCodes.addAll(result.qrCodes());
                if (page.fromTextLayer()) {
                    textLayerPages.add(page.number());
                }
            }
            return new Reading(new ScanText(fileName, sha256, startedAt, pages, qrCodes), textLayerPages);
        } catch (TimeoutException e) {
            throw tooSlow();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pending.forEach(f -> f.cancel(true));
        }
    }

    private UnreadableScanException tooSlow() {
        return new UnreadableScanException("reading took longer than the limit of " + maxSecondsPerFile + " s per file");
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private PageResult readPage(ScanPage page) throws Exception {
        if (page.hasTextLayer()) {
            return new PageResult(recognizer.fromTextLayer(page.number(), page.textLayer()), List.of());
        }
        RecognizedPage text = recognizer.recognizeEitherWayUp(page.number(), page.image(), dpiOf(page));
        haltPoints.reached("page-read");
        return new PageResult(text, qrScanner.scan(page.image(), page.number()));
    }

    /** Images carry no reliable resolution here; A4 width tells it well enough for Tesseract. */
    private static int dpiOf(ScanPage page) {
        int width = Math.min(page.image().getWidth(), page.image().getHeight());
        return Math.max(70, (int) Math.round(width / 8.27));
    }

    private record PageResult(RecognizedPage page, List<QrCode> qrCodes) {}
}
