package org.saraban.intake.directive;

import java.time.LocalDate;

/** What the letter asks to be done by when. */
public record Deadline(
        Kind kind,
        LocalDate date,
        Integer dayOfMonth,
        Integer days,
        From from,
        String rrule,
        String action,
        String text) {

    public enum Kind implements JsonEnum {
        ABSOLUTE, MONTHLY, RELATIVE
    }

    /** What a relative deadline counts from. */
    public enum From implements JsonEnum {
        RECEIPT, LETTER_DATE
    }
}
