package org.saraban.intake.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.ingest.ContentHash;
import org.saraban.intake.ingest.UnreadableScanException;

/**
 * The steps the inbox route calls, as plain methods (no Camel types): fingerprint a dropped file,
 * ingest it, and explain a failure next to the file in the error folder.
 */
public final class InboxSteps {
    private final Intake intake;
    private final ObjectMapper json = DirectiveJson.newMapper();
    /** One JSON object per line, for the receipts log. */
    private final ObjectMapper jsonLine = DirectiveJson.newMapper()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    public InboxSteps(Intake intake) {
        this.intake = intake;
    }

    /**
     * SHA-256 of the file: the key for duplicate detection and the archive folder's name. A
     * symbolic link is refused: it could point anywhere on the machine, outside the inbox.
     */
    public String fingerprint(File file) throws IOException {
        if (Files.isSymbolicLink(file.toPath())) {
            throw new UnreadableScanException("symbolic link refused: the inbox takes files, not links");
        }
        return ContentHash.sha256(file.toPath());
    }

    /**
     * Notes in {@code archive/<sha256>/receipts.jsonl} that a file arrived: every drop of the same
     * bytes is listed there, while its letters are recorded once.
     */
    public void noteReceipt(String fileName, String sha256, boolean duplicate) throws IOException {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("file", fileName);
        receipt.put("receivedAt", Instant.now().toString());
        receipt.put("duplicate", duplicate);
        Path dir = Files.createDirectories(intake.workspace().archive().resolve(sha256));
        String line = jsonLine.writeValueAsString(receipt) + "\n";
        Files.writeString(dir.resolve("receipts.jsonl"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public int ingest(File file, String fileName, String sha256) throws Exception {
        List<DirectiveRecord> records = intake.ingest(file.toPath(), fileName, sha256);
        return records.size();
    }

    /**
     * Writes {@code <errorName>.error.json} in the error folder, where the file itself is moved
     * under {@code errorName}; the report is written first (atomically) so a file is never there
     * without its reason.
     */
    public void reportFailure(String fileName, String errorName, String sha256, Exception cause) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", fileName);
        report.put("movedTo", errorName);
        report.put("sha256", sha256);
        report.put("reason", cause == null ? "unknown" : reason(cause));
        report.put("error", cause == null ? null : cause.getClass().getName());
        report.put("failedAt", Instant.now().toString());
        Path dir = Files.createDirectories(intake.workspace().errors());
        Path tmp = Files.createTempFile(dir, ".report-", ".tmp");
        json.writeValue(tmp.toFile(), report);
        Files.move(tmp, dir.resolve(errorName + ".error.json"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String reason(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
