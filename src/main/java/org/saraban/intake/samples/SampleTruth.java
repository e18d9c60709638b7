package org.saraban.intake.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * The ground truth saved beside a sample {@code name.ext}: {@code name.truth.json}, a JSON array of
 * directive records (each with an extra {@code sample} object saying how the letter was made, which
 * readers of directive records ignore), and {@code name.truth.txt}, the printed text of each page,
 * pages separated by form feeds. Thread-safe.
 */
public final class SampleTruth {
    public static final String RECORDS_SUFFIX = ".truth.json";
    public static final String TEXT_SUFFIX = ".truth.txt";

    private final ObjectMapper mapper = DirectiveJson.newMapper();

    /** How one letter of a sample was made. */
    public record Making(String layout, String font, String textVariant, boolean heldOutFont, boolean heldOutText,
            String scan) {}

    /** One letter's truth. */
    public record Letter(DirectiveRecord record, Making making) {}

    /** The truth of a whole sample: its letters and its pages' text. */
    public record Sample(List<Letter> letters, List<String> pageTexts) {}

    /** The truth files of {@code scan}: {@code name.truth.json} and {@code name.truth.txt}. */
    public static Path recordsFile(Path scan) {
        return scan.resolveSibling(baseName(scan) + RECORDS_SUFFIX);
    }

    public static Path textFile(Path scan) {
        return scan.resolveSibling(baseName(scan) + TEXT_SUFFIX);
    }

    private static String baseName(Path scan) {
        String name = scan.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public void write(Path scan, Sample sample) throws IOException {
        ArrayNode array = mapper.createArrayNode();
        for (Letter letter : sample.letters()) {
            ObjectNode node = mapper.valueToTree(letter.record());
            node.set("sample", mapper.valueToTree(letter.making()));
            array.add(node);
        }
        Files.writeString(recordsFile(scan), mapper.writeValueAsString(array) + "\n", StandardCharsets.UTF_8);
        Files.writeString(textFile(scan), String.join("\f", sample.pageTexts()), StandardCharsets.UTF_8);
    }

    /** The truth of {@code scan}, or empty when it has no truth file. Page texts are empty if missing. */
    public Optional<Sample> read(Path scan) throws IOException {
        Path records = recordsFile(scan);
        if (!Files.isRegularFile(records)) {
            return Optional.empty();
        }
        JsonNode root = mapper.readTree(records.toFile());
        if (!root.isArray() || root.isEmpty()) {
            throw new IOException(records + ": not a JSON array of one or more directive records");
        }
        List<Letter> letters = new ArrayList<>();
        for (JsonNode node : root) {
            DirectiveRecord record = mapper.treeToValue(node, DirectiveRecord.class);
            Making making = node.has("sample") ? mapper.treeToValue(node.get("sample"), Making.class) : null;
            letters.add(new Letter(record, making));
        }
        Path text = textFile(scan);
        List<String> pages = Files.isRegularFile(text)
                ? List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f", -1))
                : List.of();
        return Optional.of(new Sample(letters, pages));
    }
}
