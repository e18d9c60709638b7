/**
 * OCR stage: Tesseract through Tess4J, one engine per worker thread, then Thai text normalization.
 * The project's own model {@code saraban} reads Thai digits, which the stock {@code tha} cannot.
 */
package org.saraban.intake.ocr;
