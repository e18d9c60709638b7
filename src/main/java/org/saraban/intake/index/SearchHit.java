package org.saraban.intake.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One record found by a search, with the fields a result list shows; {@code nextDeadline} is the
 * nearest deadline on or after the search's day, if any.
 */
public record SearchHit(
        String id,
        String refNo,
        LocalDate date,
        String subject,
        String issuer,
        String letterType,
        String urgency,
        String file,
        LocalDate nextDeadline,
        float score,
        List<Snippet> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
