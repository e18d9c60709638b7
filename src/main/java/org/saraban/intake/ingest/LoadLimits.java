package org.saraban.intake.ingest;

/**
 * Bounds that keep one hostile or broken file from exhausting the machine: a decompression bomb,
 * a thousand-page PDF or a huge upload is refused with a reason instead.
 */
public record LoadLimits(long maxFileBytes, int maxPages, long maxPixelsPerPage) {
    /** 200 MB, 300 pages, 40 megapixels (A4 at 600 dpi is 35 MP). */
    public static LoadLimits defaults() {
        return new LoadLimits(200L * 1024 * 1024, 300, 40_000_000L);
    }
}
