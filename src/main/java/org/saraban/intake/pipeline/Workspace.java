package org.saraban.intake.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of one installation, all under one root unless configured otherwise:
 * {@code inbox/} (clerks drop scans here), {@code archive/<sha256>/} (originals after success),
 * {@code error/} (files that failed, each with {@code <name>.error.json}), {@code records/}
 * (one JSON file per directive: the source of truth), {@code index/} (Lucene, rebuildable),
 * {@code state/} (what was processed), {@code tessdata/} (OCR models in use).
 */
public record Workspace(Path root, Path inbox) {
    public Path archive() {
        return root.resolve("archive");
    }

    public Path errors() {
        return root.resolve("error");
    }

    public Path records() {
        return root.resolve("records");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path state() {
        return root.resolve("state");
    }

    public Path tessdata() {
        return root.resolve("tessdata");
    }

    /** Creates every folder that does not exist yet. */
    public Workspace create() throws IOException {
        for (Path dir : new Path[] {root, inbox, archive(), errors(), records(), index(), state(), tessdata()}) {
            Files.createDirectories(dir);
        }
        return this;
    }
}
