package org.saraban.intake.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThaiSearchAnalyzerTest {
    static List<String> tokens(ThaiSearchAnalyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        }
        return tokens;
    }

    @ParameterizedTest
    @EnumSource(ThaiSearchAnalyzer.Segmenter.class)
    void foldsThaiDigitsAndCase(ThaiSearchAnalyzer.Segmenter segmenter) throws IOException {
        ThaiSearchAnalyzer analyzer = new ThaiSearchAnalyzer(segmenter);
        // ๒๕๖๗ = 2567; offsets still point at the Thai digits in the letter.
        assertEquals(List.of("2567@0-4"), tokens(analyzer, "๒๕๖๗"));
        assertEquals(List.of("info@1-5"), tokens(analyzer, "(INFO)"));
    }

    @ParameterizedTest
    @EnumSource(ThaiSearchAnalyzer.Segmenter.class)
    void breaksUnspacedThaiIntoWords(ThaiSearchAnalyzer.Segmenter segmenter) throws IOException {
        // กองทุนวิสาหกิจชุมชน: community enterprise fund, written as one run of letters.
        assertEquals(List.of("กองทุน@0-6", "วิสาหกิจ@6-14", "ชุมชน@14-19"),
                tokens(new ThaiSearchAnalyzer(segmenter), "กองทุนวิสาหกิจชุมชน"));
    }
}
