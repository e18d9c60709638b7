package org.saraban.intake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the machine is and how busy it is now, read from {@code /proc}. Immutable. */
public record Machine(String cpuModel, int cores, long memoryMiB) {

    public static Machine describe() {
        String model = "unknown CPU";
        long memKiB = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKiB = Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the benchmark still runs, the description says less.
        }
        return new Machine(model, Runtime.getRuntime().availableProcessors(), memKiB / 1024);
    }

    /** The 1-, 5- and 15-minute load averages, as {@code uptime} shows them. */
    public static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The 1-minute load average, or -1 when unknown. */
    public static double load1() {
        try {
            return Double.parseDouble(load().split(" ")[0]);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %d cores, %,d MiB RAM", cpuModel, cores, memoryMiB);
    }
}
