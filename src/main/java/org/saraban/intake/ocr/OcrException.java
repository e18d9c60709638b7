package org.saraban.intake.ocr;

/** Tesseract could not read a page (missing model, native failure). */
public class OcrException extends Exception {
    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
