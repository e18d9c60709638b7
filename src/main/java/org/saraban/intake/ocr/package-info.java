/**
 * OCR stage: Tesseract through Tess4J, one engine per worker thread, then Thai text normalization.
 * The project's own model {@code saraban} reads Thai digits, which the stock {@code tha} cannot.
 * Before Tesseract reads a page, what it would take for letters or pictures is erased from a copy:
 * memo dot leaders ({@code DotLeaderEraser}) and a stamped letter's seal ({@code SealEraser} on grey
 * and colour scans, {@code SealRings} on black-and-white ones). After it has read a page (psm 3),
 * strips of print its layout skipped ({@code MissedLines}) are read again as single blocks and put
 * back where they stand among the lines read ({@code LineLayout}).
 */
package org.saraban.intake.ocr;
