package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.Deadline;

class DeadlineFinderTest {
    private final DeadlineFinder finder = new DeadlineFinder();

    private Found<List<Deadline>> find(String text) {
        return finder.find(LetterText.of(text), null, null);
    }

    private Deadline only(String text) {
        Found<List<Deadline>> found = find(text);
        assertEquals(1, found.value().size(), () -> "deadlines in: " + text);
        return found.value().get(0);
    }

    @Test
    void absoluteWithWeekdayThatMatches() {
        Found<List<Deadline>> f = find("ทั้งนี้ ให้ดำเนินการบันทึกข้อมูลให้แล้วเสร็จภายในวันจันทร์ที่ ๓๐ ธันวาคม ๒๕๖๗ โดยสามารถศึกษา");
        Deadline d = f.value().get(0);
        assertEquals(Deadline.Kind.ABSOLUTE, d.kind());
        assertEquals(LocalDate.of(2024, 12, 30), d.date());
        assertEquals("ภายในวันจันทร์ที่ ๓๐ ธันวาคม ๒๕๖๗", d.text());
        assertEquals("ดำเนินการบันทึกข้อมูล", d.action());
        assertTrue(f.review().isEmpty());
    }

    @Test
    void weekdayThatDoesNotMatchIsFlagged() {
        // 31 Oct 2021 (๒๕๖๔) was a Sunday.
        Found<List<Deadline>> f = find("โดยบันทึกข้อมูลครั้งแรกภายในวันจันทร์ที่ ๓๑ ตุลาคม ๒๕๖๔");
        assertEquals(LocalDate.of(2021, 10, 31), f.value().get(0).date());
        assertEquals(1, f.review().size());
        assertTrue(f.review().get(0).contains("weekday does not match"), f.review().get(0));
        assertTrue(f.confidence() <= Found.DOUBTFUL);
    }

    @Test
    void everyAbsolutePhrasing() {
        assertEquals(LocalDate.of(2024, 10, 31), only("ให้รายงานภายในวันที่ ๓๑ ตุลาคม ๒๕๖๗").date());
        assertEquals(LocalDate.of(2024, 10, 31), only("ให้รายงานก่อนวันที่ ๓๑ ต.ค. ๖๗").date());
        assertEquals(LocalDate.of(2024, 10, 31), only("ส่งไม่เกินวันที่ 31 ตุลาคม 2567").date());
        assertEquals("ส่ง", only("ส่งไม่เกินวันที่ 31 ตุลาคม 2567").action());
    }

    @Test
    void straySpacesInTheDeadlineWords() {
        assertEquals(LocalDate.of(2024, 10, 31), only("ให้รายงานภาย ในวันที่ ๓๑ ตุลาคม ๒๕๖๗").date());
        assertEquals(5, only("ให้บันทึก ภาย ใน วันที่ ๕ ของทุกเดือน").dayOfMonth());
    }

    @Test
    void impossibleDeadlineDateIsFlaggedAndNotInvented() {
        Found<List<Deadline>> f = find("ให้รายงานภายในวันที่ ๓๑ กันยายน ๒๕๖๗");
        assertNull(f.value().get(0).date());
        assertTrue(f.review().get(0).startsWith("impossible date"));
    }

    @Test
    void monthlyWithRrule() {
        Deadline d = only("ดำเนินการบันทึกข้อมูลให้ครบถ้วน ถูกต้อง และเป็นปัจจุบัน ภายในวันที่ ๕ ของทุกเดือน ตามคู่มือ");
        assertEquals(Deadline.Kind.MONTHLY, d.kind());
        assertEquals(5, d.dayOfMonth());
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=5", d.rrule());
        assertEquals("ภายในวันที่ ๕ ของทุกเดือน", d.text());
        assertEquals("ดำเนินการบันทึกข้อมูล", d.action());
    }

    @Test
    void firstTimeThenEveryMonthShareTheAction() {
        List<Deadline> ds = find("ให้ครบถ้วน ถูกต้องและเป็นปัจจุบัน โดยบันทึกข้อมูลครั้งแรกภายในวันจันทร์ที่ ๓๑ ตุลาคม ๒๕๖๕ "
                + "และครั้งต่อไปในวันที่ ๕ ของทุกเดือน รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย").value();
        assertEquals(2, ds.size());
        assertEquals(LocalDate.of(2022, 10, 31), ds.get(0).date());
        assertEquals("บันทึกข้อมูล", ds.get(0).action());
        assertEquals(Deadline.Kind.MONTHLY, ds.get(1).kind());
        assertEquals("ในวันที่ ๕ ของทุกเดือน", ds.get(1).text());
        assertEquals("บันทึกข้อมูล", ds.get(1).action());
    }

    @Test
    void relativeToReceiptIsDatedFromTheStamp() {
        Found<List<Deadline>> f = finder.find(LetterText.of("ขอให้รายงานผลภายใน ๑๕ วัน นับแต่ได้รับหนังสือนี้"),
                LocalDate.of(2024, 10, 20), LocalDate.of(2024, 10, 25));
        Deadline d = f.value().get(0);
        assertEquals(Deadline.Kind.RELATIVE, d.kind());
        assertEquals(15, d.days());
        assertEquals(Deadline.From.RECEIPT, d.from());
        assertEquals(LocalDate.of(2024, 11, 9), d.date());
        assertEquals("รายงานผล", d.action());
    }

    @Test
    void relativeWithoutStampHasNoDate() {
        Deadline d = only("ให้รายงานผลภายใน ๑๕ วัน นับแต่ได้รับหนังสือ");
        assertEquals(15, d.days());
        assertNull(d.date());
    }

    @Test
    void relativeToTheLettersDate() {
        Deadline d = finder.find(LetterText.of("ให้ส่งภายใน 7 วัน นับจากวันที่ลงในหนังสือ"), LocalDate.of(2024, 10, 20), null).value().get(0);
        assertEquals(Deadline.From.LETTER_DATE, d.from());
        assertEquals(LocalDate.of(2024, 10, 27), d.date());
    }

    @Test
    void fiscalYear() {
        // fiscal year ๒๕๖๘ runs 1 Oct 2024 – 30 Sep 2025
        Deadline d = only("ให้เบิกจ่ายงบประมาณให้แล้วเสร็จภายในปีงบประมาณ พ.ศ. ๒๕๖๘");
        assertEquals(LocalDate.of(2025, 9, 30), d.date());
        assertEquals("เบิกจ่ายงบประมาณ", d.action());
    }

    @Test
    void aDayWordOrWeekdayMisreadIsTakenWhenTheDateTellsWhatItWas() {
        // 18 June 2025 is a Wednesday (พุธ): วันพร is วันพุธ a letter off; OCR set a comma after ที่
        Found<List<Deadline>> weekday = find("ขอให้รายงานผลให้แล้วเสร็จ ภายในวันพรที่, ๑๘ มิถุนายน ๒๕๖๘");
        assertEquals(LocalDate.of(2025, 6, 18), weekday.value().get(0).date());
        assertTrue(weekday.review().stream().anyMatch(r -> r.contains("พร taken as วันพุธ")), weekday.review().toString());
        // วัน read จัน after ก่อน
        assertEquals(LocalDate.of(2025, 10, 2), only("ขอให้รายงานผลให้แล้วเสร็จก่อน\nจันที่ ๒ ตุลาคม ๒๕๖๘").date());
        // a word that is neither (กำหนด, "the set [date]"), or a weekday the date does not have, is not taken
        assertTrue(find("ขอให้รายงานภายในกำหนดที่ ๑๘ มิถุนายน ๒๕๖๘").value().isEmpty());
        assertTrue(find("ขอให้รายงานภายในวันศุกร์ที่, ๑๘ มิถุนายน ๒๕๖๘").value().isEmpty());
    }

    @Test
    void aDeadlineBrokenByBlankLines() {
        assertEquals(LocalDate.of(2024, 12, 30), only("ให้รายงานผลภายในวันจันทร์ที่\n\n๓๐ ธันวาคม ๒๕๖๗").date());
        assertEquals(5, only("ให้บันทึกข้อมูลภายในวันที่ ๕\n\nของทุกเดือน").dayOfMonth());
        assertEquals(9, only("ขอให้บันทึกข้อมูลชุมชนเป็นประจำ ภายในวันที่ 9 ของ\n\nทุกเดือน").dayOfMonth());
        // an item number after a blank line is a new paragraph
        assertTrue(find("ให้รายงานภายในวันที่\n\n๒. ตรวจสอบข้อมูล").value().isEmpty());
    }

    @Test
    void anAbsoluteDeadlineWhoseMonthOrParagraphTheOcrBroke() {
        Deadline month = only("ขอให้รายงานผลให้จังหวัดทราบ ไม่เกินวันที่ ๑๙\nกมภาพันธ์ ๒๕๖๗\n\nจึงเรียนมาเพื่อทราบ");
        assertEquals(LocalDate.of(2024, 2, 19), month.date());
        Found<List<Deadline>> flagged = find("ขอให้รายงานผลให้จังหวัดทราบ ไม่เกินวันที่ ๑๙\nกมภาพันธ์ ๒๕๖๗");
        assertTrue(flagged.review().stream().anyMatch(r -> r.contains("month read as กมภาพันธ์")), flagged.review().toString());
        // a month two letters off is not taken
        assertTrue(find("ไม่เกินวันที่ ๑๙ กมถาพคธ์ ๒๕๖๗").value().isEmpty());
        Deadline broken = only("ขอให้บันทึกข้อมูลให้แล้วเสร็จภายในวัน\n\nที่ ๒๕ พฤศจิกายน ๒๕๖๗\nจึงเรียนมาเพื่อทราบ");
        assertEquals(LocalDate.of(2024, 11, 25), broken.date());
    }

    @Test
    void aRelativeDeadlineWhoseWordsTheOcrDamaged() {
        Deadline d = only("จังหวัดชลบุรีทราบ ภายใน ๗ วน นับไเต่ได้รับหนังสือฉบับนี้");
        assertEquals(7, d.days());
        assertEquals(Deadline.From.RECEIPT, d.from());
        Deadline misread = only("ปกครองท้องถิ่นทราบ ภายใน ๗ วัน จรับแต่ได้รับหนังสือฉบับนี้");
        assertEquals(7, misread.days());
        assertEquals(Deadline.From.RECEIPT, misread.from());
    }

    @Test
    void aMonthlyDeadlineReadAcrossAScribble() {
        // a handwritten note crossing the line is read as a short token of noise before the day
        Found<List<Deadline>> found = find("ขอให้รายงานผลให้จังหวัดทราบเป็นประจำ ภายในวันที่\n๔๘งN\n๔ ของทุกเดือน");
        assertEquals(1, found.value().size());
        assertEquals(4, found.value().get(0).dayOfMonth());
        assertTrue(found.review().stream().anyMatch(r -> r.startsWith("deadline read across OCR noise")), found.review().toString());
        assertEquals(9, only("บันทึกข้อมูลเป็นประจำ ภายในวันที่\n๘๗ -\n๙ ของทุกเดือน").dayOfMonth());
        // a Thai word between is not noise
        assertTrue(find("ภายในวันที่ กำหนด ๕ ของทุกเดือน").value().isEmpty());
    }

    @Test
    void quarterly() {
        Found<List<Deadline>> f = find("ให้รายงานผลการดำเนินงานรายไตรมาส");
        assertEquals("FREQ=MONTHLY;INTERVAL=3", f.value().get(0).rrule());
        assertTrue(f.review().get(0).startsWith("quarterly deadline"));
    }

    @Test
    void recalledDeadlinesAreLeftOut() {
        assertTrue(find("ตามที่ จังหวัดได้แจ้งให้อำเภอดำเนินการให้แล้วเสร็จภายในวันที่ ๓๑ พฤษภาคม ๒๕๖๓ นั้น").value().isEmpty());
        assertTrue(find("ให้ดำเนินการให้แล้วเสร็จภายในวันที่ ๓๑ พฤษภาคม ๒๕๖๓ ซึ่งทุกอำเภอได้ดำเนินการเสร็จเรียบร้อยแล้ว").value().isEmpty());
        assertTrue(find("จังหวัดได้แจ้งให้รายงานภายในวันที่ ๓๑ พฤษภาคม ๒๕๖๓ แต่ยังมีบางแห่งที่ยังไม่รายงาน").value().isEmpty());
        // ซึ่งได้ดำเนินการเรียบร้อยแล้ว: "which has been done", without เสร็จ, over a wrapped line
        assertTrue(find("และได้ติดตามผลการดำเนินงานอย่างต่อเนื่อง โดยให้ดำเนินการให้แล้วเสร็จภายในวันที่\n"
                + "๑๕ มีนาคม ๒๕๖๖ ซึ่งได้ดำเนินการเรียบร้อยแล้ว").value().isEmpty());
        // its tone mark lost (เรียบรอยแล้ว), ซึ่ง and ดำเนิน misread
        assertTrue(find("โดยให้ดำเนินการให้แล้วเสร็จภายในวันที่ ๓ กันยายน ๒๕๖๗ ตได้ดำนินการเรียบรอยแล้ว").value().isEmpty());
        // the recall is cut off at นั้น: the letter's own deadline after it stays.
        List<Deadline> ds = find("ตามที่ ได้แจ้งให้ดำเนินการภายในวันที่ ๓๑ พฤษภาคม ๒๕๖๓ นั้น ในการนี้ ขอให้รายงานภายในวันที่ ๑๕ มิถุนายน ๒๕๖๓").value();
        assertEquals(1, ds.size());
        assertEquals(LocalDate.of(2020, 6, 15), ds.get(0).date());
    }

    @Test
    void deadlineBeforeTheLettersDateIsFlagged() {
        Found<List<Deadline>> f = finder.find(LetterText.of("ให้รายงานภายในวันที่ ๓๑ ตุลาคม ๒๕๖๕"), LocalDate.of(2024, 10, 25), null);
        assertEquals(1, f.value().size());
        assertTrue(f.review().get(0).contains("before the letter's date"));
    }

    @Test
    void aDateWithoutADeadlineWordIsNotADeadline() {
        assertTrue(find("อ้างถึง หนังสือกรม ที่ มท ๐๘๑๐.๘/ว ๓๔๑๘ ลงวันที่ ๒๖ ตุลาคม ๒๕๖๕").value().isEmpty());
    }

    @Test
    void aDeadlineWithWhatToDoOnceDoneStays() {
        // "…เมื่อดำเนินการเรียบร้อยแล้ว ให้รายงาน…": "once done, report": looks ahead, not back
        List<Deadline> ds = find("ขอให้บันทึกข้อมูลภายในวันที่ ๓๑ มีนาคม ๒๕๖๗ เมื่อดำเนินการเรียบร้อยแล้วให้รายงานจังหวัดทราบ").value();
        assertEquals(1, ds.size());
        assertEquals(LocalDate.of(2024, 3, 31), ds.get(0).date());
    }

    @Test
    void actionAfterTheRequestThatFollowsTheConnective() {
        // ทั้งนี้ ขอให้ …: "in this regard, please …": the action starts after both words
        assertEquals("บันทึกข้อมูลชุมชน", only("ทั้งนี้ ขอให้บันทึกข้อมูลชุมชน ไม่เกินวันที่ ๓๑ มีนาคม ๒๕๖๗").action());
        assertEquals("รายงานผลให้จังหวัดทราบ", only("ทั้งนี้ ขอให้รายงานผลให้จังหวัดทราบ ภายใน ๑๕ วัน นับแต่ได้รับหนังสือฉบับนี้").action());
    }

    @Test
    void monthlyDeadlineWrappedAfterTheDateWordWithoutItsToneMark() {
        Deadline d = only("ทั้งนี้ ขอให้บันทึกข้อมูลภารกิจถ่ายโอนเป็นประจำ ภายในวันที\n๕ ของทุกเดือน");
        assertEquals(Deadline.Kind.MONTHLY, d.kind());
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=5", d.rrule());
    }

    @Test
    void monthlyWithAToneMarkReadOverเดือน() {
        // เดือน ("month") read as เดื่อน, on the same line and wrapped to the next paragraph
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=3",
                only("ทั้งนี้ ขอให้บันทึกข้อมูลการช่วยเหลือประชาชน ภายในวันที่ ๓ ของทุกเดื่อน").rrule());
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=3",
                only("ทั้งนี้ ขอให้บันทึกข้อมูลชุมชนเป็นประจำ ภายในวันที่ ๓ ของ\n\nทุกเดื่อน").rrule());
        // its vowel lost (เดอน), ทุก read as พุก
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=8", only("ทั้งนี้ ขอให้รายงานผล ภายในวันที่ ๘ ของพุกเดอน").rrule());
    }

    @Test
    void withinDaysOfReceiptWhenOcrGarbledOrLostหนังสือ() {
        for (String read : List.of("ทราบ ภายใน ๑๕ วัน นับแต่ได้รับท่นังสือฉบับนี่", "ภายใน ๗ วน นับแต่ได้รับ\nนี่*",
                "ปรหครองต้องสิงสจรสอหาายใน ๗ วัน นับแต่ได้รับหนังสือฉบับนี้")) {
            Deadline d = only(read);
            assertEquals(Deadline.Kind.RELATIVE, d.kind(), read);
            assertEquals(Deadline.From.RECEIPT, d.from(), read);
        }
    }

    @Test
    void aMonthWithAToneMarkOcrAdded() {
        assertEquals(LocalDate.of(2025, 7, 10), only("ภายในวันพฤหัสบดีที่ ๑๐ กรกฎาค้ม ๒๕๖๘").date());
    }

    @Test
    void theDayWordWithItsLastLetterMisread() {
        // วัน ("day") read as วับ before a weekday, the line wrapped there
        Deadline d = only("ทั้งนี้ ขอให้รายงานผลให้จังหวัดทราบให้แล้วเสร็จภายในวับ\nจันทร์ที่ ๒๘ กรกฎาคม ๒๕๖๘");
        assertEquals(LocalDate.of(2025, 7, 28), d.date());
        assertTrue(find("ทั้งนี้ ขอให้ส่งภายในวับที่ยังไม่ได้กำหนด").value().isEmpty());
    }

    @Test
    void monthlyWithTheDayWordWrappedBeforeItsที่OrLost() {
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=10",
                only("ทั้งนี้ ขอให้บันทึกข้อมูลภารกิจถ่ายโอนเป็นประจำ ภายในวัน\nที่ ๑๐ ของทุกเดือน").rrule());
        // วัน lost to a scribble's line put between (ภายใน / noise / นที่ 9 ของทุกเดือน)
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=9",
                only("ทั้งนี้ ขอให้รายงานผลการเตรียมความพร้อมเป็นประจำ ภายใน\n/  ๘๗         ๘ง\nนที่ 9 ของทุกเดือน").rrule());
        // the day's digits spaced apart, ของ read ชอง
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=10",
                only("ทั้งนี ขอให้รายงานผลให้จังหวัดทราบเป็นประจำ ภายในวันที่\n๑ ๐ ชองทุกเดือน").rrule());
        // a scribble's token after the day, flagged
        Found<List<Deadline>> scribbled = find("ทั้งนี้ ขอให้ส่งผลการสำรวจแหล่งน้ำเป็นประจำ ภายในวันที่ ๒\n๔๘ง\nของทุกเดือน");
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=2", scribbled.value().get(0).rrule());
        assertEquals(1, scribbled.review().size());
    }

    @Test
    void aRecalledDeadlineWhoseDoneClauseOcrSetInTheNextParagraph() {
        String text = "ตามที่ กรมส่งเสริมการปกครองท้องถิ่นได้รับแจ้งจากกรม\n\nอุตุนิยมวิทยาว่าจะมีฝนตกหนัก\n"
                + "โดยให้ดำเนินการให้แล้วเสร็จภายในวันที่ ๓๐ พฤศจิกายน ๒๕๖๖ ซึงได้\n\nดำเนินการเรียบร้อยแล้ว นัน\n"
                + "กรมส่งเสริมการปกครองท้องถิ่นพิจารณาแล้ว\n\nทั้งนี้ ขอให้รายงานผลก่อนวันที่ ๑๗ มีนาคม ๒๕๖๘";
        assertEquals(LocalDate.of(2025, 3, 17), only(text).date());
    }

    @Test
    void aDateWhoseYearOcrSetApartPastASpeck() {
        assertEquals(LocalDate.of(2024, 6, 24), only("ทั้งนี้ ขอให้บันทึกข้อมูลชุมชน ไม่เกินวันที่ ๒๔ มิถุนายน\n\nะ\n\n๒๕๖๗\nจึงเรียนมาเพื่อโปรดพิจารณา").date());
        assertEquals(LocalDate.of(2025, 3, 15), only("ทั้งนี้ ขอให้รายงานผลให้จังหวัดทราบ ไม่เกินวันที่ ๑๕ มีนาคม\n\nน\nบี\n\n๒๕๖๘\nจึงเรียนมา").date());
    }

    @Test
    void aRecalledPassageWhoseClosingนั้นOcrMisread() {
        String text = "ตามที่ จังหวัดได้ขอความร่วมมือบันทึกข้อมูลในระบบ\nองค์กรปกครองส่วนท้องถิ่น (INFO) โดยให้ดำเนินการให้แล้วเสร็จภายใน\n"
                + "วันที่ ๒๐ กันยายน ๒๕๖๖ ซึงได้ค้ำเป็นการเรยบรออแล้ว นัน\n\nทั้งนี้ ขอให้บันทึกข้อมูลให้แล้วเสร็จภายในวันที่ ๑๐ กรกฎาคม ๒๕๖๗";
        assertEquals(LocalDate.of(2024, 7, 10), only(text).date());
    }

    @Test
    void aWeekdayWhoseVowelsOcrLost() {
        // พุธ read พธ (4 Sep 2024 was a Wednesday), จันทร์ที่ read จนทรท (10 Mar 2025 was a Monday)
        Found<List<Deadline>> wednesday = find("ทั้งนี้ ขอให้รายงานผลให้จังหวัดทราบให้แล้วเสร็จภายในวัน\nพธที่ ๔ กันยายน ๒๕๖๗");
        assertEquals(LocalDate.of(2024, 9, 4), wednesday.value().get(0).date());
        assertTrue(wednesday.review().isEmpty());
        assertEquals(LocalDate.of(2025, 3, 10),
                only("ทั้งนี้ ขอให้รายงานผลให้จังหวัดทราบให้แล้วเสร็จภายในวัน\nจนทรท 10 มีนาคม 2568").date());
    }
}
