package org.saraban.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.pipeline.IntakeSettings;

/** The web and webhook keys of the configuration file reach the server's settings. */
class WebSettingsTest {
    @TempDir Path dir;

    @Test
    void readsTokenBaseUrlAndWebhooks() throws Exception {
        Path config = dir.resolve("saraban.properties");
        Files.writeString(config, String.join("\n",
                "saraban.workspace=" + dir.resolve("ws"),
                "saraban.web.token=  abc123  ",
                "saraban.web.base-url=https://saraban.example.go.th/",
                "saraban.webhook.urls=https://a.example/hook, http://b.example:8080/in ,"));
        IntakeSettings settings = IntakeSettings.load(config);
        assertEquals(List.of("https://a.example/hook", "http://b.example:8080/in"), settings.webhookUrls());
        WebSettings web = WebSettings.of(settings);
        assertEquals("abc123", web.token());
        assertEquals("https://saraban.example.go.th", web.baseUrl());
        assertEquals(dir.resolve("ws").resolve("archive").toAbsolutePath(), web.archive());
        assertFalse(web.clearance().permits(org.saraban.intake.index.SampleLetters.all().stream()
                .filter(r -> r.secrecy() != null).findFirst().orElseThrow()), "secret letters stay hidden on the web");
    }

    @Test
    void defaultsAreLocalOnly() throws Exception {
        Path config = dir.resolve("saraban.properties");
        Files.writeString(config, "saraban.workspace=" + dir.resolve("ws") + "\n");
        IntakeSettings settings = IntakeSettings.load(config);
        WebSettings web = WebSettings.of(settings);
        assertEquals("127.0.0.1", settings.webHost());
        assertNull(web.token());
        assertNull(web.baseUrl());
        assertEquals(List.of(), settings.webhookUrls());
    }
}
