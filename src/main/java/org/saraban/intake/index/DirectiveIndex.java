package org.saraban.intake.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * The embedded Lucene index of directive records. One writer for the life of the object; searches
 * see every committed change. Thread-safe. The index is derived data: {@link #rebuild} recreates it
 * from the records alone.
 */
public final class DirectiveIndex implements AutoCloseable {
    static final String ID = "id";
    static final String REF_KEY = "refKey";
    static final String REF_NO = "refNo";
    static final String SUBJECT = "subject";
    static final String SALUTATION = "salutation";
    static final String TEXT = "text";
    static final String DATE = "date";
    static final String FILE = "file";

    private static final Map<String, Float> FIELD_BOOSTS = Map.of(SUBJECT, 3f, SALUTATION, 1f, TEXT, 1f);

    private final ThaiSearchAnalyzer analyzer = new ThaiSearchAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public DirectiveIndex(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        searchers = new SearcherManager(writer, null);
    }

    /** Adds or replaces the records (by id) and commits, so the change survives a crash. */
    public void index(List<DirectiveRecord> records) throws IOException {
        for (DirectiveRecord record : records) {
            writer.updateDocument(new Term(ID, record.id()), toDocument(record));
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Empties the index and fills it from {@code records}. */
    public void rebuild(List<DirectiveRecord> records) throws IOException {
        writer.deleteAll();
        index(records);
    }

    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Records matching {@code query}: Thai or Latin words anywhere in subject, salutation and text
     * (unspaced Thai is matched as a phrase of its words), or a reference number however typed.
     */
    public List<SearchHit> search(String query, int limit) throws IOException {
        Query parsed = parse(query);
        IndexSearcher searcher = searchers.acquire();
        try {
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(parsed, limit).scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                String date = doc.get(DATE);
                hits.add(new SearchHit(doc.get(ID), doc.get(REF_NO), date == null ? null : LocalDate.parse(date),
                        doc.get(SUBJECT), doc.get(FILE), sd.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private Query parse(String query) throws IOException {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("empty query");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (ReferenceKey.looksLikeReference(query)) {
            any.add(new BoostQuery(new TermQuery(new Term(REF_KEY, ReferenceKey.of(query))), 10f), BooleanClause.Occur.SHOULD);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                FIELD_BOOSTS.keySet().toArray(String[]::new), analyzer, FIELD_BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // ThaiTokenizer splits one unspaced Thai query word into several: keep them together.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            any.add(parser.parse(QueryParser.escape(query)), BooleanClause.Occur.SHOULD);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read query: " + e.getMessage(), e);
        }
        return any.build();
    }

    private static Document toDocument(DirectiveRecord record) {
        Document doc = new Document();
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new StoredField(FILE, record.source().file()));
        if (record.refNo() != null) {
            doc.add(new StringField(REF_KEY, ReferenceKey.of(record.refNo().text()), Field.Store.NO));
            doc.add(new TextField(REF_NO, record.refNo().text(), Field.Store.YES));
        }
        if (record.date() != null) {
            doc.add(new LongPoint(DATE, record.date().toEpochDay()));
            doc.add(new StoredField(DATE, record.date().toString()));
        }
        addText(doc, SUBJECT, record.subject(), Field.Store.YES);
        addText(doc, SALUTATION, record.salutation(), Field.Store.NO);
        addText(doc, TEXT, record.text(), Field.Store.NO);
        return doc;
    }

    private static void addText(Document doc, String field, String value, Field.Store store) {
        if (value != null) {
            doc.add(new TextField(field, value, store));
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
