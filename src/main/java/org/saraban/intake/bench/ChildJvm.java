package org.saraban.intake.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a probe class in a fresh JVM on this JVM's class path, with at most {@code maxHeap} of
 * heap and {@code OMP_THREAD_LIMIT=1} (Tesseract's own threads are several times slower on a small
 * machine), and reads the {@code RESULT {json}} line it prints. Thread-safe.
 */
final class ChildJvm {
    private final String maxHeap;
    private final Path logDir;

    ChildJvm(String maxHeap, Path logDir) {
        this.maxHeap = maxHeap;
        this.logDir = logDir;
    }

    JsonNode run(String name, Class<?> main, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        int rc = pb.start().waitFor();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("RESULT ")) {
                if (rc != 0) {
                    break;
                }
                return new ObjectMapper().readTree(lines.get(i).substring("RESULT ".length()));
            }
        }
        String last = lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("(no output)");
        throw new IOException(main.getSimpleName() + " failed (exit " + rc + "): " + last.strip() + " (log: " + log + ")");
    }
}
