package org.saraban.intake.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.index.FacetDimension;
import org.saraban.intake.index.SearchRequest;
import org.saraban.intake.index.SortOrder;

/**
 * Reads a search from URL parameters: {@code q}, a repeatable parameter per facet ({@code agency},
 * {@code type}, {@code urgency}, {@code domain}, {@code year}), {@code dateFrom}, {@code dateTo},
 * {@code deadlineFrom}, {@code deadlineTo} (ISO dates), {@code sort}, {@code offset}, {@code limit}.
 * Anything malformed is an {@link IllegalArgumentException} with a one-line reason.
 */
final class SearchParams {
    static final int DEFAULT_LIMIT = 20;

    private SearchParams() {}

    static SearchRequest read(Map<String, List<String>> params, Clearance clearance, LocalDate today) {
        Map<FacetDimension, List<String>> filters = new EnumMap<>(FacetDimension.class);
        for (FacetDimension d : FacetDimension.values()) {
            List<String> values = params.getOrDefault(d.key(), List.of()).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(d, values);
            }
        }
        return new SearchRequest(first(params, "q"), filters,
                date(params, "dateFrom"), date(params, "dateTo"), date(params, "deadlineFrom"), date(params, "deadlineTo"),
                SortOrder.parse(first(params, "sort")), number(params, "offset", 0), number(params, "limit", DEFAULT_LIMIT),
                clearance, today);
    }

    static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static LocalDate date(Map<String, List<String>> params, String name) {
        String v = first(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2024-12-31, not '" + v + "'");
        }
    }

    static int number(Map<String, List<String>> params, String name, int otherwise) {
        String v = first(params, name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }
}
