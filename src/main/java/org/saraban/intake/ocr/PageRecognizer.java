package org.saraban.intake.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Recognizes page images with Tesseract and normalizes the Thai text. Thread-safe: engines are
 * not, so each concurrent caller borrows its own from a pool that grows to the number of worker
 * threads; an engine keeps its model loaded between pages.
 */
public final class PageRecognizer implements AutoCloseable {
    private final OcrSettings settings;
    private final ThaiTextNormalizer normalizer = new ThaiTextNormalizer();
    private final LinkedBlockingDeque<TesseractEngine> idle = new LinkedBlockingDeque<>();
    private final List<TesseractEngine> all = new ArrayList<>();

    public PageRecognizer(OcrSettings settings) {
        this.settings = settings;
    }

    public OcrSettings settings() {
        return settings;
    }

    /** OCRs one page image rendered at {@code dpi} and returns its normalized text. */
    public RecognizedPage recognize(int pageNumber, BufferedImage image, int dpi) throws OcrException {
        TesseractEngine engine = borrow();
        try {
            TesseractEngine.Result result = engine.read(image, dpi);
            return new RecognizedPage(pageNumber, normalizer.normalize(result.text()),
                    Math.max(0, result.confidence()) / 100.0, false);
        } catch (RuntimeException | Error e) {
            throw new OcrException("OCR failed on page " + pageNumber + ": " + e, e);
        } finally {
            idle.push(engine);
        }
    }

    /** Wraps a page's own text layer, normalized the same way as OCR output. */
    public RecognizedPage fromTextLayer(int pageNumber, String text) {
        return new RecognizedPage(pageNumber, normalizer.normalize(text), 1.0, true);
    }

    private TesseractEngine borrow() throws OcrException {
        TesseractEngine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        engine = new TesseractEngine(settings);
        synchronized (all) {
            all.add(engine);
        }
        return engine;
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(TesseractEngine::close);
            all.clear();
            idle.clear();
        }
    }
}
