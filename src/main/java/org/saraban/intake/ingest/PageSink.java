package org.saraban.intake.ingest;

/** Receives pages one at a time, so a long scan is never held in memory whole. */
@FunctionalInterface
public interface PageSink {
    void accept(ScanPage page) throws Exception;
}
