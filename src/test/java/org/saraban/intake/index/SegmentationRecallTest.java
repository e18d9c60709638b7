package org.saraban.intake.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.ThaiSearchAnalyzer.Segmenter;

/**
 * Recall of Thai word searches with each segmenter, over the six real letters. A letter is
 * expected for a query when its searchable text contains the query's characters; recall is the
 * share of those (query, letter) pairs the search finds. Prints the table {@code docs/search.md}
 * quotes; run with {@code ./mvnw -q test -Dtest=SegmentationRecallTest}, adding
 * {@code -Dsaraban.recall.records=DIR} to measure on a folder of record JSON files as well.
 */
class SegmentationRecallTest {
    @TempDir Path dir;

    @Test
    void theDefaultSegmenterFindsAtLeastAsMuchAsTheOther() throws IOException {
        measure("the real letters", SampleLetters.real());
        // Stricter: every line of the letters on its own, so a word found elsewhere in the same
        // letter cannot make up for an occurrence the segmenter hides inside a compound.
        List<DirectiveRecord> lines = new ArrayList<>();
        for (DirectiveRecord letter : SampleLetters.real()) {
            List<String> text = letter.text().lines().filter(l -> !l.isBlank()).toList();
            for (int i = 0; i < text.size(); i++) {
                lines.add(line(letter, i, text.get(i)));
            }
        }
        measure("each line of the real letters", lines);
        // More records to measure on, e.g. generated samples: -Dsaraban.recall.records=<folder of record JSON>.
        String more = System.getProperty("saraban.recall.records");
        if (more != null && !more.isBlank()) {
            measure("records of " + more, new org.saraban.intake.store.RecordStore(Path.of(more)).all());
        }
    }

    private static DirectiveRecord line(DirectiveRecord letter, int n, String text) {
        return new DirectiveRecord(letter.schemaVersion(), letter.id() + "-" + n, letter.source(), letter.letterType(),
                null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, List.of(), List.of(), List.of(), null, text, Map.of(), List.of());
    }

    private void measure(String unit, List<DirectiveRecord> letters) throws IOException {
        List<String> queries = queries();
        Map<Segmenter, int[]> found = new EnumMap<>(Segmenter.class);
        Map<Segmenter, List<String>> missed = new EnumMap<>(Segmenter.class);
        int expectedPairs = 0;
        for (DirectiveRecord r : letters) {
            for (String q : queries) {
                expectedPairs += searchable(r).contains(q) ? 1 : 0;
            }
        }
        for (Segmenter segmenter : Segmenter.values()) {
            int[] counts = new int[2]; // found expected pairs, hits that do not contain the words
            List<String> misses = new ArrayList<>();
            try (DirectiveIndex index = new DirectiveIndex(dir.resolve(unit.replaceAll("[^a-z]", "") + "-" + segmenter.name()), new ThaiSearchAnalyzer(segmenter))) {
                index.rebuild(letters);
                for (String q : queries) {
                    Set<String> hits = new HashSet<>();
                    index.search(q, SearchRequest.MAX_LIMIT).forEach(h -> hits.add(h.id()));
                    for (DirectiveRecord r : letters) {
                        boolean expected = searchable(r).contains(q);
                        if (expected && hits.contains(r.id())) {
                            counts[0]++;
                        } else if (expected) {
                            misses.add(q + " in " + r.id());
                        } else if (hits.contains(r.id())) {
                            counts[1]++;
                        }
                    }
                }
            }
            found.put(segmenter, counts);
            missed.put(segmenter, misses);
        }
        System.out.printf("%nThai word search over %s: %d documents, %d queries, %d expected (query, document) pairs%n",
                unit, letters.size(), queries.size(), expectedPairs);
        System.out.printf("%-10s %-8s %-8s %-16s%n", "segmenter", "found", "recall", "extra hits");
        for (Segmenter s : Segmenter.values()) {
            int[] c = found.get(s);
            System.out.printf("%-10s %-8d %-8.3f %-16d%n", s, c[0], c[0] / (double) expectedPairs, c[1]);
        }
        for (Segmenter s : Segmenter.values()) {
            System.out.println(s + " misses (" + missed.get(s).size() + "): "
                    + missed.get(s).stream().map(m -> m.substring(0, m.indexOf(" in "))).distinct().sorted().toList());
        }
        Segmenter chosen = new ThaiSearchAnalyzer().segmenter();
        for (Segmenter other : Segmenter.values()) {
            assertTrue(found.get(chosen)[0] >= found.get(other)[0], chosen + " finds less than " + other + " in " + unit);
        }
    }

    /** What a search looks at, as one string with the scan's line breaks joined. */
    private static String searchable(DirectiveRecord r) {
        return String.join(" ", String.valueOf(r.subject()), String.valueOf(r.salutation()), String.valueOf(r.text()),
                r.issuer() == null ? "" : String.valueOf(r.issuer().name())).replaceAll("\\s+", " ");
    }

    private static List<String> queries() throws IOException {
        try (InputStream in = SegmentationRecallTest.class.getResourceAsStream("/search/recall-queries.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
