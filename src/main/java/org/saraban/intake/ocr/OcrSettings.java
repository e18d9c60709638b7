package org.saraban.intake.ocr;

import java.nio.file.Path;

/**
 * How to run Tesseract: where the traineddata files are, which models ({@code saraban},
 * {@code tha+eng}, ...), and the page segmentation mode (3 = automatic, Tesseract's default).
 */
public record OcrSettings(Path tessdataDir, String languages, int pageSegMode) {}
