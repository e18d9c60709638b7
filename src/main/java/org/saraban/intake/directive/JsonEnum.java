package org.saraban.intake.directive;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Enums written in JSON as their lower-case names ({@code VERY_URGENT} as {@code very_urgent}). */
public interface JsonEnum {
    String name();

    @JsonValue
    default String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
