package org.saraban.intake.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * Pairs the letters found in a file with its true letters: each true letter, in order, takes the
 * unpaired found letter that shares most of its pages (the earlier one on a tie). Stateless.
 */
public final class LetterPairing {
    /** A true letter and the found letter paired with it, or null when none shares a page. */
    public record Pair(DirectiveRecord truth, DirectiveRecord found) {}

    /** The pairs, in the order of the true letters, and the found letters left unpaired. */
    public record Result(List<Pair> pairs, List<DirectiveRecord> unpaired) {}

    public Result pair(List<DirectiveRecord> truth, List<DirectiveRecord> found) {
        List<DirectiveRecord> left = new ArrayList<>(found);
        List<Pair> pairs = new ArrayList<>();
        for (DirectiveRecord t : truth) {
            DirectiveRecord best = null;
            int bestOverlap = 0;
            for (DirectiveRecord f : left) {
                int overlap = overlap(t.source().pages(), f.source().pages());
                if (overlap > bestOverlap) {
                    best = f;
                    bestOverlap = overlap;
                }
            }
            if (best != null) {
                left.remove(best);
            }
            pairs.add(new Pair(t, best));
        }
        return new Result(pairs, left);
    }

    private static int overlap(List<Integer> a, List<Integer> b) {
        Set<Integer> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size();
    }
}
