package org.saraban.intake.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.store.RecordStore;

/**
 * The search API: {@code GET /api/search?q=&limit=} and {@code GET /api/records/{id}}. Listens on
 * the configured host, localhost by default.
 */
public final class SearchServer implements AutoCloseable {
    private final DirectiveIndex index;
    private final RecordStore store;
    private final Javalin app;

    public SearchServer(DirectiveIndex index, RecordStore store) {
        this.index = index;
        this.store = store;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(DirectiveJson.newMapper(), false));
        });
        app.get("/api/search", this::search);
        app.get("/api/records/{id}", this::record);
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
    }

    /** Starts listening and returns the port (useful with port 0). */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    private void search(Context ctx) throws Exception {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("parameter q is required");
        }
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0 && n <= 1000, "1..1000").getOrDefault(20);
        ctx.json(Map.of("query", q, "hits", index.search(q, limit)));
    }

    private void record(Context ctx) throws Exception {
        var record = store.find(ctx.pathParam("id"));
        if (record.isPresent()) {
            ctx.json(record.get());
        } else {
            ctx.status(404).json(Map.of("error", "no record " + ctx.pathParam("id")));
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
