package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SalutationFinderTest {
    private final SalutationFinder finder = new SalutationFinder();

    @Test
    void aSalutationReadRightIsTakenAsItIs() {
        Found<String> found = finder.find("เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด\n\nด้วยกรม");
        assertEquals("ผู้ว่าราชการจังหวัดทุกจังหวัด", found.value());
        assertTrue(found.review().isEmpty());
    }

    @Test
    void aCommaOrParenthesisBetweenThaiLettersGoes() {
        Found<String> found = finder.find("ถึง อำเภอทุกอำเภอ)และองค์การบริหารส่วนจังหวัดเชียงใหม่");
        assertEquals("อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดเชียงใหม่", found.value());
        assertEquals("salutation as read: อำเภอทุกอำเภอ)และองค์การบริหารส่วนจังหวัดเชียงใหม่", found.review().get(0));
        assertEquals("นายอำเภอทุกอำเภอ", finder.find("เรียน นายอำเภอ,ทุกอำเภอ").value());
        assertEquals("อำเภอทุกอำเภอ และองค์การบริหารส่วนจังหวัดเชียงใหม่",
                finder.find("ถึง อำเภอทุกอำเภอ) และองค์การบริหารส่วนจังหวัดเชียงใหม่").value());
        // a parenthesis that opens something is the letter's own
        assertEquals("นายกองค์กรปกครองส่วนท้องถิ่น(อปท)ทุกแห่ง",
                finder.find("เรียน นายกองค์กรปกครองส่วนท้องถิ่น(อปท)ทุกแห่ง").value());
    }

    @Test
    void aScrapAfterTheProvinceThatEndsItGoes() {
        assertEquals("นายอำเภอทุกอำเภอและนายกองค์การบริหารส่วนจังหวัดน่าน",
                finder.find("เรียน นายอำเภอทุกอำเภอและนายกองค์การบริหารส่วนจังหวัดน่านม").value());
        assertEquals("อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดนครสวรรค์",
                finder.find("ถึง อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดนครสวรรค์สิS").value());
        // words after a province that are not a scrap stay: ทุกจังหวัด is not a province
        assertEquals("ผู้ว่าราชการจังหวัดทุกจังหวัด", finder.find("เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด").value());
    }

    @Test
    void noSalutationNoValue() {
        assertFalse(finder.find("เรื่อง การรายงาน").isPresent());
    }

    @Test
    void aProvinceNameOneLetterAwayFromOneProvinceIsThatProvince() {
        Found<String> found = finder.find("ถึง อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดอุดรกานี");
        assertEquals("อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดอุดรธานี", found.value());
        assertEquals("salutation as read: อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดอุดรกานี", found.review().get(0));
        assertEquals("ผู้ว่าราชการจังหวัดพิษณุโลก", finder.find("เรียน ผู้ว่าราชการจังหวัดพิษณุลก").value());
        // the name wrapped onto the next line, a space between it and จังหวัด
        assertEquals("นายกองค์การบริหารส่วนจังหวัดนครสวรรค์",
                finder.find("เรียน นายกองค์การบริหารส่วนจังหวัด\nนครสวรรค\n\nตามที่").value());
        assertEquals("ผู้ว่าราชการจังหวัดนครสวรรค์", finder.find("เรียน ผู้ว่าราชการจังหวัดนครสวรรค").value());
        // further than one letter, or not a province's place: left as read
        assertEquals("ผู้ว่าราชการจังหวัดอุตาชธาน", finder.find("เรียน ผู้ว่าราชการจังหวัดอุตาชธาน").value());
        assertEquals("ผู้ว่าราชการจังหวัดทุกจังหวัด", finder.find("เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด").value());
    }

    @Test
    void theFirstParagraphRunOnAfterTheLastOfficeGoes() {
        assertEquals("นายอำเภอทุกอำเภอและนายกองค์การบริหารส่วนจังหวัดชลบุรี",
                finder.find("เรียน นายอำเภอทุกอำเภอและนายกองค์การบริหารส่วนจังหวัดชลบุรีตามุทีจังหวัดชลบริไดรตทแwnn").value());
        assertEquals("ผู้ว่าราชการจังหวัดศรีสะเกษ",
                finder.find("เรียน ผู้ว่าราชการจังหวัดศรีสะเกษLLL.LLLL.L.ตามที่สานักงานส่งเสริม").value());
        // a scrap after ทุกจังหวัด, a dot before ทุก
        assertEquals("ผู้ว่าราชการจังหวัดทุกจังหวัด", finder.find("เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด ร").value());
        assertEquals("นายอำเภอทุกอำเภอ", finder.find("เรียน นายอำเภอ.ทุกอำเภอ").value());
        // "as listed" ends a salutation; it is not the first paragraph
        assertEquals("ผู้ว่าราชการจังหวัดกระบี่ ตามบัญชีแนบท้าย", finder.find("เรียน ผู้ว่าราชการจังหวัดกระบี่ ตามบัญชีแนบท้าย").value());
        // more offices after a province stay
        assertEquals("ผู้ว่าราชการจังหวัดเชียงราย และนายกองค์การบริหารส่วนจังหวัดเชียงราย",
                finder.find("เรียน ผู้ว่าราชการจังหวัดเชียงราย และนายกองค์การบริหารส่วนจังหวัดเชียงราย").value());
    }
}
