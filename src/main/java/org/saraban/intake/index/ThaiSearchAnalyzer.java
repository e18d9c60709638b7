package org.saraban.intake.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.th.ThaiTokenizer;

/**
 * Analyzer for Thai letter text. The chain:
 * <ol>
 *   <li>a word segmenter that breaks unspaced Thai at dictionary words: {@link Segmenter#ICU}
 *       (ICU's dictionary, the default; see {@code docs/search.md} for the measurement) or
 *       {@link Segmenter#JDK} (the JDK's BreakIterator, via {@link ThaiTokenizer});
 *   <li>{@link LowerCaseFilter}: {@code INFO} and {@code info} match;
 *   <li>{@link DecimalDigitFilter}: Thai digits fold to Arabic, so {@code ๒๕๖๗} finds {@code 2567}.
 * </ol>
 * Thread-safe, like every Lucene analyzer.
 */
public final class ThaiSearchAnalyzer extends Analyzer {
    /** Where the Thai word breaks come from. */
    public enum Segmenter {
        JDK, ICU
    }

    private final Segmenter segmenter;

    public ThaiSearchAnalyzer() {
        this(Segmenter.ICU);
    }

    public ThaiSearchAnalyzer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    /** Keeps a phrase from matching across two values of one field (the end of a subject and the start of the text). */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = segmenter == Segmenter.ICU ? new ICUTokenizer() : new ThaiTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
