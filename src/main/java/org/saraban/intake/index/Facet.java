package org.saraban.intake.index;

import java.util.List;

/** The counted values of one dimension among the hits, most frequent first. */
public record Facet(String dimension, List<FacetCount> values) {
    public Facet {
        values = List.copyOf(values);
    }
}
