package org.saraban.intake.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One record found by a search, with the fields a result list shows; {@code nextDeadline} is the
 * nearest deadline on or after the search's day, if any; {@code subjectMarked} is the subject with
 * the found words marked (null when none are in it); {@code snippets} are passages of the text.
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
        Snippet subjectMarked,
        List<Snippet> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
