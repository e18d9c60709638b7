package org.saraban.intake.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.ingest.LoadLimits;

/**
 * Configuration, read in this order, later wins: the defaults in {@code saraban-defaults.properties}
 * inside the jar, a properties file ({@code --config}, or {@code saraban.properties} in the working
 * folder), Java system properties, and environment variables ({@code saraban.inbox.poll-ms} as
 * {@code SARABAN_INBOX_POLL_MS}).
 */
public record IntakeSettings(
        Path workspace,
        Path inbox,
        int threads,
        String ocrLanguages,
        int ocrPageSegMode,
        String webHost,
        int webPort,
        long inboxPollMillis,
        long inboxStableMillis,
        long maxSecondsPerFile,
        LoadLimits limits,
        String webToken,
        String webBaseUrl,
        java.util.List<String> webhookUrls,
        Map<Secrecy, String> clearanceTokens) {

    public IntakeSettings {
        webhookUrls = webhookUrls == null ? java.util.List.of() : java.util.List.copyOf(webhookUrls);
        clearanceTokens = clearanceTokens == null ? Map.of() : Map.copyOf(clearanceTokens);
    }

    public Workspace workspaceFolders() {
        return new Workspace(workspace, inbox);
    }

    public IntakeSettings withWorkspace(Path root) {
        return new IntakeSettings(root, root.resolve("inbox"), threads, ocrLanguages, ocrPageSegMode,
                webHost, webPort, inboxPollMillis, inboxStableMillis, maxSecondsPerFile, limits, webToken, webBaseUrl,
                webhookUrls, clearanceTokens);
    }

    public static IntakeSettings load(Path configFile) throws IOException {
        return fromProperties(merged(configFile, System.getProperties(), System.getenv()));
    }

    /** The defaults with some keys set otherwise, ignoring files and environment (for embedding and tests). */
    public static IntakeSettings defaultsWith(Map<String, String> overrides) throws IOException {
        Properties p = defaults();
        overrides.forEach(p::setProperty);
        return fromProperties(p);
    }

    private static Properties defaults() throws IOException {
        Properties p = new Properties();
        try (InputStream in = IntakeSettings.class.getResourceAsStream("/saraban-defaults.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Properties merged(Path configFile, Properties system, Map<String, String> env) throws IOException {
        Properties p = defaults();
        Path file = configFile != null ? configFile : Path.of("saraban.properties");
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new IOException("configuration file not found: " + configFile);
        }
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        for (String key : p.stringPropertyNames()) {
            String envKey = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            if (system.getProperty(key) != null) {
                p.setProperty(key, system.getProperty(key));
            } else if (env.get(envKey) != null) {
                p.setProperty(key, env.get(envKey));
            }
        }
        return p;
    }

    static IntakeSettings fromProperties(Properties p) {
        Path workspace = Path.of(p.getProperty("saraban.workspace")).toAbsolutePath().normalize();
        String inbox = p.getProperty("saraban.inbox", "").strip();
        int threads = Integer.parseInt(p.getProperty("saraban.threads"));
        if (threads <= 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        return new IntakeSettings(
                workspace,
                inbox.isEmpty() ? workspace.resolve("inbox") : Path.of(inbox).toAbsolutePath().normalize(),
                threads,
                p.getProperty("saraban.ocr.languages"),
                Integer.parseInt(p.getProperty("saraban.ocr.psm")),
                p.getProperty("saraban.web.host"),
                Integer.parseInt(p.getProperty("saraban.web.port")),
                Long.parseLong(p.getProperty("saraban.inbox.poll-ms")),
                Long.parseLong(p.getProperty("saraban.inbox.stable-ms")),
                Long.parseLong(p.getProperty("saraban.limits.max-seconds-per-file")),
                new LoadLimits(
                        Long.parseLong(p.getProperty("saraban.limits.max-file-bytes")),
                        Integer.parseInt(p.getProperty("saraban.limits.max-pages")),
                        Long.parseLong(p.getProperty("saraban.limits.max-pixels-per-page"))),
                p.getProperty("saraban.web.token", "").strip(),
                p.getProperty("saraban.web.base-url", "").strip(),
                java.util.Arrays.stream(p.getProperty("saraban.webhook.urls", "").split(","))
                        .map(String::strip).filter(u -> !u.isEmpty()).toList(),
                clearanceTokens(p));
    }

    /** {@code saraban.clearance.secret-token} etc.: who presents it may see letters up to that level. */
    private static Map<Secrecy, String> clearanceTokens(Properties p) {
        Map<Secrecy, String> tokens = new java.util.EnumMap<>(Secrecy.class);
        for (Secrecy level : Secrecy.values()) {
            String token = p.getProperty("saraban.clearance." + level.json().replace('_', '-') + "-token", "").strip();
            if (!token.isEmpty()) {
                tokens.put(level, token);
            }
        }
        return tokens;
    }
}
