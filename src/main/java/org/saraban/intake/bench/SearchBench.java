package org.saraban.intake.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.samples.SyntheticRecords;

/**
 * Search at scale: fills a Lucene index with {@code records} {@link SyntheticRecords} through
 * {@link DirectiveIndex#index} (the pipeline's own indexing call, a commit per batch), then times
 * the typical queries of {@link QueryMix} in a fresh JVM ({@link SearchProbe}), cold and warm.
 */
public final class SearchBench {
    /** What to run; {@code reuse} keeps an index of the right size from an earlier run. */
    public record Options(long records, long seed, int threads, int batch, boolean reuse, int cold, int warmup, int warm,
            int budgetSeconds) {}

    static final double TARGET_P99_MS = 50;
    static final double TARGET_RECORDS_PER_SECOND = 2000;

    private final Options options;
    private final Path work;

    public SearchBench(Options options, Path work) {
        this.options = options;
        this.work = work;
    }

    public boolean run(PrintWriter out) throws Exception {
        Path dir = work.resolve("index-" + options.records() + "-seed" + options.seed());
        out.printf(Locale.ROOT, "machine: %s; load at start %s%n", Machine.describe(), Machine.load());
        out.flush();
        TextTable targets = new TextTable("target", "measured", "met");
        boolean met = true;
        if (options.reuse() && existingSize(dir) == options.records()) {
            out.printf(Locale.ROOT, "reusing the index of %,d records in %s (indexing not measured this run)%n", options.records(), dir);
        } else {
            double[] rates = build(dir, out);
            boolean ok = rates[1] >= TARGET_RECORDS_PER_SECOND;
            targets.row("indexing ≥ 2,000 records/s", String.format(Locale.ROOT,
                    "%,.0f records/s indexing (%,.0f/s with composing the records)", rates[1], rates[0]), ok ? "yes" : "no");
            met &= ok;
        }
        out.printf(Locale.ROOT, "index on disk: %,d MiB%n", sizeOnDisk(dir) >> 20);

        JsonNode r = new ChildJvm("1g", Files.createDirectories(work.resolve("logs"))).run("search-probe", SearchProbe.class,
                List.of(dir.toString(), Long.toString(options.records()), Long.toString(options.seed()),
                        Integer.toString(options.cold()), Integer.toString(options.warmup()), Integer.toString(options.warm()),
                        Integer.toString(options.budgetSeconds())));
        out.printf(Locale.ROOT, "query JVM (-Xmx1g): index opened in %.0f ms, %,d records, peak RSS %d MiB, load %s%n",
                r.get("openMillis").asDouble(), r.get("size").asLong(), r.get("peakRssKiB").asLong() >> 10, Machine.load());
        out.printf(Locale.ROOT, "cold: the first %d queries of each kind in the fresh JVM (OS file cache not dropped);"
                + " warm: %d of each after %d more unmeasured; a kind stops after %d s in a phase (n = queries timed)%n",
                options.cold(), options.warm(), options.warmup(), options.budgetSeconds());
        TextTable table = new TextTable("query", "median hits", "cold n", "cold p50 ms", "cold p99 ms", "warm n", "warm p50 ms",
                "warm p99 ms", "warm max ms");
        double worstWarmP99 = 0;
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            Percentiles cold = new Percentiles(doubles(r.get("coldMillis").get(kind.name())));
            Percentiles warm = new Percentiles(doubles(r.get("warmMillis").get(kind.name())));
            Percentiles hits = new Percentiles(doubles(r.get("totalHits").get(kind.name())));
            table.row(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), String.format(Locale.ROOT, "%,.0f", hits.median()),
                    cold.count(), ms(cold.median()), ms(cold.at(99)), warm.count(), ms(warm.median()), ms(warm.at(99)),
                    ms(warm.max()));
            worstWarmP99 = Math.max(worstWarmP99, warm.at(99));
            boolean ok = warm.at(99) < TARGET_P99_MS;
            targets.row("warm p99 < 50 ms: " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), ms(warm.at(99)) + " ms", ok ? "yes" : "no");
            met &= ok;
        }
        out.println();
        table.print(out);
        out.println();
        out.println("Targets:");
        targets.print(out);
        out.printf(Locale.ROOT, "load at end %s%n", Machine.load());
        out.flush();
        return met;
    }

    /**
     * Indexes the records with {@code threads} threads, each composing and indexing whole batches;
     * returns records/s end to end and records/s of the indexing calls alone (their thread time
     * spread over the threads).
     */
    private double[] build(Path dir, PrintWriter out) throws Exception {
        PipelineBench.deleteTree(dir);
        Files.createDirectories(dir);
        SyntheticRecords records = new SyntheticRecords(options.seed());
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong composeNanos = new AtomicLong();
        AtomicLong indexNanos = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long batches = (options.records() + options.batch() - 1) / options.batch();
        long t0 = System.nanoTime();
        try (DirectiveIndex index = new DirectiveIndex(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(options.threads());
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                workers.add(pool.submit(() -> {
                    for (long b; (b = nextBatch.getAndIncrement()) < batches; ) {
                        long c0 = System.nanoTime();
                        List<DirectiveRecord> batch = new ArrayList<>(options.batch());
                        for (long i = b * options.batch(); i < Math.min(options.records(), (b + 1) * options.batch()); i++) {
                            batch.add(records.record(i));
                        }
                        long c1 = System.nanoTime();
                        index.index(batch);
                        indexNanos.addAndGet(System.nanoTime() - c1);
                        composeNanos.addAndGet(c1 - c0);
                        long n = done.addAndGet(batch.size());
                        if (n % (options.batch() * 20L) == 0) {
                            double s = (System.nanoTime() - t0) / 1e9;
                            out.printf(Locale.ROOT, "  %,d records in %.0f s (%,.0f/s), load %s%n", n, s, n / s, Machine.load());
                            out.flush();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double rate = options.records() / wall;
        double indexingRate = options.records() / (indexNanos.get() / 1e9 / options.threads());
        // Thread-seconds spent in each part: how much of the wall time composing the records took.
        double composeShare = composeNanos.get() / (double) (composeNanos.get() + indexNanos.get());
        out.printf(Locale.ROOT, "indexed %,d records in %.1f s with %d thread(s): %,.0f records/s end to end"
                        + " (%.0f %% of the threads' time composed the records, %.0f %% indexed and committed them;"
                        + " batches of %,d, one commit each); indexing alone %,.0f records/s; load %s%n",
                options.records(), wall, options.threads(), rate, composeShare * 100, (1 - composeShare) * 100,
                options.batch(), indexingRate, Machine.load());
        return new double[] {rate, indexingRate};
    }

    private static long existingSize(Path dir) {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (DirectiveIndex index = new DirectiveIndex(dir)) {
            return index.size();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long sizeOnDisk(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asDouble()));
        return values;
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.0f", v);
    }
}
