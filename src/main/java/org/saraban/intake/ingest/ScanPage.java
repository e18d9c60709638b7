package org.saraban.intake.ingest;

import java.awt.image.BufferedImage;

/**
 * One page of a scan: a rendered image, and the page's own text when the file carried a real text
 * layer (then OCR is not needed). Page numbers are 1-based.
 */
public record ScanPage(int number, BufferedImage image, String textLayer) {
    public boolean hasTextLayer() {
        return textLayer != null;
    }
}
