package org.saraban.intake.extract;

/** The text of one page of a scan, with the OCR's mean confidence (0..1). */
public record PageText(int number, String text, double confidence) {}
