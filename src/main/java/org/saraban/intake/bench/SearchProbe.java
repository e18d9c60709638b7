package org.saraban.intake.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.index.SearchResult;
import org.saraban.intake.samples.SyntheticRecords;

/**
 * The query side of the search benchmark, in a fresh JVM: opens the index (cold: nothing of it
 * loaded in this process, no code compiled), runs {@code COLD} queries of each kind in turn and
 * times each, then {@code WARMUP} more of each unmeasured, then {@code WARM} of each measured.
 * A kind whose queries have taken {@code BUDGET_SECONDS} in a phase runs no more in that phase
 * (after at least three), so one slow kind cannot hold the run for hours; the counts are reported.
 * Prints {@code RESULT {json}} with every latency in milliseconds.
 *
 * <p>Arguments: {@code INDEX_DIR RECORDS SEED COLD WARMUP WARM BUDGET_SECONDS}.
 */
public final class SearchProbe {
    private SearchProbe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long records = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        int cold = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int warm = Integer.parseInt(args[5]);
        double budgetMs = Double.parseDouble(args[6]) * 1000;
        QueryMix mix = new QueryMix(new SyntheticRecords(seed), records);
        Map<String, Object> result = new LinkedHashMap<>();
        long open0 = System.nanoTime();
        try (DirectiveIndex index = new DirectiveIndex(dir)) {
            result.put("openMillis", (System.nanoTime() - open0) / 1e6);
            result.put("size", index.size());
            Map<QueryMix.Kind, List<Double>> coldMs = new LinkedHashMap<>();
            Map<QueryMix.Kind, List<Double>> warmMs = new LinkedHashMap<>();
            Map<QueryMix.Kind, List<Long>> totals = new LinkedHashMap<>();
            for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                coldMs.put(kind, new ArrayList<>());
                warmMs.put(kind, new ArrayList<>());
                totals.put(kind, new ArrayList<>());
            }
            int next = 0;
            for (int i = 0; i < cold; i++, next++) {
                for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                    if (withinBudget(coldMs.get(kind), budgetMs)) {
                        coldMs.get(kind).add(time(index, mix, kind, next, totals.get(kind)));
                    }
                }
            }
            Map<QueryMix.Kind, List<Double>> warmupMs = new LinkedHashMap<>();
            for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                warmupMs.put(kind, new ArrayList<>());
            }
            for (int i = 0; i < warmup; i++, next++) {
                for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                    if (withinBudget(warmupMs.get(kind), budgetMs)) {
                        warmupMs.get(kind).add(time(index, mix, kind, next, new ArrayList<>()));
                    }
                }
            }
            for (int i = 0; i < warm; i++, next++) {
                for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                    if (withinBudget(warmMs.get(kind), budgetMs)) {
                        warmMs.get(kind).add(time(index, mix, kind, next, totals.get(kind)));
                    }
                }
            }
            result.put("coldMillis", coldMs);
            result.put("warmMillis", warmMs);
            result.put("totalHits", totals);
        }
        result.put("peakRssKiB", PipelineProbe.peakRssKiB());
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
    }

    private static boolean withinBudget(List<Double> spent, double budgetMs) {
        return spent.size() < 3 || spent.stream().mapToDouble(Double::doubleValue).sum() < budgetMs;
    }

    private static double time(DirectiveIndex index, QueryMix mix, QueryMix.Kind kind, int i, List<Long> totals)
            throws java.io.IOException {
        var request = mix.request(kind, i);
        long t0 = System.nanoTime();
        SearchResult r = index.search(request);
        double ms = (System.nanoTime() - t0) / 1e6;
        totals.add(r.total());
        return ms;
    }
}
