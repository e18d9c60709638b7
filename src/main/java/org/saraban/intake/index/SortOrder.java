package org.saraban.intake.index;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first; without words, newest first. */
    RELEVANCE,
    /** Newest letter date first; letters without a date last. */
    DATE,
    /** Nearest upcoming deadline first; letters without one last. */
    DEADLINE;

    /** Reads {@code relevance}, {@code date} or {@code deadline}; a clear error otherwise. */
    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be relevance, date or deadline, not '" + value + "'");
        }
    }
}
