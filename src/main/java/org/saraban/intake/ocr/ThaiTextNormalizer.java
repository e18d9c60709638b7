package org.saraban.intake.ocr;

/**
 * Repairs the spellings OCR and old typing habits produce for Thai text, without changing what it
 * says. Stateless and thread-safe.
 *
 * <ul>
 *   <li>nikhahit U+0E4D + sara aa U+0E32 → sara am U+0E33 ({@code ํา → ำ}), also when a tone mark
 *       sits between them or in front of the nikhahit ({@code น ํ ้ า → น ้ ำ}, as in น้ำ);
 *   <li>two sara e U+0E40 U+0E40 → sara ae U+0E41 ({@code เเ → แ});
 *   <li>a tone mark (U+0E48–U+0E4B) typed before an above or below vowel (U+0E31, U+0E34–U+0E3A,
 *       U+0E47) moves after it ({@code ก ่ ิ → ก ิ ่});
 *   <li>a combining mark repeated at once is written once, and so is sara a U+0E30, which Thai never
 *       doubles, also with a space read between ({@code ประ ะชาชน → ประชาชน}, a stroke read twice);
 *   <li>zero-width spaces and joiners are removed.
 * </ul>
 */
public final class ThaiTextNormalizer {
    private static final char NIKHAHIT = '\u0E4D';
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';
    private static final char SARA_A = '\u0E30';
    private static final char SARA_E = '\u0E40';
    private static final char SARA_AE = '\u0E41';

    public String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue;
            }
            if (c == SARA_E && i + 1 < text.length() && text.charAt(i + 1) == SARA_E) {
                out.append(SARA_AE);
                i++;
                continue;
            }
            if (c == NIKHAHIT) {
                // ํ [tone] า  → [tone] ำ
                int j = i + 1;
                char tone = 0;
                if (j < text.length() && isTone(text.charAt(j))) {
                    tone = text.charAt(j);
                    j++;
                }
                if (j < text.length() && text.charAt(j) == SARA_AA) {
                    if (tone != 0) {
                        out.append(tone);
                    }
                    out.append(SARA_AM);
                    i = j;
                    continue;
                }
            }
            if (isTone(c) && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == NIKHAHIT && i + 2 < text.length() && text.charAt(i + 2) == SARA_AA) {
                    // tone ํ า → tone ำ
                    out.append(c).append(SARA_AM);
                    i += 2;
                    continue;
                }
                if (isAboveOrBelowVowel(next)) {
                    out.append(next).append(c);
                    i++;
                    continue;
                }
            }
            if (c == SARA_A && saraABefore(out)) {
                out.setLength(out.toString().stripTrailing().length());
                continue;
            }
            if (isCombining(c) && out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the text so far ends with sara a, or sara a and spaces (no word starts with sara a). */
    private static boolean saraABefore(StringBuilder out) {
        int i = out.length() - 1;
        while (i >= 0 && out.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && out.charAt(i) == SARA_A;
    }

    private static boolean isTone(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    private static boolean isAboveOrBelowVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || c == '\u0E47';
    }

    private static boolean isCombining(char c) {
        return isTone(c) || isAboveOrBelowVowel(c) || c == NIKHAHIT || c == '\u0E4C' || c == '\u0E4E';
    }
}
