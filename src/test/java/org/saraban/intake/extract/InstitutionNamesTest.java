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
    void aLetterReadWrongIsLeftAsRead() {
        // a consonant misread (ปูกครอง is fine, มูกครอง is not the same name): nothing is made up
        assertEquals("ขององค์กรมูกครองส่วนท้องถิน", names.repair("ขององค์กรมูกครองส่วนท้องถิน"));
        assertEquals("ข้อความอื่น", names.repair("ข้อความอื่น"));
    }

    @Test
    void aNameWrappedOrSpacedAndTheInfoTopics() {
        assertEquals("ขององค์กรปกครองส่วนท้องถิ่น", names.repair("ขององค์กรปกครอง ส่วนท้องถิน"));
        assertEquals("การบันทึกข้อมูลการช่วยเหลือประชาชนของศูนย์", names.repair("การบันทึกข้อมูลการช่วยเหลือประชาชนุของศูนย์"));
        // a space between two names stays
        assertEquals("ผู้ว่าราชการจังหวัด ท้องถิ่นจังหวัด", names.repair("ผู้ว่าราชการจังหวัด ท้องถิ่นจังหวัด"));
    }
}
