package org.saraban.intake.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.saraban.intake.ocr.OcrException;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.ThaiTextNormalizer;

/**
 * Measures a recognizer on a set of text-line images with their truth, in the layout Tesseract's
 * training tools use: {@code NAME.png} (or {@code .jpg}, {@code .tif}) beside {@code NAME.gt.txt}. Reports character error rate
 * (whitespace left out), Thai-digit accuracy (the share of the true Thai digits ๐–๙ read as
 * themselves), word error rate, time per line, and the most frequent confusions.
 */
public final class OcrEvaluation {
    private final ThaiTextNormalizer normalizer = new ThaiTextNormalizer();

    /** What one model did on one set. */
    public record Result(int lines, long charEdits, long chars, long digitsRight, long digits, long wordEdits,
            long words, long millis, Map<String, Integer> confusions) {
        public double cer() {
            return chars == 0 ? 0 : (double) charEdits / chars;
        }

        public double digitAccuracy() {
            return digits == 0 ? 1 : (double) digitsRight / digits;
        }

        public double wer() {
            return words == 0 ? 0 : (double) wordEdits / words;
        }

        public double millisPerLine() {
            return lines == 0 ? 0 : (double) millis / lines;
        }
    }

    /** The line images of {@code set} that have a truth file, in name order, at most {@code limit}. */
    public static List<Path> lines(Path set, int limit) throws IOException {
        try (Stream<Path> files = Files.list(set)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(png|jpe?g|tiff?)$"))
                    .filter(f -> Files.exists(truthOf(f)))
                    .sorted().limit(limit).toList();
        }
    }

    private static Path truthOf(Path image) {
        String name = image.getFileName().toString();
        return image.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gt.txt");
    }

    public Result evaluate(List<Path> images, PageRecognizer recognizer, int dpi) throws IOException, OcrException {
        long charEdits = 0;
        long chars = 0;
        long digitsRight = 0;
        long digits = 0;
        long wordEdits = 0;
        long words = 0;
        long nanos = 0;
        Map<String, Integer> confusions = new HashMap<>();
        for (Path image : images) {
            String truth = normalizer.normalize(Files.readString(truthOf(image), StandardCharsets.UTF_8).strip());
            BufferedImage line = ImageIO.read(image.toFile());
            long start = System.nanoTime();
            String read = recognizer.recognize(1, line, dpi).text().strip();
            nanos += System.nanoTime() - start;

            Alignment<Integer> byChar = Alignment.of(codePoints(truth), codePoints(read));
            charEdits += byChar.distance();
            chars += codePoints(truth).size();
            for (Alignment.Pair<Integer> pair : byChar.pairs()) {
                if (pair.truth() != null && isThaiDigit(pair.truth())) {
                    digits++;
                    if (pair.isMatch()) {
                        digitsRight++;
                    }
                }
                if (!pair.isMatch()) {
                    confusions.merge(show(pair.truth()) + "→" + show(pair.recognized()), 1, Integer::sum);
                }
            }
            List<String> trueWords = Arrays.asList(truth.split("\\s+"));
            wordEdits += Alignment.of(trueWords, Arrays.asList(read.split("\\s+"))).distance();
            words += trueWords.size();
        }
        return new Result(images.size(), charEdits, chars, digitsRight, digits, wordEdits, words, nanos / 1_000_000,
                Map.copyOf(confusions));
    }

    private static List<Integer> codePoints(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).boxed().toList();
    }

    private static boolean isThaiDigit(int c) {
        return c >= 0x0E50 && c <= 0x0E59;
    }

    private static String show(Integer codePoint) {
        return codePoint == null ? "∅" : Character.toString(codePoint);
    }
}
