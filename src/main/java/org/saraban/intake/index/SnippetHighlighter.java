package org.saraban.intake.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** The unified highlighter, giving {@link SnippetFormatter}'s objects instead of strings. */
final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(Builder builder) {
        super(builder);
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
