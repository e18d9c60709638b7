package org.saraban.intake.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * How a letter writes numbers and dates: in Thai digits ๐–๙ (U+0E50–U+0E59), as most official
 * letters do, or in Arabic digits. Years are Buddhist era (CE + 543). Immutable.
 */
public record Numerals(boolean thaiDigits) {
    static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    static final List<String> SHORT_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.",
            "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    /** Monday first, as {@link DayOfWeek} counts: จันทร์ (Monday) … อาทิตย์ (Sunday). */
    static final List<String> WEEKDAYS = List.of("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์");

    public static final Numerals THAI = new Numerals(true);
    public static final Numerals ARABIC = new Numerals(false);

    /** {@code text} with its Arabic digits written in this letter's digits. */
    public String digits(String text) {
        if (!thaiDigits) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u0E50' + (c - '0')) : c);
        }
        return out.toString();
    }

    public String number(long n) {
        return digits(Long.toString(n));
    }

    /** {@code ๒๖ ตุลาคม ๒๕๖๘}. */
    public String date(LocalDate date) {
        return digits(date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + (date.getYear() + 543));
    }

    /** {@code ๔ ต.ค. ๖๕}: short month and two-digit year, as stamps and notes write it. */
    public String shortDate(LocalDate date) {
        return digits(date.getDayOfMonth() + " " + SHORT_MONTHS.get(date.getMonthValue() - 1) + " "
                + String.format("%02d", (date.getYear() + 543) % 100));
    }

    /** The Thai name of the day of the week, e.g. จันทร์ (Monday). */
    public static String weekday(LocalDate date) {
        return WEEKDAYS.get(date.getDayOfWeek().getValue() - 1);
    }
}
