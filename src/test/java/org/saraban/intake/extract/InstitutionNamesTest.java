package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InstitutionNamesTest {
    private final InstitutionNames names = new InstitutionNames();

    @Test
    void marksOcrLostOrAddedAreRestored() {
        assertEquals("การสำรวจข้อมูลแหล่งน้ำขององค์กรปกครองส่วนท้องถิ่น",
                names.repair("การสำรวจข้อมูลแหล่งน้ำขององค์กรปกครองส่วนท้องถิน"));
        assertEquals("ขององค์กรปกครองส่วนท้องถิ่นในระบบข้อมูลกลาง",
                names.repair("ขององค์กรปกคร้องสู่วนท้องถิ่นในระบบข้อมูลกลาง"));
        assertEquals("เรียน ผู้ว่าราชการจังหวัดเชียงใหม่", names.repair("เรียน ผูวาราชการจังหวัดเชียงใหม่"));
        // every occurrence on the line
        assertEquals("องค์การบริหารส่วนจังหวัด และองค์การบริหารส่วนตำบล",
                names.repair("องค์การบริหารสวนจังหวัด และองคการบริหารส่วนตำบล"));
    }

    @Test
    void aProvincesNameAfterJangwatGetsItsMarksBack() {
        assertEquals("อำเภอทุกอำเภอ และองค์การบริหารส่วนจังหวัดกระบี่", names.repair("อำเภอทุกอำเภอ และองค์การบริหารส่วนจังหวัดกระบิ"));
        assertEquals("แจ้งผลให้จังหวัดกระบี่ทราบ", names.repair("แจ้งผลให้จังหวัดกระบีทราบ"));
        // the name alone, without จังหวัด, is too short to be sure of: left as read
        assertEquals("กระบิ", names.repair("กระบิ"));
        assertEquals("ให้จังหวัดตรวจสอบ", names.repair("ให้จังหวัดตรวจสอบ"));
        // nor is a word after จังหวัด and a space: เลย ("past") is also the name of a province
        assertEquals("ภายในจังหวัด เลยวันที่กำหนด", names.repair("ภายในจังหวัด เลยวันที่กำหนด"));
    }

    @Test
    void aLetterReadWrongIsLeftAsRead() {
        // a consonant misread (ปูกครอง is fine, มูกครอง is not the same name): nothing is made up
        assertEquals("ขององค์กรมูกครองส่วนท้องถิน", names.repair("ขององค์กรมูกครองส่วนท้องถิน"));
        assertEquals("ข้อความอื่น", names.repair("ข้อความอื่น"));
    }

    @Test
    void oneLetterReadTooManyInsideANameGoes() {
        // a letter read at the line's wrap inside ระบบข้อมูลกลาง ("the central information system")
        assertEquals("ในระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น", names.repair("ในระบบข้อมูลน กลางองค์กรปกครองส่วนท้องถิ่น"));
        assertEquals("ขององค์กรปกครองส่วนท้องถิ่น", names.repair("ขององค์กรปกครองส่วนทร้องถิ่น"));
        // not at a name's edge, not two letters, not in a province's name: those are other words
        assertEquals("ขององค์กรปกครองส่วนท้องถิ่นนี้", names.repair("ขององค์กรปกครองส่วนท้องถิ่นนี้"));
        assertEquals("ขององค์กรปกกครรองส่วนท้องถิ่น", names.repair("ขององค์กรปกกครรองส่วนท้องถิ่น"));
        assertEquals("องค์การบริหารส่วนจังหวัดเชียงนใหม่", names.repair("องค์การบริหารส่วนจังหวัดเชียงนใหม่"));
    }

    @Test
    void aNameWrappedOrSpacedAndTheInfoTopics() {
        assertEquals("ขององค์กรปกครองส่วนท้องถิ่น", names.repair("ขององค์กรปกครอง ส่วนท้องถิน"));
        assertEquals("การบันทึกข้อมูลการช่วยเหลือประชาชนของศูนย์", names.repair("การบันทึกข้อมูลการช่วยเหลือประชาชนุของศูนย์"));
        // a space between two names stays
        assertEquals("ผู้ว่าราชการจังหวัด ท้องถิ่นจังหวัด", names.repair("ผู้ว่าราชการจังหวัด ท้องถิ่นจังหวัด"));
    }
}
