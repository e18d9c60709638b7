/**
 * Load stage: turns a dropped file into pages. PDF pages come through PDFBox (the text layer when a
 * page has real text, a 300 dpi rendering otherwise); TIFF, JPEG and PNG through ImageIO with the
 * TwelveMonkeys plugins. The format is decided by the file's bytes, not its name.
 */
package org.saraban.intake.ingest;
