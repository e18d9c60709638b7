package org.saraban.intake.pipeline;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points in ingestion where a crash test can have the process killed with SIGKILL, to prove
 * that a crash there loses nothing. Off unless the system property {@code saraban.halt-at} is set,
 * e.g. {@code -Dsaraban.halt-at=record-saved:2} kills the process the second time a record is saved.
 * Points: {@code page-read} (in the middle of OCR), {@code record-saved}, {@code indexed}.
 */
public final class HaltPoints {
    private final String point;
    private final int atCount;
    private final AtomicInteger reached = new AtomicInteger();

    private HaltPoints(String point, int atCount) {
        this.point = point;
        this.atCount = atCount;
    }

    public static HaltPoints none() {
        return new HaltPoints(null, 0);
    }

    /** From {@code saraban.halt-at=<point>[:<n>]}. */
    public static HaltPoints fromSystemProperty() {
        String spec = System.getProperty("saraban.halt-at");
        if (spec == null || spec.isBlank()) {
            return none();
        }
        String[] parts = spec.split(":");
        return new HaltPoints(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
    }

    /** Kills this process with SIGKILL if {@code name} is the configured point, reached the configured time. */
    public void reached(String name) {
        if (name.equals(point) && reached.incrementAndGet() == atCount) {
            try {
                new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).start().waitFor();
                Thread.sleep(60_000);
            } catch (IOException | InterruptedException e) {
                Runtime.getRuntime().halt(137);
            }
        }
    }
}
