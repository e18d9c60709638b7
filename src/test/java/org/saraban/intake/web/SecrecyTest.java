package org.saraban.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.index.SampleLetters;

/**
 * Letters marked ลับ / ลับที่สุด reach a reader of the API, the page's data, the deadline feeds and the
 * calendar only with a clearance token of their level or higher.
 */
class SecrecyTest {
    static final String TOP_SECRET_LETTER = "7a6b0000000000ff-1";
    static final String CONFIDENTIAL_TOKEN = "c-7d1f3e";
    static final String TOP_SECRET_TOKEN = "ts-91b2aa";

    @TempDir static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(root, "127.0.0.1", null, new ClearanceGrants(
                Map.of(Secrecy.CONFIDENTIAL, CONFIDENTIAL_TOKEN, Secrecy.TOP_SECRET, TOP_SECRET_TOKEN)));
        // A top-secret letter with a deadline inside the feeds' window (today is 10 Dec 2024).
        ObjectMapper json = DirectiveJson.newMapper();
        DirectiveRecord followUp = SampleLetters.all().stream()
                .filter(r -> r.id().equals(SampleLetters.TAK_FOLLOW_UP)).findFirst().orElseThrow();
        ObjectNode node = json.valueToTree(followUp);
        node.put("id", TOP_SECRET_LETTER);
        node.put("secrecy", "top_secret");
        node.put("subject", "การเตรียมการรับเสด็จ");
        ((ObjectNode) node.get("refNo")).put("text", "ตก 0023.3/ว 4321");
        ((ObjectNode) node.get("deadlines").get(0)).put("date", "2024-12-20");
        DirectiveRecord topSecret = json.treeToValue(node, DirectiveRecord.class);
        server.store.save(topSecret);
        server.index.index(List.of(topSecret));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void withoutClearanceNoSecretLetterIsShownAnywhere() throws Exception {
        assertVisible(null, null, false, false);
        assertVisible("X-Saraban-Clearance", "a-wrong-token", false, false);
    }

    @Test
    void aTokenOpensItsLevelAndTheLevelsBelowOnly() throws Exception {
        assertVisible("X-Saraban-Clearance", CONFIDENTIAL_TOKEN, true, false);
        assertVisible("X-Saraban-Clearance", TOP_SECRET_TOKEN, true, true);
    }

    @Test
    void aCalendarSubscriptionCarriesItsClearanceInTheAddress() throws Exception {
        String ics = server.get("/deadlines.ics?clearance=" + TOP_SECRET_TOKEN).body();
        assertTrue(ics.contains("ตก 0023.3/ว 4321"), ics);
        assertFalse(server.get("/deadlines.ics").body().contains("ตก 0023.3/ว 4321"));
    }

    private static void assertVisible(String header, String token, boolean confidential, boolean topSecret) throws Exception {
        String who = token == null ? "no clearance" : token;
        assertEquals(confidential, searchIds(header, token, "งบประมาณ").contains(SampleLetters.SECRET_LETTER), who);
        assertEquals(topSecret, searchIds(header, token, "รับเสด็จ").contains(TOP_SECRET_LETTER), who);
        assertEquals(confidential ? 200 : 404, get("/api/records/" + SampleLetters.SECRET_LETTER, header, token).statusCode(), who);
        assertEquals(topSecret ? 200 : 404, get("/api/records/" + TOP_SECRET_LETTER, header, token).statusCode(), who);
        assertEquals(topSecret ? 200 : 404, get("/api/records/" + TOP_SECRET_LETTER + "/links", header, token).statusCode(), who);
        assertEquals(topSecret, get("/api/deadlines", header, token).body().contains(TOP_SECRET_LETTER), who);
        assertEquals(topSecret, get("/api/deadlines.csv", header, token).body().contains("ตก 0023.3/ว 4321"), who);
        assertEquals(topSecret, get("/deadlines.ics", header, token).body().contains("ตก 0023.3/ว 4321"), who);
        // Facet counts do not give a hidden letter away either.
        JsonNode all = new ObjectMapper().readTree(get("/api/search?q=" + enc("ศูนย์ช่วยเหลือประชาชน"), header, token).body());
        all.get("hits").forEach(h -> assertFalse(!confidential && h.get("id").asText().equals(SampleLetters.SECRET_LETTER)));
    }

    private static List<String> searchIds(String header, String token, String query) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc(query), header, token);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode hits = new ObjectMapper().readTree(r.body()).get("hits");
        List<String> ids = new java.util.ArrayList<>();
        hits.forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static HttpResponse<String> get(String path, String header, String token) throws Exception {
        return header == null ? server.get(path) : server.get(path, header, token);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
