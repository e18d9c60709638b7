package org.saraban.intake.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.saraban.intake.extract.DirectiveExtractor;
import org.saraban.intake.extract.PageText;
import org.saraban.intake.extract.ScanText;

/**
 * Directive extraction from recognized text: every finder over the true text of the sample
 * letters (sample-letters/*.truth.txt, pages split at form feeds). Run with
 * {@code scripts/jmh.sh Extraction}, from the project folder.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractionBenchmark extends BenchmarkDefaults {
    @Param("sample-letters")
    public String folder;

    private final DirectiveExtractor extractor = new DirectiveExtractor();
    private final List<ScanText> scans = new ArrayList<>();

    @Setup
    public void setUp() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".truth.txt")).sorted().toList()) {
                String[] pageTexts = Files.readString(file, StandardCharsets.UTF_8).split("\f");
                List<PageText> pages = new ArrayList<>();
                for (int i = 0; i < pageTexts.length; i++) {
                    pages.add(new PageText(i + 1, pageTexts[i], 90));
                }
                scans.add(new ScanText(file.getFileName().toString(), "0".repeat(64), Instant.EPOCH, pages, List.of()));
            }
        }
        if (scans.isEmpty()) {
            throw new IllegalStateException("no *.truth.txt in " + folder);
        }
    }

    /** Records of every sample file; µs for the whole folder (its file count is in the setup). */
    @Benchmark
    public int extractSampleLetters() {
        int records = 0;
        for (ScanText scan : scans) {
            records += extractor.extract(scan).size();
        }
        return records;
    }
}
