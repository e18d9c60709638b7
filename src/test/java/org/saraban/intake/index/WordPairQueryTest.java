package org.saraban.intake.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class WordPairQueryTest {
    private final ThaiSearchAnalyzer words = new ThaiSearchAnalyzer();

    private Query phrase(String typed) throws ParseException {
        QueryParser parser = new QueryParser("all", words);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser.parse(typed);
    }

    /** Ids of the texts found by {@code typed}, rewritten to word pairs, in an index of the pairs. */
    private List<String> found(String typed, String... texts) throws Exception {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(words, Map.of("pairs", WordPairQuery.analyzer(words)));
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < texts.length; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", "t" + i, Field.Store.YES));
                    doc.add(new TextField("pairs", texts[i], Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = WordPairQuery.rewrite(phrase(typed), "all", "pairs");
                return java.util.Arrays.stream(searcher.search(query, 10).scoreDocs)
                        .map((ScoreDoc sd) -> storedId(searcher, sd.doc)).sorted().toList();
            }
        }
    }

    private static String storedId(IndexSearcher searcher, int doc) {
        try {
            return searcher.storedFields().document(doc).get("id");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSegmentedWordIsFoundWhereItsWordsStandTogether() throws Exception {
        // ศูนย์พัฒนาเด็กเล็ก: child development centre; the second text has the same words apart and out of order.
        assertEquals(List.of("t0"), found("ศูนย์พัฒนาเด็กเล็ก",
                "จัดสรรงบประมาณให้ศูนย์พัฒนาเด็กเล็กทุกแห่ง", "เด็กเล็กในพื้นที่ ศูนย์ราชการ พัฒนาถนน"));
    }

    @Test
    void digitsFoldInPairsAsInWords() throws Exception {
        // ภายในวันที่ ๕ (by the 5th): Thai digit in the text, Arabic digit typed.
        assertEquals(List.of("t0"), found("\"วันที่ 5\"", "รายงานภายในวันที่ ๕ ของทุกเดือน", "วันที่ ๑๕"));
    }

    @Test
    void otherQueriesStayAsTheyAre() throws Exception {
        Query single = phrase("ชุมชน"); // community: one word, no pairs
        assertEquals(single, WordPairQuery.rewrite(single, "all", "pairs"));
        Query sloppy = new PhraseQuery(2, "all", "ศูนย์", "เด็ก");
        assertEquals(sloppy, WordPairQuery.rewrite(sloppy, "all", "pairs"));
        Query gap = new PhraseQuery.Builder().add(new org.apache.lucene.index.Term("all", "ศูนย์"), 0)
                .add(new org.apache.lucene.index.Term("all", "เด็ก"), 2).build();
        assertInstanceOf(PhraseQuery.class, WordPairQuery.rewrite(gap, "all", "pairs"));
    }
}
