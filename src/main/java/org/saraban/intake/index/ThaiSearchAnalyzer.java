package org.saraban.intake.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.th.ThaiTokenizer;

/**
 * Analyzer for Thai letter text. The chain:
 * <ol>
 *   <li>{@link ThaiTokenizer}: dictionary word breaks inside unspaced Thai (the JDK's BreakIterator);
 *   <li>{@link LowerCaseFilter}: {@code INFO} and {@code info} match;
 *   <li>{@link DecimalDigitFilter}: Thai digits fold to Arabic, so {@code ๒๕๖๗} finds {@code 2567}.
 * </ol>
 */
public final class ThaiSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ThaiTokenizer source = new ThaiTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
