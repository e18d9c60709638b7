package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadingFinderTest {
    @Test
    void subjectOnOneLineWithSpacesCollapsed() {
        assertEquals("การบันทึกข้อมูล (INFO)", HeadingFinder.subject().find("ที่ มท ๑\nเรื่อง   การบันทึกข้อมูล  (INFO)\n\nเรียน ท่าน").orElseThrow());
    }

    @Test
    void aSubjectsLastWordWrappedAloneOntoTheNextLine() {
        String first = "การเตรียมความพร้อมป้องกันและบรรเทาสาธารณภัยในช่วงฤดู";
        assertEquals(first + " ฝน", HeadingFinder.subject().find("เรื่อง " + first + "\nฝน\n\nเรียน ผู้ว่าราชการจังหวัดสงขลา").orElseThrow());
        assertEquals(first + " ฝน", HeadingFinder.subject().find("เรื่อง " + first + "\nฝน\nเรียน ผู้ว่าราชการจังหวัดสงขลา").orElseThrow());
        // a stamp's letter alone, or a scrap with a sign in it, is still debris; so is a short word past a gap
        assertEquals(first, HeadingFinder.subject().find("เรื่อง " + first + "\nง\n\nเรียน ท่าน").orElseThrow());
        assertEquals(first, HeadingFinder.subject().find("เรื่อง " + first + "\nน/\n\nเรียน ท่าน").orElseThrow());
        assertEquals(first, HeadingFinder.subject().find("เรื่อง " + first + "\n\nฝน\n\nเรียน ท่าน").orElseThrow());
    }

    @Test
    void wrappedSalutationContinues() {
        assertEquals("อำเภอทุกอำเภอ สำนักงานเทศบาลนครแม่สอด และสำนักงานเทศบาลเมืองตาก",
                HeadingFinder.salutation().find("ถึง อำเภอทุกอำเภอ สำนักงานเทศบาลนครแม่สอด\nและสำนักงานเทศบาลเมืองตาก\n\nตามที่").orElseThrow());
    }

    @Test
    void aSalutationLeftUnfinishedGoesOnPastABlankLineOrDebris() {
        HeadingFinder salutation = HeadingFinder.salutation();
        assertEquals("นายอำเภอ ทุกอำเภอ และนายกองค์การบริหารส่วนจังหวัดอุดรธานี", salutation.find(
                "เรียน นายอำเภอ ทุกอำเภอ และนายกองค์การบริหารส่วนจังหวัด\n๘\nอุดรธานี\n\nสิ่งที่ส่งมาด้วย ก").orElseThrow());
        assertEquals("นายอำเภอ ทุกอำเภอ และ นายกองค์การบริหารส่วนจังหวัดเชียงใหม่", salutation.find(
                "เรียน นายอำเภอ ทุกอำเภอ และ\n\nนายกองค์การบริหารส่วนจังหวัด\nเชียงใหม่\n\nสิ่งที่ส").orElseThrow());
        // a finished one does not take the next paragraph
        assertEquals("ผู้ว่าราชการจังหวัด ทุกจังหวัด", salutation.find(
                "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n\nกรมส่งเสริมการปกครองท้องถิ่นพิจารณาแล้ว").orElseThrow());
    }

    @Test
    void theFirstParagraphEndsASalutationWhenOcrLostTheBlankLineBeforeIt() {
        // ด้วย ("whereas") opens the body; the subject may go on with such a word, the recipients not.
        assertEquals("ผู้ว่าราชการจังหวัดนครราชสีมา", HeadingFinder.salutation()
                .find("เรียน ผู้ว่าราชการจังหวัดนครราชสีมา\nด้วยสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด").orElseThrow());
        assertEquals("อำเภอทุกอำเภอ", HeadingFinder.salutation().find("ถึง อำเภอทุกอำเภอ\nตามที่ จังหวัดได้แจ้ง").orElseThrow());
        assertEquals("การจัดเก็บข้อมูล ด้วยระบบสารสนเทศ", HeadingFinder.subject()
                .find("เรื่อง การจัดเก็บข้อมูล\nด้วยระบบสารสนเทศ\n\nเรียน ท่าน").orElseThrow());
    }

    @Test
    void aLineWrappedBeforeAProvincesNameJoinsWithoutASpace() {
        assertEquals("นายอำเภอ ทุกอำเภอ และนายกองค์การบริหารส่วนจังหวัดศรีสะเกษ", HeadingFinder.salutation()
                .find("เรียน นายอำเภอ ทุกอำเภอ และนายกองค์การบริหารส่วนจังหวัด\nศรีสะเกษ\n\nด้วย").orElseThrow());
    }

    @Test
    void everySalutationWord() {
        assertEquals("ผู้ว่าราชการจังหวัด ทุกจังหวัด", HeadingFinder.salutation().find("เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด").orElseThrow());
        assertEquals("อธิบดี", HeadingFinder.salutation().find("เสนอ อธิบดี").orElseThrow());
        assertEquals("อำเภอทุกอำเภอ", HeadingFinder.salutation().find("ถึง อำเภอทุกอำเภอ").orElseThrow());
    }

    @Test
    void theNextHeadingEndsIt() {
        assertEquals("ทดสอบ", HeadingFinder.subject().find("เรื่อง ทดสอบ\nเรียน ท่าน").orElseThrow());
        assertTrue(HeadingFinder.subject().find("จึงเรียนมาเพื่อโปรดพิจารณา").isEmpty());
    }

    @Test
    void headingWordsThatLostTheirToneMarksStillEndASalutation() {
        // สิ่งที่ส่งมาด้วย read as สิงที่ส่งมาด้วย; ตามที่ as ตามที
        assertEquals("ผู้ว่าราชการจังหวัดทุกจังหวัด", HeadingFinder.salutation()
                .find("เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด\nสิงที่ส่งมาด้วย คู่มือการบันทึกข้อมูล").orElseThrow());
        assertEquals("นายอำเภอทุกอำเภอ", HeadingFinder.salutation()
                .find("เรียน นายอำเภอทุกอำเภอ\nตามที จังหวัดชลบุรีได้แจ้ง").orElseThrow());
    }

    @Test
    void aLongSubjectGoesOnPastABlankLineOrDebrisOcrPutInIt() {
        String full = "การบันทึกข้อมูลการช่วยเหลือประชาชนของศูนย์ช่วยเหลือ";
        // (the line joins without a space where it wrapped inside the name ศูนย์ช่วยเหลือประชาชน)
        assertEquals(full + "ประชาชนขององค์กรปกครองส่วนท้องถิ่น", HeadingFinder.subject()
                .find("เรื่อง " + full + "\n\nขบ  E   น   sy  a\nประชาชนขององค์กรปกครองส่วนท้องถิ่น\n\nเรียน ผู้ว่าราชการจังหวัด")
                .orElseThrow());
        // a short subject ends at the blank line; so does any subject before the salutation
        assertEquals("การรายงานผล", HeadingFinder.subject().find("เรื่อง การรายงานผล\n\nประชาชนขององค์กร").orElseThrow());
        assertEquals(full, HeadingFinder.subject().find("เรื่อง " + full + "\n\nเรียน ผู้ว่าราชการจังหวัด").orElseThrow());
        // and a salutation never crosses one
        assertEquals("ผู้ว่าราชการจังหวัดเชียงใหม่ทุกอำเภอทุกตำบลทุกหมู่บ้านทุกชุมชนทุกแห่งทั่วไป", HeadingFinder.salutation()
                .find("เรียน ผู้ว่าราชการจังหวัดเชียงใหม่ทุกอำเภอทุกตำบลทุกหมู่บ้านทุกชุมชนทุกแห่งทั่วไป\n\nสำนักงานจังหวัด").orElseThrow());
    }

    @Test
    void aLineOfStampDigitsAndSlashesIsDebrisNotTheSubjectsEnd() {
        String subject = "การเตรียมความพร้อมป้องกันและบรรเทาสาธารณภัยในช่วงฤดูฝน";
        assertEquals(subject, HeadingFinder.subject()
                .find("เรื่อง " + subject + "\n๘ง           ๑/ พ1        ๑./      ๑/       ฉณ/      ฉ./\nเรียน ผู้ว่าราชการจังหวัด")
                .orElseThrow());
        // a wrapped subject's numbers and Latin words are not debris
        assertEquals("การปรับปรุงข้อมูลภารกิจถ่ายโอน ในระบบข้อมูลกลาง ระยะที่ ๒ (INFO)", HeadingFinder.subject()
                .find("เรื่อง การปรับปรุงข้อมูลภารกิจถ่ายโอน\nในระบบข้อมูลกลาง ระยะที่ ๒ (INFO)\n\nเรียน ท่าน").orElseThrow());
    }

    @Test
    void aParagraphPastTheGapIsNotTheSubjectsEndEvenWithItsOpeningWordMisread() {
        // no salutation line read; ตามที่ ("as") read ทามที่, and the paragraph goes on below it
        String subject = "การเตรียมความพร้อมป้องกันและบรรเทาสาธารณภัยในช่วงฤดูฝน";
        assertEquals(subject, HeadingFinder.subject().find("เรื่อง " + subject
                + "\n\nทามที่ กรมส่งเสริมการปกครองท้องถิ่นได้รับแจ้งจากกรม\nอุตุนิยมวิทยาว่าจะมีฝนตกหนักถึงหนักมาก\n")
                .orElseThrow());
    }
}
