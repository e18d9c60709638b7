package org.saraban.intake.eval;

/**
 * Character error rate: the edit distance (insertions, deletions, substitutions of code points)
 * from the true text to the recognized text, over the length of the true text. Whitespace is left
 * out of both, since Thai OCR places spaces freely and the line breaks of a layout are not text.
 * Stateless and thread-safe.
 */
public final class CharacterErrorRate {

    /** Edits and true length of one page. */
    public record Count(long edits, long length) {
        public Count plus(Count other) {
            return new Count(edits + other.edits, length + other.length);
        }

        public double rate() {
            return length == 0 ? (edits == 0 ? 0 : 1) : (double) edits / length;
        }
    }

    public Count count(String truth, String recognized) {
        int[] t = strip(truth);
        int[] r = strip(recognized);
        return new Count(distance(t, r), t.length);
    }

    private static int[] strip(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u200B').toArray();
    }

    /** Levenshtein distance in two rows of memory. */
    static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
