package org.saraban.intake.index;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;

/**
 * Ranks hits found in the combined field again by the same words in the separate fields, where a
 * match in the subject or issuer weighs more than one in the text. The score shown is that second
 * score; a hit the separate fields do not match (none is expected) goes last.
 */
final class FieldBoostRescorer extends QueryRescorer {
    FieldBoostRescorer(Query boostedFields) {
        super(boostedFields);
    }

    @Override
    protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? secondPassScore : 0f;
    }
}
