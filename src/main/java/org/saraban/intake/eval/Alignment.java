package org.saraban.intake.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimum-edit alignment of a true sequence with a recognized one (Levenshtein with its
 * backtrace): which true item became which recognized item, which were lost, which were added.
 * Works on code points or on words alike.
 */
public record Alignment<T>(int distance, List<Pair<T>> pairs) {

    /** One step: {@code truth} read as {@code recognized}; either is null for a deletion or insertion. */
    public record Pair<T>(T truth, T recognized) {
        public boolean isMatch() {
            return truth != null && truth.equals(recognized);
        }
    }

    public static <T> Alignment<T> of(List<T> truth, List<T> recognized) {
        int n = truth.size();
        int m = recognized.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int substitute = d[i - 1][j - 1] + (truth.get(i - 1).equals(recognized.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(substitute, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (truth.get(i - 1).equals(recognized.get(j - 1)) ? 0 : 1)) {
                pairs.add(new Pair<>(truth.get(i - 1), recognized.get(j - 1)));
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                pairs.add(new Pair<>(truth.get(i - 1), null));
                i--;
            } else {
                pairs.add(new Pair<>(null, recognized.get(j - 1)));
                j--;
            }
        }
        Collections.reverse(pairs);
        return new Alignment<>(d[n][m], List.copyOf(pairs));
    }
}
