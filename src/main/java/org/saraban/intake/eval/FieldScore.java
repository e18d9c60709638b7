package org.saraban.intake.eval;

/**
 * Counts for one field: values found that are right (true positives), found but wrong or not in the
 * letter (false positives), in the letter but not found (false negatives), and letters whose whole
 * value was exactly right. Immutable.
 */
public record FieldScore(long truePositives, long falsePositives, long falseNegatives, long exact, long letters) {
    public static final FieldScore ZERO = new FieldScore(0, 0, 0, 0, 0);

    public FieldScore plus(FieldScore o) {
        return new FieldScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives, exact + o.exact, letters + o.letters);
    }

    /** Of the values found, the share that are right; 1 when nothing was found. */
    public double precision() {
        long found = truePositives + falsePositives;
        return found == 0 ? 1 : (double) truePositives / found;
    }

    /** Of the true values, the share found; 1 when there were none. */
    public double recall() {
        long expected = truePositives + falseNegatives;
        return expected == 0 ? 1 : (double) truePositives / expected;
    }

    /** Of the true letters, the share whose value was exactly right (absent when absent counts). */
    public double exactRate() {
        return letters == 0 ? 1 : (double) exact / letters;
    }

    public long expected() {
        return truePositives + falseNegatives;
    }

    public long found() {
        return truePositives + falsePositives;
    }
}
