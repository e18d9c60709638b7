package org.saraban.intake.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.pipeline.IntakeSettings;

/**
 * What the server needs besides the index and the records: the access token (null for local use
 * only), the address other systems reach it by for links in feeds (null: taken from each request),
 * the archive folder holding the scans, what every reader may see and which clearance tokens open
 * secret letters, and the clock that
 * says what "today" is for deadlines.
 */
public record WebSettings(String token, String baseUrl, Path archive, Clearance clearance, ClearanceGrants grants,
        Clock clock) {
    /** Thai letters' deadlines are days in Thailand. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    /**
     * The settings of an installation. Readers see letters without a secrecy mark, and secret letters
     * (ลับ, ลับมาก, ลับที่สุด) only with the clearance token of their level.
     */
    public static WebSettings of(IntakeSettings settings) {
        return new WebSettings(settings.webToken(), settings.webBaseUrl(), settings.workspaceFolders().archive(),
                Clearance.unmarkedOnly(), new ClearanceGrants(settings.clearanceTokens()), Clock.system(ZONE));
    }

    public WebSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
    }
}
