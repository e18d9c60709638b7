package org.saraban.intake.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * Directive records as {@code <id>.json} files in one folder. Writes are atomic (a temporary file
 * renamed into place), so a crash leaves either the old record or the new one, never half of one.
 * Thread-safe.
 */
public final class RecordStore {
    private static final Pattern SAFE_ID = Pattern.compile("[0-9a-f]{16}-[0-9]+");

    private final Path dir;
    private final ObjectMapper json = DirectiveJson.newMapper();

    public RecordStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    public void save(DirectiveRecord record) throws IOException {
        Path target = fileOf(record.id());
        Path tmp = Files.createTempFile(dir, ".write-", ".tmp");
        try {
            json.writeValue(tmp.toFile(), record);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public Optional<DirectiveRecord> find(String id) throws IOException {
        if (!SAFE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = fileOf(id);
        return Files.exists(file) ? Optional.of(json.readValue(file.toFile(), DirectiveRecord.class)) : Optional.empty();
    }

    /** All records, in id order. */
    public List<DirectiveRecord> all() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(this::read)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private DirectiveRecord read(Path file) {
        try {
            return json.readValue(file.toFile(), DirectiveRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read record " + file, e);
        }
    }

    private Path fileOf(String id) {
        return dir.resolve(id + ".json");
    }
}
