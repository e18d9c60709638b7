package org.saraban.intake.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s: plain-text parts with the matched words
 * flagged, so no markup is ever built from OCR text here. Overlapping matches are merged.
 */
final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
        List<Snippet> snippets = new ArrayList<>();
        for (Passage passage : passages) {
            List<Snippet.Part> parts = new ArrayList<>();
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], pos);
                int end = passage.getMatchEnds()[i];
                if (end <= pos) {
                    continue;
                }
                if (start > pos) {
                    parts.add(new Snippet.Part(clean(content.substring(pos, start)), false));
                }
                parts.add(new Snippet.Part(clean(content.substring(start, end)), true));
                pos = end;
            }
            if (pos < passage.getEndOffset()) {
                parts.add(new Snippet.Part(clean(content.substring(pos, passage.getEndOffset())), false));
            }
            snippets.add(new Snippet(parts));
        }
        return snippets;
    }

    /** Line breaks of the scan layout mean nothing in a one-line snippet. */
    private static String clean(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
