package org.saraban.intake.testing;

import java.nio.file.Path;
import org.saraban.intake.ingest.LoadLimits;
import org.saraban.intake.pipeline.IntakeSettings;

/** Settings for a throw-away workspace: stock OCR models unless a test asks otherwise, fast polling. */
public final class TestWorkspaces {
    private TestWorkspaces() {}

    public static IntakeSettings settings(Path root, String ocrLanguages) {
        return new IntakeSettings(root, root.resolve("inbox"), 2, ocrLanguages, 3, "127.0.0.1", 0,
                200, 300, 600, LoadLimits.defaults());
    }
}
