package org.saraban.intake.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.index.FacetDimension;
import org.saraban.intake.index.SearchRequest;
import org.saraban.intake.index.SortOrder;
import org.saraban.intake.samples.SyntheticRecords;

/**
 * The typical searches of a registry clerk, drawn at random over an index of
 * {@link SyntheticRecords}: query {@code i} of a kind is always the same. Thread-safe.
 */
final class QueryMix {
    /** The kinds of query measured. */
    enum Kind {
        /** Words of a topic, as typed: many hits, ranked, with snippets and facet counts. */
        THAI_PHRASE,
        /** A letter's reference number as printed (Thai digits mostly): one or a few hits. */
        REFERENCE_NUMBER,
        /** One issuing office (facet) and one month of letter dates, newest first. */
        FACET_AND_DATES,
        /** Deadlines in the next 30 days, nearest first (the clerk's to-do list). */
        NEAREST_DEADLINE
    }

    /** Phrases from the sample letters' topics (subjects and requests). */
    private static final List<String> PHRASES = List.of(
            "ศูนย์ช่วยเหลือประชาชน", // citizen assistance centre
            "ภารกิจถ่ายโอน", // transferred missions
            "คณะกรรมการชุมชน", // community committee
            "ฤดูฝน", // rainy season
            "แหล่งน้ำ", // water sources
            "ศูนย์พัฒนาเด็กเล็ก", // child development centre
            "ไข้เลือดออก", // dengue fever
            "การท่องเที่ยวชุมชน"); // community tourism

    /** Offices that issue letters in the samples: city halls (ศาลากลางจังหวัด) and a department. */
    private static final List<String> OFFICES = List.of("ศาลากลางจังหวัดกระบี่", "ศาลากลางจังหวัดเชียงใหม่",
            "ศาลากลางจังหวัดขอนแก่น", "ศาลากลางจังหวัดสงขลา", "กรมส่งเสริมการปกครองท้องถิ่น");

    /** The letter dates the generator uses: 8 January 2024 and the 640 days after. */
    private static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 8);
    private static final int DATE_SPAN_DAYS = 640;
    static final int PAGE_SIZE = 20;

    private final SyntheticRecords records;
    private final long recordCount;

    QueryMix(SyntheticRecords records, long recordCount) {
        this.records = records;
        this.recordCount = recordCount;
    }

    SearchRequest request(Kind kind, int i) {
        SplittableRandom random = new SplittableRandom(kind.ordinal() * 1_000_003L + i);
        LocalDate day = FIRST_DATE.plusDays(random.nextInt(DATE_SPAN_DAYS));
        return switch (kind) {
            case THAI_PHRASE -> SearchRequest.of(PHRASES.get(random.nextInt(PHRASES.size())), PAGE_SIZE, Clearance.all());
            case REFERENCE_NUMBER -> {
                DirectiveRecord r = records.record(random.nextLong(recordCount));
                yield SearchRequest.of(random.nextInt(4) == 0 ? r.refNo().text() : r.refNo().raw(), PAGE_SIZE, Clearance.all());
            }
            case FACET_AND_DATES -> SearchRequest.of("", PAGE_SIZE, Clearance.all())
                    .withFilter(FacetDimension.AGENCY, OFFICES.get(random.nextInt(OFFICES.size())))
                    .withDates(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
            case NEAREST_DEADLINE -> SearchRequest.of("", PAGE_SIZE, Clearance.all())
                    .withDeadlines(day, day.plusDays(30))
                    .withSort(SortOrder.DEADLINE, day);
        };
    }
}
