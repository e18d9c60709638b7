package org.saraban.intake.index;

import java.util.List;

/**
 * A passage of a letter around the words found, as plain-text parts; {@code match} parts are the
 * found words. Parts, not HTML: the text comes from OCR, so whoever shows it escapes it.
 */
public record Snippet(List<Part> parts) {
    public Snippet {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean match) {}

    /** The passage as plain text, found words marked with {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder s = new StringBuilder();
        for (Part p : parts) {
            s.append(p.match() ? open + p.text() + close : p.text());
        }
        return s.toString();
    }
}
