package org.saraban.intake.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveJson;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.feed.DeadlineSchedule;

/**
 * How a directive record is laid out in the index: searchable text, the reference keys of the
 * letter and of the letters it cites and encloses, points for date ranges, facet values, and the
 * whole record as JSON so a hit needs no second read. Thread-safe.
 */
final class DirectiveDocument {
    static final String ID = "id";
    static final String REF_KEY = "refKey";
    static final String CITES_KEY = "citesKey";
    static final String REF_NO = "refNo";
    static final String SUBJECT = "subject";
    static final String SALUTATION = "salutation";
    static final String ISSUER = "issuer";
    static final String TEXT = "text";
    /** Subject, salutation, issuer and text again in one unstored field: words are matched once, not once per field. */
    static final String ALL = "all";
    /** {@link #ALL} as pairs of neighbouring words (see {@link WordPairQuery}); no positions needed. */
    static final String ALL_PAIRS = "allPairs";
    static final String DATE = "date";
    static final String DEADLINE = "deadline";
    /** Doc values for "nearest deadline" sorting: the fixed days, and each monthly rule packed in a long. */
    static final String FIXED_DAYS = "deadlineFixed";
    static final String MONTHLY_RULES = "deadlineMonthly";
    static final String SECRECY = "secrecy";
    static final String JSON = "json";
    /** Value of {@link #SECRECY} for letters without a secrecy mark. */
    static final String UNMARKED = "none";
    /**
     * How far a monthly deadline with no end is indexed for deadline ranges: three years of
     * occurrences from the letter's date. The feeds expand it without this limit.
     */
    static final int OPEN_MONTHLY_YEARS = 3;

    private static final FieldType WORD_PAIRS = wordPairs();

    private final FacetsConfig facets = new FacetsConfig();
    private final ObjectWriter json = DirectiveJson.newMapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    DirectiveDocument() {
        facets.setMultiValued(FacetDimension.DOMAIN.key(), true);
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    Document toDocument(DirectiveRecord record) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new StringField(SECRECY, record.secrecy() == null ? UNMARKED : record.secrecy().json(), Field.Store.NO));
        try {
            doc.add(new StoredField(JSON, json.writeValueAsString(record)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (record.refNo() != null && record.refNo().text() != null) {
            doc.add(new StringField(REF_KEY, ReferenceKey.of(record.refNo().text()), Field.Store.NO));
            doc.add(new TextField(REF_NO, record.refNo().text(), Field.Store.NO));
        }
        for (String key : citedKeys(record)) {
            doc.add(new StringField(CITES_KEY, key, Field.Store.NO));
        }
        if (record.date() != null) {
            doc.add(new LongPoint(DATE, record.date().toEpochDay()));
            doc.add(new NumericDocValuesField(DATE, record.date().toEpochDay()));
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.YEAR.key(), Integer.toString(record.date().getYear())));
        }
        for (LocalDate day : deadlineDays(record)) {
            doc.add(new LongPoint(DEADLINE, day.toEpochDay()));
        }
        for (Deadline d : record.deadlines()) {
            if (d.kind() == Deadline.Kind.MONTHLY) {
                if (d.dayOfMonth() != null) {
                    LocalDate until = DeadlineSchedule.until(d).orElse(null);
                    DeadlineSchedule.start(record).filter(start -> MonthlyRule.fits(start, until)).ifPresent(start -> doc.add(
                            new SortedNumericDocValuesField(MONTHLY_RULES, MonthlyRule.pack(start, until, d.dayOfMonth()))));
                }
            } else {
                DeadlineSchedule.fixedDate(record, d).ifPresent(day -> doc.add(new SortedNumericDocValuesField(FIXED_DAYS, day.toEpochDay())));
            }
        }
        addText(doc, SUBJECT, record.subject());
        addText(doc, SALUTATION, record.salutation());
        addText(doc, TEXT, record.text());
        String agency = agency(record);
        for (String value : java.util.Arrays.asList(record.subject(), record.salutation(), agency, record.text())) {
            if (value != null && !value.isBlank()) {
                doc.add(new TextField(ALL, value, Field.Store.NO));
                doc.add(new Field(ALL_PAIRS, value, WORD_PAIRS));
            }
        }
        if (agency != null) {
            addText(doc, ISSUER, agency);
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.AGENCY.key(), agency));
        }
        if (record.letterType() != null) {
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.TYPE.key(), record.letterType().json()));
        }
        doc.add(new SortedSetDocValuesFacetField(FacetDimension.URGENCY.key(),
                record.urgency() == null ? FacetDimension.NORMAL : record.urgency().json()));
        Set<String> domains = new LinkedHashSet<>();
        for (DirectiveRecord.InfoDomain d : record.infoDomains()) {
            domains.add(Integer.toString(d.number()));
        }
        for (String d : domains) {
            doc.add(new SortedSetDocValuesFacetField(FacetDimension.DOMAIN.key(), d));
        }
        return facets.build(doc);
    }

    /** The issuing office as a facet value: its name, else the agency code of its reference number. */
    static String agency(DirectiveRecord record) {
        if (record.issuer() != null && record.issuer().name() != null && !record.issuer().name().isBlank()) {
            return record.issuer().name().strip();
        }
        if (record.refNo() != null && record.refNo().agencyCode() != null && !record.refNo().agencyCode().isBlank()) {
            return record.refNo().agencyCode().strip();
        }
        return null;
    }

    /** Keys of the letters this one cites (อ้างถึง) and encloses (สิ่งที่ส่งมาด้วย). */
    private static Set<String> citedKeys(DirectiveRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        for (DirectiveRecord.LetterReference r : record.references()) {
            if (r.refNo() != null && r.refNo().text() != null) {
                keys.add(ReferenceKey.of(r.refNo().text()));
            }
        }
        for (DirectiveRecord.Enclosure e : record.enclosures()) {
            if (e.refNo() != null && e.refNo().text() != null) {
                keys.add(ReferenceKey.of(e.refNo().text()));
            }
        }
        return keys;
    }

    private static List<LocalDate> deadlineDays(DirectiveRecord record) {
        List<LocalDate> days = new java.util.ArrayList<>();
        for (Deadline d : record.deadlines()) {
            if (d.kind() == Deadline.Kind.MONTHLY) {
                DeadlineSchedule.start(record).ifPresent(start ->
                        days.addAll(DeadlineSchedule.occurrences(record, d, start, start.plusYears(OPEN_MONTHLY_YEARS))));
            } else {
                DeadlineSchedule.fixedDate(record, d).ifPresent(days::add);
            }
        }
        return days;
    }

    private static FieldType wordPairs() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.YES));
        }
    }
}
