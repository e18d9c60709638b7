package org.saraban.intake.index;

import java.util.regex.Pattern;

/**
 * The form a reference number is indexed and looked up in: Arabic digits, no spaces, no dot after
 * ว, so {@code มท 0810.7/ว 5955} and {@code มท๐๘๑๐.๗/ว๕๙๕๕} are the same key.
 */
final class ReferenceKey {
    /** Something shaped like a reference number: two Thai letters, digits, a slash. */
    private static final Pattern SHAPE = Pattern.compile("^\\s*(?:ที่\\s*)?[ก-ฮ]{2}\\s*[0-9๐-๙][0-9๐-๙.\\s]*/\\s*(?:ว\\.?)?\\s*[0-9๐-๙]+\\s*$");

    private ReferenceKey() {}

    static boolean looksLikeReference(String query) {
        return SHAPE.matcher(query).matches();
    }

    static String of(String reference) {
        StringBuilder key = new StringBuilder();
        String s = reference.strip().replaceFirst("^ที่\\s*", "");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c >= '\u0E50' && c <= '\u0E59') {
                c = (char) ('0' + (c - '\u0E50'));
            }
            if (c == '.' && key.length() > 0 && key.charAt(key.length() - 1) == 'ว') {
                continue;
            }
            key.append(c);
        }
        return key.toString();
    }
}
