package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.Issuer;

class IssuerFinderTest {
    private final IssuerFinder finder = new IssuerFinder();
    private final ReferenceNumberParser parser = new ReferenceNumberParser();

    @Test
    void officeAndAddressBetweenNumberAndDate() {
        Issuer i = finder.find(LetterText.of("ที่ กบ ๐๐๒๓.๖/ว ๑\n\nศาลากลางจังหวัดกระบี่\n๙/๑๐ ถนนอุตรกิจ กระบี่ ๘๑๐๐๐\n\n๓๑ ตุลาคม ๒๕๖๗\n\nเรื่อง ก"), null).value();
        assertEquals(new Issuer("ศาลากลางจังหวัดกระบี่", "๙/๑๐ ถนนอุตรกิจ กระบี่ ๘๑๐๐๐", "กระบี่"), i);
    }

    @Test
    void bangkokAbbreviation() {
        Issuer i = finder.find(LetterText.of("ที่ มท ๐๘๑๐.๘/ว ๑\nกรมส่งเสริมการปกครองท้องถิ่น\n ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐\n๒๕ ตุลาคม ๒๕๖๗"), null).value();
        assertEquals("กรุงเทพมหานคร", i.province());
        assertEquals("ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐", i.address());
    }

    @Test
    void aStampedLetterHasOnlyTheProvinceOfItsCode() {
        String text = "ที่ ตก ๐๐๒๓.๓/ว ๐๗๐๗\n\nถึง อำเภอทุกอำเภอ";
        Found<Issuer> f = finder.find(LetterText.of(text), parser.find(text).orElseThrow().value());
        assertEquals(new Issuer(null, null, "ตาก"), f.value());
        assertEquals(Found.REPAIRED, f.confidence());
        assertFalse(finder.find(LetterText.of("ที่ มท ๐๘๑๐/๑\nเรียน ท่าน"), parser.find("มท ๐๘๑๐/๑").orElseThrow().value()).isPresent());
    }

    @Test
    void aMemosIssuingUnit() {
        Issuer i = finder.find(LetterText.of("บันทึกข้อความ\nส่วนราชการ สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดตาก\nที่ ตก ๐๐๒๓.๓/๑๒ วันที่ ๑ ม.ค. ๖๘"), null).value();
        assertEquals(new Issuer("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดตาก", null, "ตาก"), i);
    }

    @Test
    void provinceOfTheFirstOfficeNamed() {
        assertEquals("เชียงราย", finder.provinceOfOffice("ถึง อำเภอ ด้วยกรมแจ้งว่า จังหวัดเชียงราย จึงขอให้ ... จังหวัดตาก").orElseThrow());
        assertTrue(finder.provinceOfOffice("ผู้ว่าราชการจังหวัด ทุกจังหวัด").isEmpty());
    }

    @Test
    void provinceNamesLongestFirst() {
        assertEquals("นครศรีธรรมราช", finder.province("ถนนราชดำเนิน นครศรีธรรมราช ๘๐๐๐๐").orElseThrow());
        assertEquals("เชียงราย", finder.province("ศาลากลางจังหวัดเชียง ราย").orElseThrow());
        // tone mark dropped by the OCR
        assertEquals("กระบี่", finder.province("ถนนอุตรกิจ กระบี ๘๑๐๐๐").orElseThrow());
    }

    @Test
    void anOfficeNameThatWraps() {
        Issuer i = finder.find(LetterText.of("ที่ มท ๐๖๑๗.๗/ว ๕๔๐๒\nกรมป้องกันและบรรเทา\nสาธารณภัย\nถนนอู่ทองใน เขตดุสิต กทม.\n๑๐๓๐๐\n\n"
                + "๒ สิงหาคม ๒๕๖๘\n\nเรื่อง ก"), null).value();
        assertEquals(new Issuer("กรมป้องกันและบรรเทาสาธารณภัย", "ถนนอู่ทองใน เขตดุสิต กทม. ๑๐๓๐๐", "กรุงเทพมหานคร"), i);
        Issuer cut = finder.find(LetterText.of("ที่ ชม ๐๐๒๓.๓/ว ๑\nสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด\nเชียงใหม่\nถนนโชตนา ๕๐๓๐๐\n\n"
                + "๑ มกราคม ๒๕๖๘"), null).value();
        assertEquals(new Issuer("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเชียงใหม่", "ถนนโชตนา ๕๐๓๐๐", "เชียงใหม่"), cut);
    }

    @Test
    void aMemosUnitCutAfterTheWordProvince() {
        // ส่วนราชการ … จังหวัด / นครราชสีมา กลุ่มงาน…: the province's name is on the next line
        Issuer i = finder.find(LetterText.of("บันทึกข้อความ\n\nส่วนราชการ สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด\n"
                + "นครราชสีมา กลุ่มงานกฎหมาย ระเบียบ และเรื่อง\nร้องทุกข์ โทร. ๐ ๖๘๖๙ ๕๗๗๐\nที่ นม ๐๐๒๓.๑/๙๘ วันที่ ๑๑ กุมภาพันธ์ ๒๕๖๗"), null)
                .value();
        assertEquals(new Issuer("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดนครราชสีมา", null, "นครราชสีมา"), i);
    }
}
