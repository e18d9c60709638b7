package org.saraban.intake.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an external command under GNU {@code time}, which reports the wall time, the CPU time of
 * the command and all its descendants, and the peak resident memory of the largest of them.
 * The command's own output goes to a log file beside the timing. Thread-safe.
 */
final class TimedCommand {
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path logDir;

    TimedCommand(Path logDir) {
        this.logDir = logDir;
    }

    /** What GNU time measured. */
    record Timing(double wallSeconds, double cpuSeconds, long peakRssKiB) {}

    static boolean available() {
        return Files.isExecutable(GNU_TIME);
    }

    /** Runs {@code command} with {@code env} added to this process's environment; fails with the log's last line. */
    Timing run(String name, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path timing = logDir.resolve(name + ".time");
        Path log = logDir.resolve(name + ".log");
        List<String> full = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", timing.toString()));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException(command.get(0) + " failed (exit " + rc + "): " + lastLine(log) + " (log: " + log + ")");
        }
        // GNU time writes one line, or a "Command exited" line first when the exit code was not 0.
        List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
        String[] f = lines.get(lines.size() - 1).strip().split("\\s+");
        return new Timing(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]), Long.parseLong(f[3]));
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).strip();
    }
}
