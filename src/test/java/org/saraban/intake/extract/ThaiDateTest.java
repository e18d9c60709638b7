package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDateTest {
    @ParameterizedTest
    @CsvSource({
        "๒๖ ตุลาคม ๒๕๖๘, 2025-10-26", // full month, Thai digits
        "๔ ต.ค. ๒๕๖๕, 2022-10-04", // short month
        "๔ ต.ค. ๖๕, 2022-10-04", // short year
        "25 ต.ค. 67, 2024-10-25", // Arabic digits
        "๓๐ ธันวาคม ๒๕๖๗, 2024-12-30",
        "๕ มีนาคม พ.ศ. ๒๕๖๗, 2024-03-05", // พ.ศ. before the year
        "๑ ม.ค. ๖๘, 2025-01-01",
        "๑๕ มี.ค. ๖๘, 2025-03-15",
        "๒๙ ก.พ. ๒๕๖๗, 2024-02-29", // leap day
        "๒๖ ตุ ลาคม ๒๕๖๘, 2025-10-26", // a stray space inside the month
        "๑๐ ก. ย. ๖๗, 2024-09-10", // a stray space inside the short month
        "๓๑ พฤษภาคม ๒๕๖๓, 2020-05-31",
        "๑๐ กุมภาพันธ ๒๕๖๕, 2022-02-10", // ์ dropped by the OCR
    })
    void readsEveryForm(String text, LocalDate expected) {
        assertEquals(expected, ThaiDate.find(text).orElseThrow().date());
    }

    @Test
    void everyMonthNameIsRead() {
        String[] full = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
        String[] abbreviated = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
        for (int i = 0; i < 12; i++) {
            assertEquals(LocalDate.of(2024, i + 1, 1), ThaiDate.find("๑ " + full[i] + " ๒๕๖๗").orElseThrow().date(), full[i]);
            assertEquals(LocalDate.of(2024, i + 1, 1), ThaiDate.find("1 " + abbreviated[i] + " 67").orElseThrow().date(), abbreviated[i]);
        }
    }

    @Test
    void anImpossibleDayIsReportedNotInvented() {
        Matcher m = ThaiDate.PATTERN.matcher("๓๑ กันยายน ๒๕๖๔");
        assertTrue(m.find());
        Found<ThaiDate> read = ThaiDate.read(m);
        assertNull(read.value());
        assertEquals(1, read.review().size());
        assertTrue(read.review().get(0).startsWith("impossible date"));
        assertFalse(ThaiDate.find("๓๑ กันยายน ๒๕๖๔").isPresent());
    }

    @Test
    void rawKeepsTheLettersCharacters() {
        assertEquals("๒๕ ตุลาคม ๒๕๖๗", ThaiDate.find("ลงวันที่ ๒๕ ตุลาคม ๒๕๖๗ จำนวน").orElseThrow().raw());
    }

    @Test
    void numericStampDates() {
        Matcher m = ThaiDate.NUMERIC.matcher("วัน/เดือน/ปี ๐๑.๑๐.๒๕๖๔");
        assertTrue(m.find());
        assertEquals(LocalDate.of(2021, 10, 1), ThaiDate.readNumeric(m).value().date());
    }

    @Test
    void weekdays() {
        assertEquals(DayOfWeek.MONDAY, ThaiDate.weekday("จันทร์").orElseThrow());
        assertEquals(DayOfWeek.THURSDAY, ThaiDate.weekday("พฤหัสบดี").orElseThrow());
        assertEquals(DayOfWeek.SUNDAY, ThaiDate.weekday("อาทิตย์").orElseThrow());
        assertEquals(DayOfWeek.MONDAY, ThaiDate.weekday("จันทร").orElseThrow()); // ์ dropped
        assertEquals("จันทร์", ThaiDate.weekdayName(LocalDate.of(2024, 12, 30).getDayOfWeek()));
    }
}
