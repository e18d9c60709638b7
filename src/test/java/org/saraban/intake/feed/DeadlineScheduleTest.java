package org.saraban.intake.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.SampleLetters;

class DeadlineScheduleTest {
    private static DirectiveRecord letter(String id) {
        return SampleLetters.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Deadline monthly(int day, String rrule) {
        return new Deadline(Deadline.Kind.MONTHLY, null, day, null, null, rrule, "ส่งรายงาน", "ภายในวันที่ " + day + " ของทุกเดือน");
    }

    @Test
    void monthlyDeadlinesFallOnTheirDayOrTheMonthsLastDay() {
        DirectiveRecord r = letter(SampleLetters.TAK_DEPARTMENT); // dated 21 Oct 2022
        assertEquals(List.of(LocalDate.of(2022, 11, 5), LocalDate.of(2022, 12, 5), LocalDate.of(2023, 1, 5)),
                DeadlineSchedule.occurrences(r, monthly(5, null), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 31)));
        assertEquals(List.of(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 31)),
                DeadlineSchedule.occurrences(r, monthly(31, null), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)));
        assertEquals(List.of(LocalDate.of(2022, 11, 5)),
                DeadlineSchedule.occurrences(r, monthly(5, "FREQ=MONTHLY;BYMONTHDAY=5;UNTIL=20221130"),
                        LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)));
    }

    @Test
    void relativeDeadlinesCountFromTheirStart() {
        DirectiveRecord r = letter(SampleLetters.RELATIVE_DEADLINE); // dated 1 Nov 2024, 15 days
        assertEquals(LocalDate.of(2024, 11, 16), DeadlineSchedule.fixedDate(r, r.deadlines().get(0)).orElseThrow());
        Deadline fromReceipt = new Deadline(Deadline.Kind.RELATIVE, null, null, 7, Deadline.From.RECEIPT, null, "ตอบ", "ภายใน ๗ วัน");
        assertTrue(DeadlineSchedule.fixedDate(r, fromReceipt).isEmpty(), "no received stamp: no date is guessed");
    }

    @Test
    void nextIsTheNearestDayOnOrAfterToday() {
        DirectiveRecord mhs = letter(SampleLetters.MAE_HONG_SON_PROVINCE); // 31 Oct 2022 once, then the 5th monthly
        assertEquals(LocalDate.of(2024, 12, 5), DeadlineSchedule.next(mhs, LocalDate.of(2024, 11, 6)).orElseThrow());
        DirectiveRecord krabi = letter(SampleLetters.KRABI_PROVINCE);
        assertEquals(LocalDate.of(2024, 12, 30), DeadlineSchedule.next(krabi, LocalDate.of(2024, 12, 30)).orElseThrow());
        assertTrue(DeadlineSchedule.next(krabi, LocalDate.of(2024, 12, 31)).isEmpty());
    }
}
