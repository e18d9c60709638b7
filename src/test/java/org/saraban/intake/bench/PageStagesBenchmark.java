package org.saraban.intake.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.ingest.LoadLimits;
import org.saraban.intake.ingest.ScanLoader;
import org.saraban.intake.ingest.ScanPage;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.RecognizedPage;
import org.saraban.intake.ocr.TessdataDirectory;
import org.saraban.intake.qr.QrCodeScanner;

/**
 * The per-page stages in process, one page at a time on one thread: loading a scanner's PDF into
 * 300 dpi pixels, the QR code search, and OCR with the bundled model (the engine's own cost, which
 * the other two add to). Run with {@code scripts/jmh.sh PageStages}, from the project folder.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageStagesBenchmark extends BenchmarkDefaults {
    /** A generated two-letter bundle scanned at 300 dpi (sample-letters/). */
    @Param("sample-letters/02-bundle.pdf")
    public String scan;

    private final ScanLoader loader = new ScanLoader(LoadLimits.defaults());
    private final QrCodeScanner qrScanner = new QrCodeScanner();
    private Path tessdata;
    private PageRecognizer recognizer;
    private BufferedImage firstPage;

    @Setup
    public void setUp() throws Exception {
        List<ScanPage> pages = new ArrayList<>();
        loader.load(Path.of(scan), pages::add);
        firstPage = pages.get(0).image();
        tessdata = Files.createTempDirectory("saraban-jmh-tessdata");
        recognizer = new PageRecognizer(new OcrSettings(TessdataDirectory.prepare(tessdata), "saraban", 3));
    }

    @TearDown
    public void tearDown() throws Exception {
        recognizer.close();
        PipelineBench.deleteTree(tessdata);
    }

    /** Every page of the file, as the pipeline receives them; ms per file. */
    @Benchmark
    public int loadPages() throws Exception {
        int[] count = {0};
        loader.load(Path.of(scan), page -> count[0]++);
        return count[0];
    }

    @Benchmark
    public List<QrCode> findQrCodes() {
        return qrScanner.scan(firstPage, 1);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 3, time = 5)
    public RecognizedPage recognizePage() throws Exception {
        return recognizer.recognize(1, firstPage, PageSet.DPI);
    }
}
