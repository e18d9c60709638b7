/**
 * OCR stage: Tesseract through Tess4J, one engine per worker thread, then Thai text normalization.
 * The project's own model {@code saraban} reads Thai digits, which the stock {@code tha} cannot.
 * Before Tesseract reads a page, what it would take for letters or pictures is erased from a copy:
 * memo dot leaders ({@code DotLeaderEraser}) and a stamped letter's seal ({@code SealEraser} on grey
 * and colour scans, {@code SealRings} on black-and-white ones).
 */
package org.saraban.intake.ocr;
