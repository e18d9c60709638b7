package org.saraban.intake.extract;

/** Thai digits ๐–๙ (U+0E50–U+0E59) and their Arabic equivalents. */
public final class ThaiDigits {
    private ThaiDigits() {}

    /** Replaces every Thai digit with the Arabic digit of the same value. */
    public static String toArabic(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return out.toString();
    }
}
