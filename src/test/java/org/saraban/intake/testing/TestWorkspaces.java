package org.saraban.intake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.saraban.intake.pipeline.IntakeSettings;

/** Settings for a throw-away workspace: stock OCR models unless a test asks otherwise, fast polling. */
public final class TestWorkspaces {
    private TestWorkspaces() {}

    public static IntakeSettings settings(Path root, String ocrLanguages) {
        return settings(root, Map.of("saraban.ocr.languages", ocrLanguages));
    }

    /** The defaults for a workspace at {@code root}, 2 threads, polling every 200 ms, with {@code overrides}. */
    public static IntakeSettings settings(Path root, Map<String, String> overrides) {
        Map<String, String> p = new HashMap<>(Map.of(
                "saraban.workspace", root.toString(),
                "saraban.threads", "2",
                "saraban.ocr.languages", "tha+eng",
                "saraban.web.port", "0",
                "saraban.inbox.poll-ms", "200",
                "saraban.inbox.stable-ms", "300",
                "saraban.limits.max-seconds-per-file", "600"));
        p.putAll(overrides);
        try {
            return IntakeSettings.defaultsWith(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
