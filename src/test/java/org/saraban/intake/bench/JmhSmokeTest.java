package org.saraban.intake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The micro-benchmarks run (in this JVM, one short iteration each, on a small index): a check that
 * they work, not a measurement. Their timings are taken with scripts/jmh.sh.
 */
class JmhSmokeTest {
    @Test
    void searchAndExtractionBenchmarksRun() throws Exception {
        Options options = new OptionsBuilder()
                .include(SearchBenchmark.class.getSimpleName())
                .include(ExtractionBenchmark.class.getSimpleName())
                .param("records", "300")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // four query kinds and one extraction run
        assertEquals(5, results.size());
        for (RunResult result : results) {
            double score = result.getPrimaryResult().getScore();
            assertTrue(score > 0 && Double.isFinite(score), result.getParams().getBenchmark() + " " + score);
        }
    }
}
