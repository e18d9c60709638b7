package org.saraban.intake.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.index.SampleLetters;

/** Webhooks against a real HTTP receiver on this machine. */
class WebhookOutboxTest {
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), 4);

    @TempDir Path dir;
    final ObjectMapper json = new ObjectMapper();
    final ConcurrentLinkedQueue<JsonNode> received = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> deliveryIds = new ConcurrentLinkedQueue<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);
    HttpServer receiver;

    String startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            if (status == 200) {
                received.add(json.readTree(new String(body, StandardCharsets.UTF_8)));
                deliveryIds.add(exchange.getRequestHeaders().getFirst("X-Saraban-Delivery"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceiver() {
        gate.countDown();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** Waits for {@code condition}; a guard against hanging, not a measure of speed. */
    static void await(Check condition, String what) throws Exception {
        for (int i = 0; i < 600 && !condition.holds(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.holds(), what);
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static Set<String> withDeadlines() {
        return SampleLetters.all().stream().filter(r -> !r.deadlines().isEmpty()).map(DirectiveRecord::id).collect(Collectors.toSet());
    }

    @Test
    void postsEveryRecordWithDeadlines() throws Exception {
        String url = startReceiver();
        try (WebhookOutbox outbox = new WebhookOutbox(dir, List.of(url), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()).start()) {
            outbox.accept(SampleLetters.all());
            await(() -> received.size() == withDeadlines().size(), "all delivered");
            await(() -> outbox.pending().isEmpty(), "nothing left pending");
        }
        assertEquals(withDeadlines(), received.stream().map(b -> b.get("record").get("id").asText()).collect(Collectors.toSet()));
        JsonNode one = received.peek();
        assertEquals("directive.indexed", one.get("event").asText());
        assertEquals(one.get("deliveryId").asText(), deliveryIds.peek());
        assertTrue(one.get("record").get("deadlines").size() > 0);
    }

    @Test
    void secretLettersAreNotSent() throws Exception {
        String url = startReceiver();
        DirectiveRecord r = SampleLetters.all().get(2);
        DirectiveRecord secret = new DirectiveRecord(r.schemaVersion(), "7a6b00000000000a-1", r.source(), r.letterType(),
                r.urgency(), org.saraban.intake.directive.Secrecy.SECRET, r.refNo(), r.date(), r.dateRaw(), r.issuer(),
                r.subject(), r.salutation(), r.recipients(), r.references(), r.enclosures(), r.infoDomains(), r.deadlines(),
                r.signer(), r.ownerUnit(), r.contacts(), r.receivedStamps(), r.qrCodes(), r.links(), r.enclosedBy(), r.text(),
                r.confidence(), r.review());
        try (WebhookOutbox outbox = new WebhookOutbox(dir, List.of(url), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()).start()) {
            outbox.accept(List.of(secret, r));
            await(() -> received.size() == 1 && outbox.pending().isEmpty(), "the unmarked letter delivered");
        }
        assertEquals(r.id(), received.peek().get("record").get("id").asText());
    }

    @Test
    void retriesWithBackoffUntilTheReceiverTakesIt() throws Exception {
        String url = startReceiver();
        failuresLeft.set(2);
        try (WebhookOutbox outbox = new WebhookOutbox(dir, List.of(url), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()).start()) {
            outbox.accept(List.of(SampleLetters.all().get(2)));
            await(() -> received.size() == 1, "delivered on the third try");
            await(() -> outbox.pending().isEmpty(), "nothing left pending");
        }
        assertEquals(-1, failuresLeft.get(), "two refusals, then one success: three tries");
    }

    @Test
    void neverBlocksIngestionAndSurvivesARestart() throws Exception {
        String url = startReceiver();
        gate = new CountDownLatch(1); // the receiver hangs
        List<DirectiveRecord> krabi = List.of(SampleLetters.all().get(2), SampleLetters.all().get(3));
        try (WebhookOutbox first = new WebhookOutbox(dir, List.of(url), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()).start()) {
            first.accept(krabi); // returns although the receiver does not answer
            assertEquals(2, first.pending().size());
        } // stopped with both still pending, as at a shutdown or crash
        assertTrue(received.isEmpty());
        gate.countDown();
        try (WebhookOutbox second = new WebhookOutbox(dir, List.of(url), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()).start()) {
            await(() -> received.stream().map(b -> b.get("record").get("id").asText()).collect(Collectors.toSet())
                    .equals(Set.of(SampleLetters.KRABI_PROVINCE, SampleLetters.KRABI_DEPARTMENT)), "delivered after the restart");
            await(() -> second.pending().isEmpty(), "nothing left pending");
        }
    }

    @Test
    void setsAsideAfterTheLastTryWithoutLosingIt() throws Exception {
        String url = startReceiver();
        failuresLeft.set(1000);
        try (WebhookOutbox outbox = new WebhookOutbox(dir, List.of(url), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()).start()) {
            outbox.accept(List.of(SampleLetters.all().get(0)));
            await(() -> outbox.failed().size() == 1, "set aside");
            assertTrue(outbox.pending().isEmpty());
            JsonNode kept = json.readTree(outbox.failed().get(0).toFile());
            assertEquals(4, kept.get("attempts").asInt());
            assertEquals("HTTP 503", kept.get("lastError").asText());
            assertEquals(SampleLetters.TAK_PROVINCE, kept.get("body").get("record").get("id").asText());
        }
    }

    @Test
    void backoffDoublesUpToItsLimit() {
        Backoff b = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), 10);
        assertEquals(List.of(10L, 20L, 40L, 60L, 60L),
                List.of(1, 2, 3, 4, 9).stream().map(n -> b.delayAfter(n).toSeconds()).toList());
        assertThrows(IllegalArgumentException.class, () -> new WebhookOutbox(dir, List.of("ftp://x/"), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()));
        assertThrows(IllegalArgumentException.class, () -> new WebhookOutbox(dir, List.of("not a url"), FAST, Clock.systemUTC(), Clearance.unmarkedOnly()));
    }
}
