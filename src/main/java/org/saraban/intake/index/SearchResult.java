package org.saraban.intake.index;

import java.util.List;

/** A page of hits, how many matched in all, and the facet counts over all of them. */
public record SearchResult(long total, List<SearchHit> hits, List<Facet> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
