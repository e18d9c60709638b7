package org.saraban.intake.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Prepares the one folder Tesseract reads models from: the project's {@code saraban} model, shipped
 * inside the jar, next to the system's stock models ({@code tha}, {@code eng}), so any combination
 * such as {@code saraban+eng} or {@code tha+eng} can be configured.
 */
public final class TessdataDirectory {
    /** The project's own model, trained by {@code training-data/train.sh}. */
    public static final String PROJECT_MODEL = "saraban";
    private static final String BUNDLED = "/tessdata/" + PROJECT_MODEL + ".traineddata";
    private static final List<Path> SYSTEM_DIRS = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"),
            Path.of("/usr/local/share/tessdata"));

    private TessdataDirectory() {}

    /** Whether the jar carries the project's model. */
    public static boolean hasProjectModel() {
        return TessdataDirectory.class.getResource(BUNDLED) != null;
    }

    /**
     * Fills {@code dir} with the bundled model and links to the system models, and returns it.
     * Safe to call again: files already in place are kept.
     */
    public static Path prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = TessdataDirectory.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                Path target = dir.resolve(PROJECT_MODEL + ".traineddata");
                Path tmp = Files.createTempFile(dir, PROJECT_MODEL, ".tmp");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        for (Path system : SYSTEM_DIRS) {
            if (!Files.isDirectory(system)) {
                continue;
            }
            try (var models = Files.list(system)) {
                for (Path model : (Iterable<Path>) models::iterator) {
                    Path link = dir.resolve(model.getFileName());
                    if (model.toString().endsWith(".traineddata") && !Files.exists(link)) {
                        Files.createSymbolicLink(link, model);
                    }
                }
            }
        }
        return dir;
    }
}
