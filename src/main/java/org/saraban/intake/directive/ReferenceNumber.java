package org.saraban.intake.directive;

/**
 * The letter's number after ที่, e.g. {@code มท 0810.7/ว 5955}: agency code, unit code, ว for a
 * circular (หนังสือเวียน), serial. {@code text} uses Arabic digits; {@code raw} keeps the letter's own.
 */
public record ReferenceNumber(
        String text, String raw, String agencyCode, String unitCode, Boolean circular, String serial) {}
