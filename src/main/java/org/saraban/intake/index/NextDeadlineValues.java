package org.saraban.intake.index;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;

/**
 * Each letter's nearest deadline on or after a given day, as an epoch day read from doc values
 * ({@link Long#MAX_VALUE} for a letter with none). Used as a sort, it lets Lucene keep only the
 * page of hits asked for, instead of collecting every hit and ordering them afterwards. Immutable.
 */
final class NextDeadlineValues extends LongValuesSource {
    /** Sorts after every real day. */
    static final long NONE = Long.MAX_VALUE;

    private final LocalDate today;

    NextDeadlineValues(LocalDate today) {
        this.today = today;
    }

    private static long read(SortedNumericDocValues fixed, SortedNumericDocValues monthly, int doc, LocalDate today)
            throws IOException {
        long best = NONE;
        long first = today.toEpochDay();
        if (fixed.advanceExact(doc)) {
            for (int i = 0; i < fixed.docValueCount(); i++) {
                long day = fixed.nextValue(); // ascending
                if (day >= first) {
                    best = day;
                    break;
                }
            }
        }
        if (monthly.advanceExact(doc)) {
            for (int i = 0; i < monthly.docValueCount(); i++) {
                LocalDate day = MonthlyRule.next(monthly.nextValue(), today);
                if (day != null) {
                    best = Math.min(best, day.toEpochDay());
                }
            }
        }
        return best;
    }

    @Override
    public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedNumericDocValues fixed = DocValues.getSortedNumeric(ctx.reader(), DirectiveDocument.FIXED_DAYS);
        SortedNumericDocValues monthly = DocValues.getSortedNumeric(ctx.reader(), DirectiveDocument.MONTHLY_RULES);
        return new LongValues() {
            private long value;

            @Override
            public long longValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = read(fixed, monthly, doc, today);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false; // depends on today
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NextDeadlineValues other && other.today.equals(today);
    }

    @Override
    public int hashCode() {
        return today.hashCode();
    }

    @Override
    public String toString() {
        return "next deadline from " + today;
    }
}
