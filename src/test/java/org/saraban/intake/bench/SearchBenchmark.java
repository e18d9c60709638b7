package org.saraban.intake.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.index.SearchResult;
import org.saraban.intake.samples.SyntheticRecords;

/**
 * The clerk's typical searches ({@link QueryMix}) on an index of synthetic records built in the
 * setup, one query at a time, the query varying on every call. The million-record figures come
 * from {@code saraban bench search}; this measures the query code itself at a size that builds in
 * seconds. Run with {@code scripts/jmh.sh Search}, from the project folder.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark extends BenchmarkDefaults {
    @Param("50000")
    public int records;

    @Param({"THAI_PHRASE", "REFERENCE_NUMBER", "FACET_AND_DATES", "NEAREST_DEADLINE"})
    public String kind;

    private Path folder;
    private DirectiveIndex index;
    private QueryMix queries;
    private QueryMix.Kind queryKind;
    private int next;

    @Setup
    public void setUp() throws Exception {
        folder = Files.createTempDirectory("saraban-jmh-index");
        index = new DirectiveIndex(folder);
        SyntheticRecords synthetic = new SyntheticRecords(1);
        List<DirectiveRecord> batch = new ArrayList<>();
        for (long i = 0; i < records; i++) {
            batch.add(synthetic.record(i));
            if (batch.size() == 5_000 || i == records - 1) {
                index.index(batch);
                batch.clear();
            }
        }
        queries = new QueryMix(synthetic, records);
        queryKind = QueryMix.Kind.valueOf(kind);
    }

    @TearDown
    public void tearDown() throws Exception {
        index.close();
        PipelineBench.deleteTree(folder);
    }

    @Benchmark
    public SearchResult search() throws Exception {
        return index.search(queries.request(queryKind, next++ % 1_000));
    }
}
