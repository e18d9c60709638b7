package org.saraban.intake.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What to search for. {@code query} may be empty to list by filters alone. {@code filters} keep
 * hits having any of the given values of a dimension, and all of the dimensions; the date ranges
 * are inclusive and open where null. {@code today} is the day "nearest deadline" counts from.
 */
public record SearchRequest(
        String query,
        Map<FacetDimension, List<String>> filters,
        LocalDate dateFrom,
        LocalDate dateTo,
        LocalDate deadlineFrom,
        LocalDate deadlineTo,
        SortOrder sort,
        int offset,
        int limit,
        Clearance clearance,
        LocalDate today) {

    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        if (dateFrom != null && dateTo != null && dateFrom.isAfter(dateTo)) {
            throw new IllegalArgumentException("date range is empty: " + dateFrom + " is after " + dateTo);
        }
        if (deadlineFrom != null && deadlineTo != null && deadlineFrom.isAfter(deadlineTo)) {
            throw new IllegalArgumentException("deadline range is empty: " + deadlineFrom + " is after " + deadlineTo);
        }
        clearance = clearance == null ? Clearance.unmarkedOnly() : clearance;
        today = today == null ? LocalDate.now() : today;
    }

    /** Words only, best first, every letter visible: the command line's search. */
    public static SearchRequest of(String query, int limit, Clearance clearance) {
        return new SearchRequest(query, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 0, limit, clearance, null);
    }

    public SearchRequest withFilter(FacetDimension dimension, String... values) {
        Map<FacetDimension, List<String>> more = new java.util.EnumMap<>(FacetDimension.class);
        more.putAll(filters);
        more.put(dimension, List.of(values));
        return new SearchRequest(query, more, dateFrom, dateTo, deadlineFrom, deadlineTo, sort, offset, limit, clearance, today);
    }

    public SearchRequest withDates(LocalDate from, LocalDate to) {
        return new SearchRequest(query, filters, from, to, deadlineFrom, deadlineTo, sort, offset, limit, clearance, today);
    }

    public SearchRequest withDeadlines(LocalDate from, LocalDate to) {
        return new SearchRequest(query, filters, dateFrom, dateTo, from, to, sort, offset, limit, clearance, today);
    }

    public SearchRequest withSort(SortOrder order, LocalDate day) {
        return new SearchRequest(query, filters, dateFrom, dateTo, deadlineFrom, deadlineTo, order, offset, limit, clearance, day);
    }
}
