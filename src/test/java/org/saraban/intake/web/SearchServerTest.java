package org.saraban.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.SampleLetters;

class SearchServerTest {
    @TempDir static Path root;
    static TestServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(root, "127.0.0.1", null);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void searchGivesHitsSnippetsAndFacets() throws Exception {
        JsonNode result = json("/api/search?q=" + enc("ศูนย์ช่วยเหลือประชาชน"));
        List<String> ids = ids(result);
        assertTrue(ids.containsAll(List.of(SampleLetters.TAK_PROVINCE, SampleLetters.TAK_DEPARTMENT)), ids.toString());
        assertFalse(ids.contains(SampleLetters.SECRET_LETTER), "secret letters are not shown");
        JsonNode first = result.get("hits").get(0);
        assertTrue(first.get("snippets").get(0).get("parts").toString().contains("\"match\":true"));
        List<String> dimensions = new ArrayList<>();
        result.get("facets").forEach(f -> dimensions.add(f.get("dimension").asText()));
        assertEquals(List.of("agency", "type", "urgency", "domain", "year"), dimensions);
        assertEquals("ด้านที่ 6 การจัดการภายในและธรรมาภิบาล", result.get("facets").get(3).get("values").get(0).get("label").asText());
    }

    @Test
    void filtersSortsAndRanges() throws Exception {
        assertEquals(List.of(SampleLetters.TAK_PROVINCE, SampleLetters.MAE_HONG_SON_PROVINCE).stream().sorted().toList(),
                ids(json("/api/search?type=stamped")).stream().sorted().toList());
        List<String> byDeadline = ids(json("/api/search?sort=deadline&limit=2"));
        assertEquals(List.of(SampleLetters.KRABI_DEPARTMENT, SampleLetters.KRABI_PROVINCE).stream().sorted().toList(),
                byDeadline.stream().sorted().toList(), "30 Dec 2024 is the nearest deadline after 10 Dec 2024");
        assertEquals(List.of(SampleLetters.MAE_HONG_SON_DEPARTMENT), ids(json("/api/search?dateTo=2021-12-31")));
    }

    @Test
    void badParametersGetAOneLineReason() throws Exception {
        HttpResponse<String> r = server.get("/api/search?dateFrom=31-12-2024");
        assertEquals(400, r.statusCode());
        assertEquals("dateFrom must be a date like 2024-12-31, not '31-12-2024'", JSON.readTree(r.body()).get("error").asText());
        assertEquals(400, server.get("/api/search?sort=random").statusCode());
        assertEquals(400, server.get("/api/search?type=stamped&limit=0").statusCode());
        assertEquals(400, server.get("/api/deadlines?from=2025-01-01&to=2024-01-01").statusCode());
    }

    @Test
    void recordsAreServedAsTheSchemaSays() throws Exception {
        JsonNode record = json("/api/records/" + SampleLetters.TAK_DEPARTMENT);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("classpath:schema/directive-record.schema.json"));
        assertEquals(java.util.Set.of(), schema.validate(record));
        assertEquals("มท 0810.7/ว 5955", record.get("refNo").get("text").asText());
        assertEquals(404, server.get("/api/records/" + SampleLetters.SECRET_LETTER).statusCode());
        assertEquals(404, server.get("/api/records/..%2F..%2Fetc%2Fpasswd").statusCode());
    }

    @Test
    void linksGiveTheReferenceGraphAndRelatedLetters() throws Exception {
        JsonNode links = json("/api/records/" + SampleLetters.TAK_DEPARTMENT + "/links");
        List<String> citedBy = new ArrayList<>();
        links.get("citedBy").forEach(l -> citedBy.add(l.get("id").asText()));
        assertEquals(List.of(SampleLetters.TAK_PROVINCE, SampleLetters.TAK_FOLLOW_UP).stream().sorted().toList(), citedBy.stream().sorted().toList());
        assertEquals(2, links.get("cites").size());
        assertTrue(links.get("related").size() > 0);
        links.get("related").forEach(h -> assertFalse(h.get("id").asText().equals(SampleLetters.SECRET_LETTER)));
    }

    @Test
    void deadlinesAsJsonCsvAndIcs() throws Exception {
        JsonNode list = json("/api/deadlines?from=2024-12-01&to=2024-12-31");
        assertEquals("2024-12-10", list.get("today").asText());
        List<String> days = new ArrayList<>();
        list.get("deadlines").forEach(d -> days.add(d.get("date").asText()));
        assertEquals(List.of("2024-12-05", "2024-12-05", "2024-12-05", "2024-12-30", "2024-12-30"), days);
        assertTrue(list.get("deadlines").get(0).get("overdue").asBoolean());
        assertFalse(list.get("deadlines").get(4).get("overdue").asBoolean());

        HttpResponse<String> csv = server.get("/api/deadlines.csv?from=2024-12-30&to=2024-12-30");
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(3, csv.body().lines().count());

        HttpResponse<String> ics = server.get("/deadlines.ics");
        assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertFalse(calendar.validate().hasErrors());
        assertEquals(8, calendar.getComponents("VEVENT").size(), "every deadline of the visible letters");
        assertTrue(ics.body().contains("URL:" + server.base() + "/#/letter/" + SampleLetters.KRABI_PROVINCE));
    }

    @Test
    void scanPagesOfTheLetterOnly() throws Exception {
        DirectiveRecord krabi = SampleLetters.all().get(2);
        Path dir = Files.createDirectories(root.resolve("archive").resolve(krabi.source().sha256()));
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 4; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream draw = new PDPageContentStream(pdf, page)) {
                    draw.addRect(50, 50, 100 + 50 * i, 100);
                    draw.fill();
                }
            }
            pdf.save(dir.resolve(krabi.source().file()).toFile());
        }
        HttpResponse<byte[]> png = server.http.send(HttpRequest.newBuilder(
                URI.create(server.base() + "/api/records/" + krabi.id() + "/pages/2")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertNotNull(image);
        assertEquals(826, image.getWidth(), "A4 (595 pt) at 100 dpi");
        assertEquals(404, server.get("/api/records/" + krabi.id() + "/pages/3").statusCode(), "page 3 belongs to the other letter");
        assertEquals(404, server.get("/api/records/" + SampleLetters.TAK_PROVINCE + "/pages/1").statusCode(), "scan not archived");
    }

    @Test
    void pageAndApiCarrySafetyHeaders() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }
}
