package org.saraban.intake.bench;

/**
 * One timed run of one tool over a set of pages: wall and CPU seconds (user + system, children
 * included), the peak resident memory of its largest process, and the load average when it ended.
 */
public record Run(String tool, int pages, double wallSeconds, double cpuSeconds, long peakRssKiB, String load) {

    public double pagesPerMinute() {
        return pages * 60.0 / wallSeconds;
    }

    public double cpuSecondsPerPage() {
        return cpuSeconds / pages;
    }
}
