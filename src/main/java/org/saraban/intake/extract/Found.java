package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a finder found: the value (null when nothing was found), how sure it is (0..1), and the
 * reasons a person should check it. Immutable.
 */
public record Found<T>(T value, double confidence, List<String> review) {
    /** Confidence of a field read cleanly. */
    public static final double SURE = 0.95;
    /** Confidence of a field that was repaired from other evidence in the letter. */
    public static final double REPAIRED = 0.7;
    /** Confidence of a field that a person should check. */
    public static final double DOUBTFUL = 0.4;

    public Found {
        review = List.copyOf(review);
    }

    public static <T> Found<T> of(T value) {
        return new Found<>(value, value == null ? 0 : SURE, List.of());
    }

    public static <T> Found<T> none() {
        return new Found<>(null, 0, List.of());
    }

    public static <T> Found<T> doubtful(T value, double confidence, String reason) {
        return new Found<>(value, confidence, List.of(reason));
    }

    public boolean isPresent() {
        return value != null;
    }

    public <R> Found<R> map(Function<T, R> f) {
        return new Found<>(value == null ? null : f.apply(value), confidence, review);
    }

    /** This finding with one more review reason, and the confidence lowered to at most {@code cap}. */
    public Found<T> flag(String reason, double cap) {
        List<String> reasons = new ArrayList<>(review);
        reasons.add(reason);
        return new Found<>(value, Math.min(confidence, cap), reasons);
    }
}
