package org.saraban.intake.index;

import static org.saraban.intake.index.DirectiveDocument.ALL;
import static org.saraban.intake.index.DirectiveDocument.ALL_PAIRS;
import static org.saraban.intake.index.DirectiveDocument.CITES_KEY;
import static org.saraban.intake.index.DirectiveDocument.DATE;
import static org.saraban.intake.index.DirectiveDocument.DEADLINE;
import static org.saraban.intake.index.DirectiveDocument.ID;
import static org.saraban.intake.index.DirectiveDocument.ISSUER;
import static org.saraban.intake.index.DirectiveDocument.JSON;
import static org.saraban.intake.index.DirectiveDocument.REF_KEY;
import static org.saraban.intake.index.DirectiveDocument.SALUTATION;
import static org.saraban.intake.index.DirectiveDocument.SECRECY;
import static org.saraban.intake.index.DirectiveDocument.SUBJECT;
import static org.saraban.intake.index.DirectiveDocument.TEXT;
import static org.saraban.intake.index.DirectiveDocument.UNMARKED;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.store.FSDirectory;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.feed.DeadlineSchedule;

/**
 * The embedded Lucene index of directive records: words and reference numbers, facets with counts,
 * date and deadline ranges, Thai snippets, related letters and the reference graph. One writer for
 * the life of the object; searches see every committed change. Thread-safe. The index is derived
 * data: {@link #rebuild} recreates it from the records alone.
 */
public final class DirectiveIndex implements AutoCloseable {
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(SUBJECT, 3f, ISSUER, 1.5f, SALUTATION, 1f, TEXT, 1f);
    /** How many of the best hits by the combined field are ranked again with the field boosts. */
    private static final int RESCORED_HITS = 200;
    /** Characters a snippet aims at: about two lines of a result list. */
    private static final int SNIPPET_LENGTH = 160;
    private static final Locale THAI = Locale.forLanguageTag("th");

    /** Raised whenever the document layout changes, so old index folders are recognised. */
    private static final String LAYOUT_VERSION = "5";
    private static final String LAYOUT_KEY = "saraban.layout";

    private final ThaiSearchAnalyzer analyzer;
    private final String layoutVersion;
    private volatile boolean stale;
    private final DirectiveDocument layout = new DirectiveDocument();
    private final ObjectMapper json = DirectiveJson.newMapper();
    /** Reads a record for a result list without its full text, the bulk of the stored JSON. */
    private final ObjectMapper hitJson = DirectiveJson.newMapper().addMixIn(DirectiveRecord.class, WithoutText.class);

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"text"})
    private abstract static class WithoutText {}
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Searches the index's segments on all cores at once: one query answers sooner on an idle machine. */
    private final java.util.concurrent.ExecutorService segmentSearchers =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), DirectiveIndex::searchThread);
    private final java.util.concurrent.atomic.AtomicReference<FacetState> facetState = new java.util.concurrent.atomic.AtomicReference<>();

    public DirectiveIndex(Path dir) throws IOException {
        this(dir, new ThaiSearchAnalyzer());
    }

    /** An index using {@code analyzer}; the same analyzer must be used for the life of the index folder. */
    public DirectiveIndex(Path dir, ThaiSearchAnalyzer analyzer) throws IOException {
        this.analyzer = analyzer;
        this.layoutVersion = LAYOUT_VERSION + "/" + analyzer.segmenter();
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(analyzer, Map.of(ALL_PAIRS, WordPairQuery.analyzer(analyzer)))));
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, segmentSearchers);
            }
        });
        String built = null;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(LAYOUT_KEY)) {
                    built = e.getValue();
                }
            }
        }
        stale = writer.getDocStats().numDocs > 0 && !layoutVersion.equals(built);
    }

    /**
     * True when the index folder was built by another version of the layout or another segmenter:
     * it must be rebuilt ({@link #rebuild}, {@code saraban reindex}) before it can be searched.
     */
    public boolean isStale() {
        return stale;
    }

    private void checkCurrent() {
        if (stale) {
            throw new IllegalStateException("the search index was built by another version; run 'saraban reindex'");
        }
    }

    /** Adds or replaces the records (by id) and commits, so the change survives a crash. */
    public void index(List<DirectiveRecord> records) throws IOException {
        for (DirectiveRecord record : records) {
            writer.updateDocument(new Term(ID, record.id()), layout.toDocument(record));
        }
        if (!stale) {
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, layoutVersion).entrySet());
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Empties the index and fills it from {@code records}. */
    public void rebuild(List<DirectiveRecord> records) throws IOException {
        writer.deleteAll();
        stale = false;
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

    /** The first {@code limit} records matching {@code query}, best first, every letter visible. */
    public List<SearchHit> search(String query, int limit) throws IOException {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("empty query");
        }
        return search(SearchRequest.of(query, limit, Clearance.all())).hits();
    }

    /** Runs {@code request}: a page of hits with snippets, and facet counts over all the hits. */
    public SearchResult search(SearchRequest request) throws IOException {
        checkCurrent();
        Query words = request.query().isEmpty() ? null : parse(request.query(), FIELD_BOOSTS);
        Query matching = request.query().isEmpty() ? new MatchAllDocsQuery()
                : WordPairQuery.rewrite(parse(request.query(), Map.of(ALL, 1f)), ALL, ALL_PAIRS);
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(matching, Occur.MUST);
        if (request.dateFrom() != null || request.dateTo() != null) {
            base.add(range(DATE, request.dateFrom(), request.dateTo()), Occur.FILTER);
        }
        if (request.deadlineFrom() != null || request.deadlineTo() != null) {
            base.add(range(DEADLINE, request.deadlineFrom(), request.deadlineTo()), Occur.FILTER);
        }
        clearanceFilter(request.clearance()).ifPresent(q -> base.add(q, Occur.FILTER));
        DrillDownQuery drill = new DrillDownQuery(layout.facetsConfig(), base.build());
        request.filters().forEach((dimension, values) -> values.forEach(v -> drill.add(dimension.key(), v)));

        IndexSearcher searcher = searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new SearchResult(0, List.of(), List.of());
            }
            SortedSetDocValuesReaderState state = facetState(searcher);
            DrillSideways sideways = new DrillSideways(searcher, layout.facetsConfig(), state);
            int wanted = request.offset() + request.limit();
            DrillSideways.DrillSidewaysResult result;
            TopDocs top = null;
            if (request.sort() == SortOrder.DEADLINE) {
                SortField nearest = new NextDeadlineValues(request.today()).getSortField(false);
                result = sideways.search(drill, null, null, wanted, new Sort(nearest, SortField.FIELD_SCORE), true);
            } else if (request.sort() == SortOrder.DATE || (request.sort() == SortOrder.RELEVANCE && words == null)) {
                SortField newest = new SortField(DATE, SortField.Type.LONG, true);
                newest.setMissingValue(Long.MIN_VALUE);
                result = sideways.search(drill, null, null, wanted, new Sort(newest, SortField.FIELD_SCORE), true);
            } else {
                // Ranked by the words in the one combined field (phrases as word pairs), then the
                // first hits again by the exact phrases, with subject and issuer weighing more.
                int pool = Math.max(wanted, RESCORED_HITS);
                result = sideways.search(drill, pool);
                top = new FieldBoostRescorer(words).rescore(searcher, result.hits, pool);
            }
            List<SearchHit> hits = hits(searcher, top == null ? result.hits : top, words, request);
            return new SearchResult(result.hits.totalHits.value, hits, facets(result));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The facet ordinals of the searcher's reader, built once per index version. */
    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        FacetState cached = facetState.get();
        if (cached != null && cached.reader() == searcher.getIndexReader()) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state =
                new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), layout.facetsConfig());
        facetState.set(new FacetState(searcher.getIndexReader(), state));
        return state;
    }

    private record FacetState(org.apache.lucene.index.IndexReader reader, SortedSetDocValuesReaderState state) {}

    private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, Query words, SearchRequest request) throws IOException {
        List<ScoreDoc> ranked = List.of(top.scoreDocs);
        List<ScoreDoc> page = ranked.subList(Math.min(request.offset(), ranked.size()),
                Math.min(request.offset() + request.limit(), ranked.size()));
        int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
        Object[] snippets = snippets(searcher, words, docIds);
        Object[] subjects = markedSubjects(searcher, words, docIds);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            ScoreDoc sd = page.get(i);
            DirectiveRecord r = readForHit(searcher, sd.doc);
            @SuppressWarnings("unchecked")
            List<Snippet> s = snippets[i] == null ? List.of() : (List<Snippet>) snippets[i];
            @SuppressWarnings("unchecked")
            List<Snippet> subject = subjects[i] == null ? List.of() : (List<Snippet>) subjects[i];
            hits.add(new SearchHit(r.id(), r.refNo() == null ? null : r.refNo().text(), r.date(), r.subject(),
                    DirectiveDocument.agency(r), r.letterType() == null ? null : r.letterType().json(),
                    r.urgency() == null ? null : r.urgency().json(), r.source() == null ? null : r.source().file(),
                    DeadlineSchedule.next(r, request.today()).orElse(null), Float.isNaN(sd.score) ? 0f : sd.score,
                    subject.isEmpty() ? null : subject.get(0), s));
        }
        return hits;
    }

    private Object[] snippets(IndexSearcher searcher, Query words, int[] docIds) throws IOException {
        if (words == null || docIds.length == 0) {
            return new Object[docIds.length];
        }
        SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                // Thai has no sentence punctuation: cut passages at word breaks near a set length.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(THAI), SNIPPET_LENGTH, 0f)));
        return highlighter.highlight(new String[] {TEXT}, words, docIds, new int[] {2}).get(TEXT);
    }

    /** The whole subject with the found words marked, where they occur in it. */
    private Object[] markedSubjects(IndexSearcher searcher, Query words, int[] docIds) throws IOException {
        if (words == null || docIds.length == 0) {
            return new Object[docIds.length];
        }
        SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(WholeBreakIterator::new));
        return highlighter.highlight(new String[] {SUBJECT}, words, docIds, new int[] {1}).get(SUBJECT);
    }

    private static List<Facet> facets(DrillSideways.DrillSidewaysResult result) throws IOException {
        List<Facet> facets = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            List<FacetCount> counts = new ArrayList<>();
            FacetResult top;
            try {
                top = result.facets.getTopChildren(100, dimension.key());
            } catch (IllegalArgumentException noValuesIndexed) {
                top = null;
            }
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    counts.add(new FacetCount(lv.label, dimension.label(lv.label), lv.value.longValue()));
                }
            }
            if (dimension == FacetDimension.YEAR) {
                counts.sort(Comparator.comparing(FacetCount::value).reversed());
            }
            facets.add(new Facet(dimension.key(), counts));
        }
        return facets;
    }

    /** The record with {@code id} as indexed, if {@code clearance} lets its reader see it. */
    public Optional<DirectiveRecord> find(String id, Clearance clearance) throws IOException {
        checkCurrent();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            DirectiveRecord record = read(searcher, top.scoreDocs[0].doc);
            return clearance.permits(record) ? Optional.of(record) : Optional.empty();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Letters about the same things as the letter {@code id} ("more like this"), most alike first. */
    public List<SearchHit> related(String id, int limit, Clearance clearance) throws IOException {
        checkCurrent();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {SUBJECT, TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            // Function words (ที่, และ, ของ ...) say nothing about what a letter is about.
            mlt.setStopWords(ThaiAnalyzer.getDefaultStopSet());
            BooleanQuery.Builder like = new BooleanQuery.Builder()
                    .add(mlt.like(self.scoreDocs[0].doc), Occur.MUST)
                    .add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT);
            clearanceFilter(clearance).ifPresent(q -> like.add(q, Occur.FILTER));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(like.build(), limit).scoreDocs) {
                DirectiveRecord r = readForHit(searcher, sd.doc);
                hits.add(new SearchHit(r.id(), r.refNo() == null ? null : r.refNo().text(), r.date(), r.subject(),
                        DirectiveDocument.agency(r), r.letterType() == null ? null : r.letterType().json(),
                        r.urgency() == null ? null : r.urgency().json(), r.source() == null ? null : r.source().file(),
                        null, sd.score, null, List.of()));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The reference graph around {@code record}: the letters it cites and encloses, found in the
     * index by reference number, and every indexed letter that cites or encloses it. Serial numbers
     * restart every year, so a link needs the years to agree where both dates are known.
     */
    public LetterLinks links(DirectiveRecord record, Clearance clearance) throws IOException {
        checkCurrent();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<LetterLinks.Link> cites = new ArrayList<>();
            for (DirectiveRecord.LetterReference r : record.references()) {
                cites.add(resolve(searcher, r.refNo() == null ? null : r.refNo().text(), r.date(), r.text(), clearance));
            }
            List<LetterLinks.Link> encloses = new ArrayList<>();
            for (DirectiveRecord.Enclosure e : record.enclosures()) {
                if (e.refNo() != null) {
                    encloses.add(resolve(searcher, e.refNo().text(), e.date(), e.text(), clearance));
                }
            }
            List<LetterLinks.Link> citedBy = new ArrayList<>();
            if (record.refNo() != null && record.refNo().text() != null) {
                String key = ReferenceKey.of(record.refNo().text());
                BooleanQuery.Builder q = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(CITES_KEY, key)), Occur.MUST)
                        .add(new TermQuery(new Term(ID, record.id())), Occur.MUST_NOT);
                clearanceFilter(clearance).ifPresent(f -> q.add(f, Occur.FILTER));
                for (ScoreDoc sd : searcher.search(q.build(), 200).scoreDocs) {
                    DirectiveRecord citing = read(searcher, sd.doc);
                    if (citesSameLetter(citing, key, record.date())) {
                        citedBy.add(new LetterLinks.Link(citing.refNo() == null ? null : citing.refNo().text(),
                                citing.date(), null, citing.id(), citing.subject()));
                    }
                }
                citedBy.sort(Comparator.comparing(LetterLinks.Link::date, Comparator.nullsLast(Comparator.naturalOrder())));
            }
            return new LetterLinks(cites, encloses, citedBy);
        } finally {
            searchers.release(searcher);
        }
    }

    private LetterLinks.Link resolve(IndexSearcher searcher, String refNo, LocalDate date, String text, Clearance clearance)
            throws IOException {
        if (refNo != null) {
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(REF_KEY, ReferenceKey.of(refNo))), Occur.MUST);
            clearanceFilter(clearance).ifPresent(f -> q.add(f, Occur.FILTER));
            for (ScoreDoc sd : searcher.search(q.build(), 20).scoreDocs) {
                DirectiveRecord target = read(searcher, sd.doc);
                if (sameYear(date, target.date())) {
                    return new LetterLinks.Link(refNo, date, text, target.id(), target.subject());
                }
            }
        }
        return new LetterLinks.Link(refNo, date, text, null, null);
    }

    private static boolean citesSameLetter(DirectiveRecord citing, String key, LocalDate citedDate) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (DirectiveRecord.LetterReference r : citing.references()) {
            if (r.refNo() != null && r.refNo().text() != null) {
                dates.put(ReferenceKey.of(r.refNo().text()), r.date());
            }
        }
        for (DirectiveRecord.Enclosure e : citing.enclosures()) {
            if (e.refNo() != null && e.refNo().text() != null) {
                dates.putIfAbsent(ReferenceKey.of(e.refNo().text()), e.date());
            }
        }
        return dates.containsKey(key) && sameYear(dates.get(key), citedDate);
    }

    private static boolean sameYear(LocalDate a, LocalDate b) {
        return a == null || b == null || a.getYear() == b.getYear();
    }

    private DirectiveRecord readForHit(IndexSearcher searcher, int doc) throws IOException {
        return hitJson.readValue(storedJson(searcher, doc), DirectiveRecord.class);
    }

    private DirectiveRecord read(IndexSearcher searcher, int doc) throws IOException {
        return json.readValue(storedJson(searcher, doc), DirectiveRecord.class);
    }

    private static String storedJson(IndexSearcher searcher, int doc) throws IOException {
        return searcher.storedFields().document(doc, java.util.Set.of(JSON)).get(JSON);
    }

    private static Optional<Query> clearanceFilter(Clearance clearance) {
        if (clearance.seesEverything()) {
            return Optional.empty();
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder().add(new TermQuery(new Term(SECRECY, UNMARKED)), Occur.SHOULD);
        clearance.levels().forEach(level -> visible.add(new TermQuery(new Term(SECRECY, level.json())), Occur.SHOULD));
        return Optional.of(visible.build());
    }

    private static Query range(String field, LocalDate from, LocalDate to) {
        return LongPoint.newRangeQuery(field, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    private Query parse(String query, Map<String, Float> fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (ReferenceKey.looksLikeReference(query)) {
            any.add(new BoostQuery(new TermQuery(new Term(REF_KEY, ReferenceKey.of(query))), 10f), Occur.SHOULD);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), analyzer, fields);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        // The segmenter splits one unspaced Thai query word into several: keep them together, in order.
        parser.setAutoGeneratePhraseQueries(true);
        try {
            any.add(parser.parse(QueryParser.escape(query)), Occur.SHOULD);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read query: " + e.getMessage(), e);
        }
        return any.build();
    }

    /** Every indexed record's id (for checks that the index matches the store). */
    public List<String> ids() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc, java.util.Set.of(ID)).get(ID));
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Thread searchThread(Runnable task) {
        Thread thread = new Thread(task, "index-search");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        segmentSearchers.shutdown();
    }
}
