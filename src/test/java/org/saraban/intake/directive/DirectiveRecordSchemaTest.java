package org.saraban.intake.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saraban.intake.extract.DirectiveExtractor;
import org.saraban.intake.extract.PageText;
import org.saraban.intake.extract.ScanText;

/** Every record the extractor writes for the real letters validates against the shared contract. */
class DirectiveRecordSchemaTest {
    private final ObjectMapper json = DirectiveJson.newMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tak-citizen-assistance.txt", "mae-hong-son-community-data.txt", "krabi-transferred-missions.txt"})
    void extractedRecordsValidateAgainstSchemaAndReadBackEqual(String letter) throws Exception {
        List<DirectiveRecord> records = new DirectiveExtractor().extract(scanOf(letter));
        assertFalse(records.isEmpty());
        JsonSchema schema = schema();
        for (DirectiveRecord record : records) {
            JsonNode node = json.valueToTree(record);
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), record.id() + ": " + errors);
            assertEquals(record, json.treeToValue(node, DirectiveRecord.class), "round trip");
        }
    }

    @org.junit.jupiter.api.Test
    void schemaRejectsARecordThatBreaksTheContract() throws Exception {
        DirectiveRecord record = new DirectiveExtractor().extract(scanOf("tak-citizen-assistance.txt")).get(0);
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(record);
        node.put("letterType", "email");
        node.remove("deadlines");
        assertEquals(2, schema().validate(node).size(), "the validator does check");
    }

    private static ScanText scanOf(String letter) throws Exception {
        String text;
        try (InputStream in = DirectiveRecordSchemaTest.class.getResourceAsStream("/letters/" + letter)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<PageText> pages = new ArrayList<>();
        pages.add(new PageText(1, text, 0.9));
        return new ScanText(letter, "0".repeat(64), Instant.parse("2026-11-22T00:00:00Z"), pages, List.of());
    }

    private static JsonSchema schema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        // Loaded by location, so the schema's relative $id resolves against it.
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:schema/directive-record.schema.json"), config);
    }
}
