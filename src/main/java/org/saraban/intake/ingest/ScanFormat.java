package org.saraban.intake.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** File formats the pipeline reads, recognised by their leading bytes. */
public enum ScanFormat {
    PDF, TIFF, JPEG, PNG,
    /** Text that was already OCR'd; recognised by the {@code .txt} name, as text has no signature. */
    TEXT;

    /** Detects the format of {@code file}, or throws {@link UnreadableScanException} saying why not. */
    public static ScanFormat of(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new UnreadableScanException("empty file (0 bytes)");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, n);
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return TEXT;
        }
        throw new UnreadableScanException("not a PDF, TIFF, JPEG, PNG or .txt file");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
