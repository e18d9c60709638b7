package org.saraban.intake.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Finds a phrase by its adjacent word pairs instead of by word positions. A Thai query word is
 * segmented into several words and so becomes a phrase; matching a phrase means reading the
 * positions of every word in every letter that has them all (about an eighth of the archive for a
 * topic like ศูนย์พัฒนาเด็กเล็ก, child development centre), which made such queries the slowest
 * kind. With each pair of neighbouring words indexed as one term ({@link #analyzer}), the phrase
 * becomes a conjunction of those terms, answered from the term lists alone. A phrase whose words
 * are not all neighbours (a gap left by the analyzer) stays a phrase query.
 */
final class WordPairQuery {
    /** Between the two words of a pair term; the segmenter never emits it inside a word. */
    private static final String SEPARATOR = " ";

    private WordPairQuery() {}

    /** Indexes each two neighbouring words of {@code words}' output as one term, and no single words. */
    static Analyzer analyzer(Analyzer words) {
        return new ShingleAnalyzerWrapper(words, 2, 2, SEPARATOR, false, false, "_");
    }

    /**
     * {@code query} with every phrase on {@code field} of consecutive words replaced by the
     * conjunction of its word pairs on {@code pairField}; everything else unchanged.
     */
    static Query rewrite(Query query, String field, String pairField) {
        if (query instanceof PhraseQuery phrase) {
            return pairs(phrase, field, pairField);
        }
        if (query instanceof BoostQuery boosted) {
            return new BoostQuery(rewrite(boosted.getQuery(), field, pairField), boosted.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                copy.add(rewrite(clause.getQuery(), field, pairField), clause.getOccur());
            }
            return copy.build();
        }
        return query;
    }

    private static Query pairs(PhraseQuery phrase, String field, String pairField) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || terms.length < 2 || !field.equals(phrase.getField())) {
            return phrase;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return phrase;
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 1; i < terms.length; i++) {
            String pair = terms[i - 1].text() + SEPARATOR + terms[i].text();
            all.add(new TermQuery(new Term(pairField, pair)), Occur.MUST);
        }
        return all.build();
    }
}
