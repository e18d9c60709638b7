package org.saraban.intake.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saraban.intake.index.SampleLetters.KRABI_DEPARTMENT;
import static org.saraban.intake.index.SampleLetters.KRABI_PROVINCE;
import static org.saraban.intake.index.SampleLetters.MAE_HONG_SON_DEPARTMENT;
import static org.saraban.intake.index.SampleLetters.MAE_HONG_SON_PROVINCE;
import static org.saraban.intake.index.SampleLetters.RELATIVE_DEADLINE;
import static org.saraban.intake.index.SampleLetters.SECRET_LETTER;
import static org.saraban.intake.index.SampleLetters.TAK_DEPARTMENT;
import static org.saraban.intake.index.SampleLetters.TAK_FOLLOW_UP;
import static org.saraban.intake.index.SampleLetters.TAK_PROVINCE;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.directive.DirectiveRecord;

class DirectiveIndexTest {
    @TempDir static Path dir;
    static DirectiveIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = new DirectiveIndex(dir);
        index.rebuild(SampleLetters.all());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static SearchRequest words(String q) {
        return SearchRequest.of(q, 50, Clearance.all());
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(SearchResult result, FacetDimension dimension) {
        return result.facets().stream().filter(f -> f.dimension().equals(dimension.key())).findFirst().orElseThrow()
                .values().stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void findsAThaiWordInsideUnspacedText() throws IOException {
        // วิสาหกิจ (enterprise) stands inside "ข้อมูลการจัดตั้งกองทุนวิสาหกิจชุมชน" with no spaces around it.
        assertEquals(Set.of(MAE_HONG_SON_PROVINCE, MAE_HONG_SON_DEPARTMENT), ids(index.search(words("วิสาหกิจ"))));
        assertEquals(Set.of(KRABI_PROVINCE, KRABI_DEPARTMENT), ids(index.search(words("ภารกิจถ่ายโอน"))));
    }

    @Test
    void thaiAndArabicDigitsAreTheSame() throws IOException {
        // ๒๕๖๗ (2567 BE) is printed in Thai digits in the Krabi letters only.
        Set<String> thai = ids(index.search(words("๒๕๖๗")));
        assertEquals(Set.of(KRABI_PROVINCE, KRABI_DEPARTMENT), thai);
        assertEquals(thai, ids(index.search(words("2567"))));
    }

    @Test
    void aReferenceNumberFindsItsLetterHoweverTyped() throws IOException {
        for (String typed : List.of("มท 0810.7/ว 5955", "มท๐๘๑๐.๗/ว๕๙๕๕", "ที่ มท ๐๘๑๐.๗/ว. ๕๙๕๕", "มท 0810.7 / ว5955")) {
            List<SearchHit> hits = index.search(words(typed)).hits();
            assertFalse(hits.isEmpty(), typed);
            assertEquals(TAK_DEPARTMENT, hits.get(0).id(), typed);
        }
    }

    @Test
    void facetsCountAllHitsAndFilterSideways() throws IOException {
        SearchResult all = index.search(words(""));
        assertEquals(9, all.total());
        assertEquals(4L, counts(all, FacetDimension.AGENCY).get("กรมส่งเสริมการปกครองท้องถิ่น"));
        assertEquals(2L, counts(all, FacetDimension.TYPE).get("stamped"));
        assertEquals(3L, counts(all, FacetDimension.DOMAIN).get("6"));
        assertEquals(4L, counts(all, FacetDimension.YEAR).get("2024"));

        SearchResult stamped = index.search(words("").withFilter(FacetDimension.TYPE, "stamped"));
        assertEquals(Set.of(TAK_PROVINCE, MAE_HONG_SON_PROVINCE), ids(stamped));
        // Counting sideways: the other types stay visible with their counts, so a reader can switch.
        assertEquals(6L, counts(stamped, FacetDimension.TYPE).get("external"));
        assertEquals(Map.of("6", 1L, "7", 1L), counts(stamped, FacetDimension.DOMAIN));

        SearchResult both = index.search(words("").withFilter(FacetDimension.TYPE, "stamped", "memo"));
        assertEquals(Set.of(TAK_PROVINCE, MAE_HONG_SON_PROVINCE, RELATIVE_DEADLINE), ids(both));
        SearchResult domain6Urgent = index.search(words("").withFilter(FacetDimension.DOMAIN, "6")
                .withFilter(FacetDimension.URGENCY, "most_urgent"));
        assertEquals(Set.of(TAK_PROVINCE, TAK_DEPARTMENT), ids(domain6Urgent));
        assertEquals("ด่วนที่สุด", FacetDimension.URGENCY.label("most_urgent"));
        assertEquals("พ.ศ. 2567", FacetDimension.YEAR.label("2024"));
    }

    @Test
    void letterDateAndDeadlineRanges() throws IOException {
        SearchResult in2024 = index.search(words("").withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertEquals(Set.of(KRABI_PROVINCE, KRABI_DEPARTMENT, SECRET_LETTER, RELATIVE_DEADLINE), ids(in2024));

        SearchResult dueNovember = index.search(words("").withDeadlines(LocalDate.of(2024, 11, 10), LocalDate.of(2024, 11, 20)));
        // Only the relative deadline (1 Nov 2024 + 15 days) falls then; the monthly ones fall on the 5th.
        assertEquals(Set.of(RELATIVE_DEADLINE), ids(dueNovember));

        SearchResult dueDecember = index.search(words("").withDeadlines(LocalDate.of(2024, 12, 6), LocalDate.of(2024, 12, 31)));
        assertEquals(Set.of(KRABI_PROVINCE, KRABI_DEPARTMENT), ids(dueDecember));

        assertThrows(IllegalArgumentException.class, () -> words("").withDates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void sortsByDateAndByNearestDeadline() throws IOException {
        List<SearchHit> byDate = index.search(words("").withSort(SortOrder.DATE, null)).hits();
        List<LocalDate> dates = byDate.stream().map(SearchHit::date).filter(d -> d != null).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        assertEquals(RELATIVE_DEADLINE, byDate.get(0).id());
        assertNull(byDate.get(byDate.size() - 1).date(), "undated letters come last");

        List<SearchHit> byDeadline = index.search(words("").withSort(SortOrder.DEADLINE, LocalDate.of(2024, 12, 10))).hits();
        assertEquals(Set.of(KRABI_PROVINCE, KRABI_DEPARTMENT), Set.of(byDeadline.get(0).id(), byDeadline.get(1).id()));
        assertEquals(LocalDate.of(2024, 12, 30), byDeadline.get(0).nextDeadline());
        assertEquals(LocalDate.of(2025, 1, 5), byDeadline.get(2).nextDeadline(), "next monthly (day 5) occurrence");
        assertNull(byDeadline.get(byDeadline.size() - 1).nextDeadline(), "letters without an upcoming deadline come last");
    }

    @Test
    void snippetsMarkTheFoundWordsInTheLettersOwnText() throws IOException {
        SearchHit hit = index.search(words("ธรรมาภิบาล")).hits().stream()
                .filter(h -> h.id().equals(TAK_PROVINCE)).findFirst().orElseThrow();
        assertFalse(hit.snippets().isEmpty());
        Snippet snippet = hit.snippets().get(0);
        assertTrue(snippet.parts().stream().anyMatch(p -> p.match() && p.text().equals("ธรรมาภิบาล")), snippet.toString());
        String plain = snippet.marked("", "");
        String text = SampleLetters.text("tak-province.txt").replaceAll("\\s+", " ");
        assertTrue(text.contains(plain.strip()), plain);
        assertTrue(plain.length() < 400, "a snippet is a passage, not the whole letter");
        assertNull(hit.subjectMarked(), "this letter has no subject");

        SearchHit krabi = index.search(words("ภารกิจถ่ายโอน")).hits().stream()
                .filter(h -> h.id().equals(KRABI_PROVINCE)).findFirst().orElseThrow();
        assertEquals(krabi.subject(), krabi.subjectMarked().marked("", ""));
        String marked = krabi.subjectMarked().marked("[", "]");
        assertTrue(marked.startsWith("การปรับปรุงข้อมูล[ภารกิจถ่ายโอน]ขององค์กร"), marked);
    }

    @Test
    void relatedLettersAreAboutTheSameThing() throws IOException {
        List<SearchHit> related = index.related(KRABI_DEPARTMENT, 3, Clearance.all());
        assertEquals(KRABI_PROVINCE, related.get(0).id());
        assertFalse(related.stream().anyMatch(h -> h.id().equals(KRABI_DEPARTMENT)), "not itself");
        assertEquals(MAE_HONG_SON_PROVINCE, index.related(MAE_HONG_SON_DEPARTMENT, 1, Clearance.all()).get(0).id());
    }

    @Test
    void referenceGraphBothWays() throws IOException {
        DirectiveRecord department = index.find(TAK_DEPARTMENT, Clearance.all()).orElseThrow();
        LetterLinks links = index.links(department, Clearance.all());
        assertEquals(Set.of(TAK_PROVINCE, TAK_FOLLOW_UP),
                links.citedBy().stream().map(LetterLinks.Link::id).collect(Collectors.toSet()));
        // It cites มท 0810.7/ว 399 of 2022; the indexed มท 0810.7/ว 399 is of 2021: the yearly series restarted.
        assertEquals(2, links.cites().size());
        assertTrue(links.cites().stream().allMatch(l -> l.id() == null), links.cites().toString());

        LetterLinks krabi = index.links(index.find(KRABI_PROVINCE, Clearance.all()).orElseThrow(), Clearance.all());
        assertEquals(KRABI_DEPARTMENT, krabi.encloses().get(0).id());
        assertNull(krabi.cites().get(0).id(), "the cited letter of 2022 is not in the index");

        LetterLinks followUp = index.links(index.find(TAK_FOLLOW_UP, Clearance.all()).orElseThrow(), Clearance.all());
        assertEquals(TAK_DEPARTMENT, followUp.cites().get(0).id());
        assertEquals(department.subject(), followUp.cites().get(0).subject());
    }

    @Test
    void clearanceHidesSecretLettersEverywhere() throws IOException {
        assertTrue(ids(index.search(words("งบประมาณ"))).contains(SECRET_LETTER));
        SearchRequest unmarked = SearchRequest.of("งบประมาณ", 50, Clearance.unmarkedOnly());
        assertFalse(ids(index.search(unmarked)).contains(SECRET_LETTER));
        assertTrue(index.find(SECRET_LETTER, Clearance.unmarkedOnly()).isEmpty());
        assertTrue(index.find(SECRET_LETTER, new Clearance(Set.of(org.saraban.intake.directive.Secrecy.CONFIDENTIAL))).isPresent());
        assertFalse(index.related(TAK_DEPARTMENT, 20, Clearance.unmarkedOnly()).stream().anyMatch(h -> h.id().equals(SECRET_LETTER)));
        assertFalse(counts(index.search(SearchRequest.of("", 50, Clearance.unmarkedOnly())), FacetDimension.AGENCY)
                .get("กรมส่งเสริมการปกครองท้องถิ่น").equals(4L));
    }

    @Test
    void pagesThroughHits() throws IOException {
        SearchRequest first = new SearchRequest("", Map.of(), null, null, null, null, SortOrder.DATE, 0, 4, Clearance.all(), null);
        SearchRequest second = new SearchRequest("", Map.of(), null, null, null, null, SortOrder.DATE, 4, 4, Clearance.all(), null);
        SearchResult a = index.search(first);
        SearchResult b = index.search(second);
        assertEquals(4, a.hits().size());
        assertEquals(9, b.total());
        assertTrue(java.util.Collections.disjoint(ids(a), ids(b)));
    }

    @Test
    void rebuildRecreatesTheIndexFromRecordsAlone(@TempDir Path other) throws IOException {
        try (DirectiveIndex fresh = new DirectiveIndex(other)) {
            fresh.index(SampleLetters.real());
            fresh.rebuild(SampleLetters.all());
            assertEquals(SampleLetters.all().stream().map(DirectiveRecord::id).sorted().toList(),
                    fresh.ids().stream().sorted().toList());
        }
    }

    @Test
    void anIndexBuiltByAnotherVersionAsksForARebuild(@TempDir Path other) throws IOException {
        try (DirectiveIndex jdk = new DirectiveIndex(other, new ThaiSearchAnalyzer(ThaiSearchAnalyzer.Segmenter.JDK))) {
            jdk.index(SampleLetters.real());
            assertFalse(jdk.isStale());
        }
        try (DirectiveIndex icu = new DirectiveIndex(other)) {
            assertTrue(icu.isStale(), "built with the other segmenter");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> icu.search(words("ข้อมูล")));
            assertTrue(e.getMessage().contains("saraban reindex"), e.getMessage());
            icu.rebuild(SampleLetters.real());
            assertFalse(icu.isStale());
            assertFalse(icu.search(words("ข้อมูล")).hits().isEmpty());
        }
        try (DirectiveIndex again = new DirectiveIndex(other)) {
            assertFalse(again.isStale(), "the rebuilt index is recognised after a restart");
        }
    }

    @Test
    void nearestDeadlineOrderAgreesWithTheScheduleOnAnyDay() throws IOException {
        for (LocalDate today : List.of(LocalDate.of(2022, 11, 1), LocalDate.of(2024, 12, 10), LocalDate.of(2030, 1, 6))) {
            List<LocalDate> next = index.search(words("").withSort(SortOrder.DEADLINE, today)).hits().stream()
                    .map(SearchHit::nextDeadline).toList();
            List<LocalDate> sorted = new java.util.ArrayList<>(next);
            sorted.sort(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
            assertEquals(sorted, next, "on " + today);
        }
        // Monthly deadlines have no end: years later they still come round (5 Feb 2030).
        assertEquals(LocalDate.of(2030, 2, 5),
                index.search(words("").withSort(SortOrder.DEADLINE, LocalDate.of(2030, 1, 6))).hits().get(0).nextDeadline());
    }
}
