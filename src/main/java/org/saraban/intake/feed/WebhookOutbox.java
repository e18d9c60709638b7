package org.saraban.intake.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.Clearance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks: every indexed record that has deadlines is POSTed as JSON to each configured URL
 * (letters with a secrecy mark only when the clearance allows).
 * <p>{@link #accept} only writes one small file per (record, URL) into {@code pending/} and
 * returns; one background thread delivers them, so ingestion never waits for another system. A
 * delivery is done when the receiver answers 2xx; otherwise it is tried again after a growing
 * wait ({@link Backoff}), and after the last try it is moved to {@code failed/} with its last
 * error, to be sent again by moving it back. Files survive restarts, so nothing is lost; a
 * delivery cut by a crash is sent again, so receivers should drop repeats by the
 * {@code X-Saraban-Delivery} header (the same id on every try). Thread-safe.
 */
public final class WebhookOutbox implements Consumer<List<DirectiveRecord>>, AutoCloseable {
    static final String EVENT = "directive.indexed";
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);

    private final Path pending;
    private final Path failed;
    private final List<URI> urls;
    private final Backoff backoff;
    private final Clock clock;
    private final Clearance clearance;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = DirectiveJson.newMapper();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhooks");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param dir the outbox folder (holds {@code pending/} and {@code failed/})
     * @param urls where to POST; each must be an http or https address
     * @param clearance the secrecy levels the receivers may see; other letters are not sent
     */
    public WebhookOutbox(Path dir, List<String> urls, Backoff backoff, Clock clock, Clearance clearance) throws IOException {
        this.urls = urls.stream().map(WebhookOutbox::checkedUrl).toList();
        this.pending = Files.createDirectories(dir.resolve("pending"));
        this.failed = Files.createDirectories(dir.resolve("failed"));
        this.backoff = backoff;
        this.clock = clock;
        this.clearance = clearance;
    }

    private static URI checkedUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("webhook URL must be an http or https address: " + url);
    }

    /** Starts delivering, beginning with whatever a previous run left pending. */
    public WebhookOutbox start() {
        long poll = Math.min(POLL.toMillis(), backoff.first().toMillis());
        worker.scheduleWithFixedDelay(this::deliverDue, 0, poll, TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Queues a notification for each record with deadlines and each URL, and returns at once. A
     * record that cannot be queued (a full disk) is logged, and ingestion goes on: the record itself
     * is already saved.
     */
    @Override
    public void accept(List<DirectiveRecord> records) {
        for (DirectiveRecord record : records) {
            if (record.deadlines().isEmpty()) {
                continue;
            }
            if (!clearance.permits(record)) {
                LOG.info("record {} is marked {}: not sent to webhooks", record.id(), record.secrecy().thai());
                continue;
            }
            for (URI url : urls) {
                try {
                    queue(record, url);
                } catch (IOException | RuntimeException e) {
                    LOG.error("cannot queue the webhook for record {} to {}: {}", record.id(), url, e.getMessage());
                }
            }
        }
        try {
            worker.execute(this::deliverDue);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // Closed: the queued files wait on disk for the next start.
        }
    }

    private void queue(DirectiveRecord record, URI url) throws IOException {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        ObjectNode delivery = json.createObjectNode();
        delivery.put("id", id);
        delivery.put("url", url.toString());
        delivery.put("attempts", 0);
        delivery.put("nextAttemptAt", now.toString());
        delivery.put("lastError", (String) null);
        ObjectNode body = delivery.putObject("body");
        body.put("event", EVENT);
        body.put("deliveryId", id);
        body.put("queuedAt", now.toString());
        body.set("record", json.valueToTree(record));
        // Names sort in queue order, so the oldest notification goes first.
        write(pending.resolve(String.format("%020d-%s.json", now.toEpochMilli(), id)), delivery);
    }

    private void write(Path target, ObjectNode content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".write-", ".tmp");
        try {
            json.writeValue(tmp.toFile(), content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Notifications not yet delivered, oldest first. */
    public List<Path> pending() throws IOException {
        return list(pending);
    }

    /** Notifications set aside after their last try. */
    public List<Path> failed() throws IOException {
        return list(failed);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** One pass over the pending notifications whose time has come; runs on the worker thread only. */
    private void deliverDue() {
        try {
            for (Path file : pending()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                deliver(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("webhook outbox: {}", e.getMessage());
        }
    }

    private void deliver(Path file) throws IOException {
        ObjectNode delivery;
        try {
            delivery = (ObjectNode) json.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            LOG.error("webhook outbox: unreadable notification {} set aside: {}", file.getFileName(), e.getMessage());
            Files.move(file, failed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Instant now = clock.instant();
        if (Instant.parse(delivery.get("nextAttemptAt").asText()).isAfter(now)) {
            return;
        }
        String error = post(URI.create(delivery.get("url").asText()), delivery.get("id").asText(),
                json.writeValueAsString(delivery.get("body")));
        if (Thread.currentThread().isInterrupted()) {
            return; // stopping: the file stays as it was and is sent at the next start
        }
        if (error == null) {
            Files.deleteIfExists(file);
            return;
        }
        int attempts = delivery.get("attempts").asInt() + 1;
        delivery.put("attempts", attempts);
        delivery.put("lastError", error);
        delivery.put("nextAttemptAt", now.plus(backoff.delayAfter(attempts)).toString());
        if (attempts >= backoff.maxAttempts()) {
            write(failed.resolve(file.getFileName()), delivery);
            Files.deleteIfExists(file);
            LOG.error("webhook to {} failed {} times, set aside in {}: {}", delivery.get("url").asText(), attempts, failed, error);
        } else {
            write(file, delivery);
            LOG.warn("webhook to {} failed (try {}), next try at {}: {}", delivery.get("url").asText(), attempts,
                    delivery.get("nextAttemptAt").asText(), error);
        }
    }

    /** Sends one notification; null when the receiver took it, else why not. */
    private String post(URI url, String id, String body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "saraban-intake")
                .header("X-Saraban-Event", EVENT)
                .header("X-Saraban-Delivery", id)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Stops delivering; what is still pending stays on disk for the next start. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
