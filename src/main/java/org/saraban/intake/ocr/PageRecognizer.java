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

    /**
     * As {@link #recognize}, for a scanned page that may have been fed upside down: when the text
     * reads poorly, the page is read again turned half a turn and the better reading is kept.
     */
    public RecognizedPage recognizeEitherWayUp(int pageNumber, BufferedImage image, int dpi) throws OcrException {
        RecognizedPage upright = recognize(pageNumber, image, dpi);
        if (upright.meanConfidence() >= UPRIGHT_CONFIDENCE) {
            return upright;
        }
        RecognizedPage turned = recognize(pageNumber, halfTurn(image), dpi);
        return turned.meanConfidence() > upright.meanConfidence() ? turned : upright;
    }

    /** Mean word confidence below which a page may be upside down; right-way-up letters score 0.8 and more. */
    private static final double UPRIGHT_CONFIDENCE = 0.6;

    private static BufferedImage halfTurn(BufferedImage image) {
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType();
        BufferedImage turned = new BufferedImage(image.getWidth(), image.getHeight(), type);
        java.awt.Graphics2D g = turned.createGraphics();
        g.rotate(Math.PI, image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return turned;
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
