package org.saraban.intake.ocr;

/**
 * The text of one page, normalized. {@code fromTextLayer} says the file carried the text and no
 * OCR ran; {@code meanConfidence} is Tesseract's mean word confidence in 0..1 (1 for a text layer).
 */
public record RecognizedPage(int number, String text, double meanConfidence, boolean fromTextLayer) {}
