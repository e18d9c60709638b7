package org.saraban.intake.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.index.SampleLetters;
import org.saraban.intake.store.RecordStore;

/**
 * A real server on a free port over a workspace holding the sample letters, with "today" fixed at
 * 10 December 2024 (Bangkok time) so deadlines are stable.
 */
final class TestServer implements AutoCloseable {
    static final Instant NOW = Instant.parse("2024-12-10T03:00:00Z");

    final Path root;
    final RecordStore store;
    final DirectiveIndex index;
    final SearchServer server;
    final int port;
    final HttpClient http = HttpClient.newHttpClient();

    TestServer(Path root, String host, String token) throws IOException {
        this(root, host, token, ClearanceGrants.none());
    }

    TestServer(Path root, String host, String token, ClearanceGrants grants) throws IOException {
        this.root = root;
        store = new RecordStore(root.resolve("records"));
        for (DirectiveRecord r : SampleLetters.all()) {
            store.save(r);
        }
        index = new DirectiveIndex(root.resolve("index"));
        index.rebuild(store.all());
        Files.createDirectories(root.resolve("archive"));
        server = new SearchServer(index, store, new WebSettings(token, null, root.resolve("archive"),
                Clearance.unmarkedOnly(), grants, Clock.fixed(NOW, WebSettings.ZONE)));
        port = server.start(host, 0);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET carrying {@code header: value}. */
    HttpResponse<String> get(String pathAndQuery, String header, String value) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        index.close();
    }
}
