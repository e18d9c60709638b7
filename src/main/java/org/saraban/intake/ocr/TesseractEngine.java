package org.saraban.intake.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.lept4j.Pix;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.saraban.intake.ocr.LineLayout.TextLine;
import org.saraban.intake.ocr.MissedLines.Box;

/**
 * One initialized Tesseract engine. The model is loaded once and reused for every page, unlike
 * {@code Tesseract.doOCR}, which loads it again per call. Not thread-safe: one thread at a time.
 */
final class TesseractEngine implements AutoCloseable {
    // The interface mapping binds functions on first call, so a libtesseract older than Tess4J's
    // headers (Debian 12 ships 5.3) still works for the functions used here.
    private static final TessAPI API = TessAPI.INSTANCE;
    private final TessBaseAPI handle;
    /** Native copy of the page handed to Tesseract, kept between pages (one page is ~9 MB at 300 dpi). */
    private ByteBuffer pixelBuffer = ByteBuffer.allocateDirect(0);
    /** The page's grey pixels as Tesseract gets them; the caller's image is never changed. */
    private byte[] scratch = new byte[0];
    private final DotLeaderEraser dotLeaders = new DotLeaderEraser();
    private final SealEraser seals = new SealEraser();
    private final SealRings sealRings = new SealRings();
    private final MissedLines missedLines = new MissedLines();
    private final LostTopMarks topMarks = new LostTopMarks();
    private final PageDeskew deskew = new PageDeskew();
    /** Native copy of a strip read again, kept between strips. */
    private ByteBuffer stripBuffer = ByteBuffer.allocateDirect(0);
    private final int pageSegMode;

    TesseractEngine(OcrSettings settings) throws OcrException {
        handle = API.TessBaseAPICreate();
        int rc = API.TessBaseAPIInit2(handle, settings.tessdataDir().toString(),
                settings.languages(), TessOcrEngineMode.OEM_LSTM_ONLY);
        if (rc != 0) {
            API.TessBaseAPIDelete(handle);
            throw new OcrException("Tesseract could not load '" + settings.languages() + "' from "
                    + settings.tessdataDir(), null);
        }
        pageSegMode = settings.pageSegMode();
        API.TessBaseAPISetPageSegMode(handle, pageSegMode);
        // Tesseract reports noise it removed ("Detected N diacritics") on stderr; not the caller's concern.
        API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        // Keep the spaces the letter has: Thai separates phrases, not words, with spaces.
        API.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
        // Letters are dark print on light paper: a word read poorly is not read again inverted, as
        // Tesseract 5 would by default (a few percent of a degraded page's time for nothing).
        API.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
    }

    /** Text of the image and the mean word confidence (0..100). */
    Result read(BufferedImage image, int dpi) {
        BufferedImage gray = toGray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (scratch.length < pixels.length) {
            scratch = new byte[pixels.length];
        }
        System.arraycopy(pixels, 0, scratch, 0, pixels.length);
        dotLeaders.erase(scratch, gray.getWidth(), gray.getHeight(), dpi);
        seals.erase(scratch, gray.getWidth(), gray.getHeight(), dpi);
        sealRings.erase(scratch, gray.getWidth(), gray.getHeight(), dpi);
        setImage(pixels.length, gray.getWidth(), gray.getHeight(), dpi);
        // a line or block given alone is read as it lies
        double skew = pageSegMode == TessPageSegMode.PSM_AUTO && deskew.canMeasure() ? skew() : 0;
        if (Math.abs(skew) >= PageDeskew.MIN_DEGREES) {
            deskew.rotate(scratch, gray.getWidth(), gray.getHeight(), skew);
            setImage(pixels.length, gray.getWidth(), gray.getHeight(), dpi);
        }
        try {
            String text = utf8(API.TessBaseAPIGetUTF8Text(handle));
            int confidence = API.TessBaseAPIMeanTextConf(handle);
            if (pageSegMode == TessPageSegMode.PSM_AUTO) {
                text = withLayoutRepaired(text, gray.getWidth(), gray.getHeight(), dpi);
            }
            return new Result(text, confidence);
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    /** Hands the first {@code length} bytes of {@code scratch} to Tesseract as a w × h grey page. */
    private void setImage(int length, int w, int h, int dpi) {
        if (pixelBuffer.capacity() < length) {
            pixelBuffer = ByteBuffer.allocateDirect(length);
        }
        pixelBuffer.clear();
        pixelBuffer.put(scratch, 0, length).flip();
        API.TessBaseAPISetImage(handle, pixelBuffer, w, h, 1, w);
        API.TessBaseAPISetSourceResolution(handle, dpi);
    }

    /** The skew in degrees of the page set last, measured on Tesseract's thresholded page; 0 when unknown. */
    private double skew() {
        Pix binary = API.TessBaseAPIGetThresholdedImage(handle);
        return binary == null ? 0 : deskew.skewOf(binary.getPointer());
    }

    /**
     * The page's text with its paragraphs in page order ({@link LineLayout#putParagraphsInPageOrder})
     * and the strips of print the layout missed read again (each as one block, psm 6) and put in
     * where they stand. Only lines Tesseract is fairly sure of are kept: what the layout took for a
     * picture sometimes is one.
     */
    private String withLayoutRepaired(String text, int width, int height, int dpi) {
        List<Float> confidences = new ArrayList<>();
        List<TextLine> read = lines(0, 0, 0, confidences);
        List<Box> readBoxes = read.stream().filter(l -> !l.text().isBlank()).map(TextLine::box).toList();
        if (readBoxes.isEmpty()) {
            return text;
        }
        LineLayout layout = new LineLayout(read);
        if (!layout.text().stripTrailing().equals(text.stripTrailing())) {
            return text; // a reading this engine does not know how to lay out again
        }
        layout = new LineLayout(withTopMarks(read, confidences, width, height, dpi));
        layout.putParagraphsInPageOrder();
        layout.joinPiecesOfRows();
        List<Box> strips = missedLines.find(scratch, width, height, dpi, readBoxes);
        for (Box strip : strips) {
            readStrip(strip, readBoxes, width, dpi).forEach(layout::add);
        }
        return layout.text();
    }

    /**
     * The lines of the last reading, in reading order, with their boxes moved by ({@code dx},
     * {@code dy}); lines below {@code minConfidence} are left out.
     */
    private List<TextLine> lines(int dx, int dy, float minConfidence) {
        return lines(dx, dy, minConfidence, new ArrayList<>());
    }

    /** As {@link #lines(int, int, float)}, adding each line's confidence to {@code confidences}. */
    private List<TextLine> lines(int dx, int dy, float minConfidence, List<Float> confidences) {
        List<TextLine> lines = new ArrayList<>();
        TessResultIterator results = API.TessBaseAPIGetIterator(handle);
        if (results == null) {
            return lines;
        }
        try {
            TessPageIterator page = API.TessResultIteratorGetPageIterator(results);
            do {
                String text = utf8(API.TessResultIteratorGetUTF8Text(results, TessPageIteratorLevel.RIL_TEXTLINE));
                float confidence = API.TessResultIteratorConfidence(results, TessPageIteratorLevel.RIL_TEXTLINE);
                Box box = box(page, TessPageIteratorLevel.RIL_TEXTLINE, dx, dy);
                boolean endsParagraph = API.TessPageIteratorIsAtFinalElement(page,
                        TessPageIteratorLevel.RIL_PARA, TessPageIteratorLevel.RIL_TEXTLINE) != 0;
                if (box != null && confidence >= minConfidence) {
                    lines.add(new TextLine(text.stripTrailing(), box, endsParagraph));
                    confidences.add(confidence);
                }
            } while (API.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0);
        } finally {
            API.TessResultIteratorDelete(results);
        }
        return lines;
    }

    private static Box box(TessPageIterator page, int level, int dx, int dy) {
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        if (API.TessPageIteratorBoundingBox(page, level, left, top, right, bottom) == 0) {
            return null;
        }
        return new Box(left.get(0) + dx, top.get(0) + dy, right.get(0) + dx, bottom.get(0) + dy);
    }

    /** Confidence a line read again must reach to be kept. */
    private static final float STRIP_CONFIDENCE = 60;

    /**
     * Hands a {@code w} × {@code h} cut of the page to Tesseract, to be read with page segmentation
     * mode {@code psm}; the caller sets the page's own mode back when done.
     */
    private void setCut(byte[] pixels, int w, int h, int dpi, int psm) {
        if (stripBuffer.capacity() < pixels.length) {
            stripBuffer = ByteBuffer.allocateDirect(pixels.length);
        }
        stripBuffer.clear();
        stripBuffer.put(pixels).flip();
        API.TessBaseAPISetPageSegMode(handle, psm);
        API.TessBaseAPISetImage(handle, stripBuffer, w, h, 1, w);
        API.TessBaseAPISetSourceResolution(handle, dpi);
    }

    /** The lines of a strip read as one block, the lines already read whitened out of it. */
    private List<TextLine> readStrip(Box strip, List<Box> read, int width, int dpi) {
        int w = strip.width();
        int h = strip.height();
        setCut(missedLines.cut(scratch, width, strip, read, dpi), w, h, dpi, TessPageSegMode.PSM_SINGLE_BLOCK);
        try {
            if (API.TessBaseAPIRecognize(handle, null) != 0) {
                return List.of();
            }
            return lines(strip.left(), strip.top(), STRIP_CONFIDENCE).stream()
                    .filter(l -> l.text().codePoints().filter(Character::isLetterOrDigit).count() >= 2)
                    .toList();
        } finally {
            API.TessBaseAPISetPageSegMode(handle, pageSegMode);
        }
    }

    /**
     * The lines of the reading, each line whose top marks the layout left out read again with them
     * ({@link LostTopMarks}), and the readings of those marks alone dropped. A line read again is kept
     * only when Tesseract is about as sure of it as of the first reading.
     */
    private List<TextLine> withTopMarks(List<TextLine> read, List<Float> confidences, int width, int height,
            int dpi) {
        List<TextLine> lines = new ArrayList<>(read);
        for (LostTopMarks.Reread reread : topMarks.find(scratch, width, height, read)) {
            TextLine line = read.get(reread.line());
            // other lines are whitened only outside the rows of this line and its marks: the boxes of
            // tightly set lines overlap, and the line above's box often takes in this line's marks
            int pad = Math.max(2, line.box().height() / 12);
            List<Box> others = new ArrayList<>();
            for (int j = 0; j < read.size(); j++) {
                Box other = read.get(j).box();
                if (j != reread.line() && !reread.marksRead().contains(j) && other.overlaps(reread.box())) {
                    others.addAll(outside(other, reread.box().top() + pad, line.box().bottom()));
                }
            }
            LineReading again = readLine(reread.box(), others, width, dpi);
            if (LostTopMarks.restoresMarks(line.text(), again.text())
                    && again.confidence() >= confidences.get(reread.line()) - 3) {
                lines.set(reread.line(), new TextLine(again.text(), line.box(), line.endsParagraph()));
                for (int j : reread.marksRead()) {
                    lines.set(j, new TextLine("", read.get(j).box(), read.get(j).endsParagraph()));
                }
            }
        }
        return lines;
    }

    /** The parts of {@code box} above row {@code top} and from row {@code bottom} down. */
    private static List<Box> outside(Box box, int top, int bottom) {
        List<Box> parts = new ArrayList<>();
        if (box.top() < top) {
            parts.add(new Box(box.left(), box.top(), box.right(), Math.min(box.bottom(), top)));
        }
        if (box.bottom() > bottom) {
            parts.add(new Box(box.left(), Math.max(box.top(), bottom), box.right(), box.bottom()));
        }
        return parts;
    }

    /** A line's text as read again, and Tesseract's mean confidence in it (0..100). */
    private record LineReading(String text, float confidence) {}

    /** {@code box} read as one line, the {@code others} boxes whitened. */
    private LineReading readLine(Box box, List<Box> others, int width, int dpi) {
        setCut(MissedLines.cutWhitening(scratch, width, box, others, 0), box.width(), box.height(), dpi,
                TessPageSegMode.PSM_SINGLE_LINE);
        try {
            String text = utf8(API.TessBaseAPIGetUTF8Text(handle)).strip();
            return new LineReading(text, API.TessBaseAPIMeanTextConf(handle));
        } finally {
            API.TessBaseAPISetPageSegMode(handle, pageSegMode);
        }
    }

    private static String utf8(Pointer pointer) {
        if (pointer == null) {
            return "";
        }
        try {
            return pointer.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            API.TessDeleteText(pointer);
        }
    }

    private static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getSampleModel().getWidth() == image.getWidth()
                && image.getRaster().getNumDataElements() == 1
                && ((DataBufferByte) image.getRaster().getDataBuffer()).getData().length
                        == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = gray.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }

    record Result(String text, int confidence) {}
}
