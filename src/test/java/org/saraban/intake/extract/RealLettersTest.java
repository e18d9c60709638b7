package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * The three real OCR'd bundles in {@code src/test/resources/letters/} (copied from the project's
 * shared letters-text; see the README there) against records written by reading the letters field
 * by field ({@code *.expected.json}). Every field is compared, except the full text and the
 * confidence numbers; every record must also validate against the directive-record schema.
 */
class RealLettersTest {
    private static final Path LETTERS = Path.of("src/test/resources/letters");
    private static final ObjectMapper JSON = DirectiveJson.newMapper();

    @ParameterizedTest
    @ValueSource(strings = {"krabi-transferred-missions", "tak-citizen-assistance", "mae-hong-son-community-data"})
    void everyFieldAsReadByHand(String name) throws Exception {
        List<DirectiveRecord> records = extract(name);
        JsonNode expected = JSON.readTree(LETTERS.resolve(name + ".expected.json").toFile());
        assertEquals(expected.size(), records.size(), "letters in " + name);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ObjectNode actual = JSON.valueToTree(records.get(i));
            Iterator<String> fields = expected.get(i).fieldNames();
            while (fields.hasNext()) {
                String field = fields.next();
                JsonNode want = expected.get(i).get(field);
                JsonNode got = actual.get(field);
                if (!want.equals(got)) {
                    differences.add(name + " letter " + (i + 1) + " " + field + ":\n  expected " + want + "\n  actual   " + got);
                }
            }
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    @ParameterizedTest
    @ValueSource(strings = {"krabi-transferred-missions", "tak-citizen-assistance", "mae-hong-son-community-data"})
    void recordsValidateAgainstTheSchema(String name) throws Exception {
        // Loaded by location: the schema's relative $id resolves against it.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:schema/directive-record.schema.json"), config);
        for (DirectiveRecord record : extract(name)) {
            JsonNode node = JSON.readTree(JSON.writeValueAsString(record));
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), record.id() + ": " + errors);
            // The check can fail: the same record with an impossible date does not validate.
            ((ObjectNode) node).put("date", "2024-13-45");
            assertFalse(schema.validate(node).isEmpty(), "schema accepted an impossible date");
        }
    }

    static List<DirectiveRecord> extract(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(LETTERS.resolve(name + ".txt"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\f");
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            pages.add(new PageText(i + 1, parts[i], 1.0));
        }
        ScanText scan = new ScanText(name + ".txt", sha256, Instant.parse("2026-11-22T00:00:00Z"), pages, List.of());
        return new DirectiveExtractor().extract(scan);
    }
}
