package org.saraban.intake.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.index.SampleLetters;

class DeadlineListTest {
    @Test
    void entriesInRangeInDateOrderWithOverdueMarked() {
        List<DeadlineEntry> entries = DeadlineList.between(SampleLetters.all(),
                LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 1));
        List<LocalDate> days = entries.stream().map(DeadlineEntry::date).toList();
        assertEquals(days.stream().sorted().toList(), days);
        DeadlineEntry relative = entries.stream().filter(e -> e.recordId().equals(SampleLetters.RELATIVE_DEADLINE)).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 11, 16), relative.date());
        assertTrue(relative.overdue());
        assertTrue(entries.stream().filter(e -> e.recordId().equals(SampleLetters.KRABI_DEPARTMENT)).allMatch(e -> !e.overdue()));
        // Tak (two letters) and Mae Hong Son: the 5th of November and of December.
        assertEquals(6, entries.stream().filter(DeadlineEntry::recurring).count());
        assertThrows(IllegalArgumentException.class,
                () -> DeadlineList.between(List.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), LocalDate.now()));
    }

    @Test
    void csvQuotesAndDefusesFormulas() throws Exception {
        assertEquals("\"a, b\"", DeadlineList.csvCell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", DeadlineList.csvCell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(1)\"", DeadlineList.csvCell("=HYPERLINK(1)"));
        assertEquals("บันทึก ข้อมูล", DeadlineList.csvCell("บันทึก\nข้อมูล"));
        StringWriter out = new StringWriter();
        DeadlineList.writeCsv(DeadlineList.between(SampleLetters.all(), LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 30),
                LocalDate.of(2024, 12, 1)), "http://x/#/letter/", out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("date,overdue,kind,action,ref_no,subject,issuer,record_id,link", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("2024-12-30,false,absolute,บันทึกข้อมูลภารกิจถ่ายโอนในระบบ INFO ให้แล้วเสร็จ,"), lines.get(1));
    }
}
