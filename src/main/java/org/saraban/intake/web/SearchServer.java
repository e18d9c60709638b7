package org.saraban.intake.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.StringWriter;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.feed.DeadlineCalendar;
import org.saraban.intake.feed.DeadlineList;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.store.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the Thai web page ({@code /}), the JSON API and the deadline feeds.
 * <ul>
 *   <li>{@code GET /api/search?q=&agency=&type=&urgency=&domain=&year=&dateFrom=&dateTo=&deadlineFrom=&deadlineTo=&sort=&offset=&limit=}
 *   <li>{@code GET /api/records/{id}}: the record as stored; {@code /api/records/{id}/links}: the
 *       letters it cites and encloses, those that cite it, and related letters;
 *       {@code /api/records/{id}/pages/{n}}: a page of its scan as PNG
 *   <li>{@code GET /api/deadlines?from=&to=}, {@code GET /api/deadlines.csv?from=&to=}, {@code GET /deadlines.ics}
 * </ul>
 * Every request passes {@link AccessPolicy} first; every answer honours the readers' clearance.
 */
public final class SearchServer implements AutoCloseable {
    static final String TOKEN_COOKIE = "saraban_token";
    static final String CLEARANCE_COOKIE = "saraban_clearance";
    static final String CLEARANCE_HEADER = "X-Saraban-Clearance";
    /** Deadlines listed when no range is asked for: from two months back to a year ahead. */
    private static final int PAST_DAYS = 60;
    private static final int FUTURE_DAYS = 365;
    private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);

    private final DirectiveIndex index;
    private final RecordStore store;
    private final WebSettings settings;
    private final AccessPolicy access;
    private final ScanPages pages;
    private final Javalin app;

    public SearchServer(DirectiveIndex index, RecordStore store, WebSettings settings) {
        this.index = index;
        this.store = store;
        this.settings = settings;
        this.access = new AccessPolicy(settings.token());
        this.pages = new ScanPages(settings.archive());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(DirectiveJson.newMapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(this::guard);
        app.get("/api/search", this::search);
        app.get("/api/records/{id}", this::record);
        app.get("/api/records/{id}/links", this::links);
        app.get("/api/records/{id}/pages/{page}", this::page);
        app.get("/api/deadlines", this::deadlines);
        app.get("/api/deadlines.csv", this::deadlinesCsv);
        app.get("/deadlines.ics", this::calendar);
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", oneLine(e))));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Map.of("error", oneLine(e)));
        });
    }

    /** Starts listening and returns the port (useful with port 0). */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    private void guard(Context ctx) throws Exception {
        // The page is plain files from this server; nothing from a scan may run as script or be framed.
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        // Calendar and page links may carry tokens in their query: do not pass them on.
        ctx.header("Referrer-Policy", "no-referrer");
        String fromQuery = ctx.queryParam("token");
        String presented = fromQuery != null ? fromQuery : bearer(ctx.header("Authorization"));
        if (presented == null) {
            presented = ctx.cookie(TOKEN_COOKIE);
        }
        InetAddress remote = InetAddress.getByName(ctx.req().getRemoteAddr());
        switch (access.check(remote, ctx.header("Host"), presented)) {
            case ALLOW -> {
                if (fromQuery != null && access.hasToken()) {
                    // A person who opened the page with ?token= keeps access for the page's own requests.
                    ctx.cookie(new Cookie(TOKEN_COOKIE, fromQuery, "/", -1, false, 0, true, null, null, SameSite.STRICT));
                }
            }
            case REMOTE_ACCESS_OFF -> halt(ctx, HttpStatus.FORBIDDEN,
                    "remote access is off; set saraban.web.token to allow it with a token");
            case TOKEN_REQUIRED -> {
                ctx.header("WWW-Authenticate", "Bearer");
                halt(ctx, HttpStatus.UNAUTHORIZED, "a valid token is required (Authorization: Bearer, or ?token=)");
            }
        }
    }

    private static void halt(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
        ctx.skipRemainingHandlers();
    }

    private static String bearer(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    /** What this request's reader may see: everyone's letters, and secret ones with a clearance token. */
    private Clearance clearance(Context ctx) {
        String presented = ctx.queryParam("clearance");
        if (presented == null) {
            presented = ctx.header(CLEARANCE_HEADER);
        }
        if (presented == null) {
            presented = ctx.cookie(CLEARANCE_COOKIE);
        }
        Clearance granted = settings.grants().clearanceFor(presented);
        if (granted.levels().isEmpty()) {
            return settings.clearance();
        }
        if (ctx.queryParam("clearance") != null) {
            // The page's own requests keep the clearance its reader opened it with.
            ctx.cookie(new Cookie(CLEARANCE_COOKIE, presented, "/", -1, false, 0, true, null, null, SameSite.STRICT));
        }
        return granted;
    }

    private LocalDate today() {
        return LocalDate.now(settings.clock());
    }

    private void search(Context ctx) throws Exception {
        ctx.json(index.search(SearchParams.read(ctx.queryParamMap(), clearance(ctx), today())));
    }

    private Optional<DirectiveRecord> visible(Context ctx, String id) throws Exception {
        return store.find(id).filter(clearance(ctx)::permits);
    }

    private void record(Context ctx) throws Exception {
        Optional<DirectiveRecord> record = visible(ctx, ctx.pathParam("id"));
        if (record.isPresent()) {
            ctx.json(record.get());
        } else {
            notFound(ctx);
        }
    }

    private void links(Context ctx) throws Exception {
        Optional<DirectiveRecord> record = visible(ctx, ctx.pathParam("id"));
        if (record.isEmpty()) {
            notFound(ctx);
            return;
        }
        var links = index.links(record.get(), clearance(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cites", links.cites());
        body.put("encloses", links.encloses());
        body.put("citedBy", links.citedBy());
        body.put("related", index.related(record.get().id(), 5, clearance(ctx)));
        ctx.json(body);
    }

    private void page(Context ctx) throws Exception {
        int page = SearchParams.number(Map.of("page", List.of(ctx.pathParam("page").replaceFirst("\\.png$", ""))), "page", 0);
        Optional<DirectiveRecord> record = visible(ctx, ctx.pathParam("id"));
        Optional<byte[]> png = record.isEmpty() ? Optional.empty() : pages.png(record.get(), page);
        if (png.isEmpty()) {
            ctx.status(404).json(Map.of("error", "no page " + page + " of that letter"));
            return;
        }
        ctx.contentType("image/png").header("Cache-Control", "private, max-age=3600").result(png.get());
    }

    private List<DirectiveRecord> visibleRecords(Context ctx) throws Exception {
        return store.all().stream().filter(clearance(ctx)::permits).toList();
    }

    private List<org.saraban.intake.feed.DeadlineEntry> deadlineRange(Context ctx) throws Exception {
        Map<String, List<String>> params = ctx.queryParamMap();
        LocalDate today = today();
        LocalDate from = Optional.ofNullable(SearchParams.date(params, "from")).orElse(today.minusDays(PAST_DAYS));
        LocalDate to = Optional.ofNullable(SearchParams.date(params, "to")).orElse(today.plusDays(FUTURE_DAYS));
        return DeadlineList.between(visibleRecords(ctx), from, to, today);
    }

    private void deadlines(Context ctx) throws Exception {
        ctx.json(Map.of("today", today(), "deadlines", deadlineRange(ctx)));
    }

    private void deadlinesCsv(Context ctx) throws Exception {
        StringWriter out = new StringWriter();
        DeadlineList.writeCsv(deadlineRange(ctx), letterLink(ctx), out);
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"deadlines.csv\"")
                .result(out.toString());
    }

    private void calendar(Context ctx) throws Exception {
        StringWriter out = new StringWriter();
        DeadlineCalendar.write(DeadlineCalendar.of(visibleRecords(ctx), letterLink(ctx), settings.clock().instant()), out);
        ctx.contentType("text/calendar; charset=utf-8").result(out.toString());
    }

    /** The start of a letter's address on the page, to which an id is appended. */
    private String letterLink(Context ctx) {
        String base = settings.baseUrl() != null ? settings.baseUrl() : ctx.scheme() + "://" + ctx.host();
        return base + "/#/letter/";
    }

    private static void notFound(Context ctx) {
        ctx.status(404).json(Map.of("error", "no record " + ctx.pathParam("id")));
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public void close() {
        app.stop();
    }
}
