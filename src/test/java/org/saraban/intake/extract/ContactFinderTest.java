package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.Contacts;

class ContactFinderTest {
    private final ContactFinder finder = new ContactFinder();

    @Test
    void ownerUnitPhoneEmailCoordinator() {
        ContactFinder.Result r = finder.find(LetterText.of(String.join("\n", "(นายสิริพันธ์ ศรีสงพิต)", "อธิบดี", "", "",
                "กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น", "", "กลุ่มงานส่งเสริมการกระจายอำนาจ", "",
                "โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๒๓๐๒", "", "ไปรษณีย์อิเล็กทรอนิกส์ saraban@dla.go.th", "", "ผู้ประสานงาน นางสาววาสนา เชาวเลิศ")));
        assertEquals("กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น กลุ่มงานส่งเสริมการกระจายอำนาจ", r.ownerUnit().value());
        assertEquals(new Contacts(List.of("0 2241 9000 ต่อ 2302"), List.of(), List.of("saraban@dla.go.th"), "นางสาววาสนา เชาวเลิศ"),
                r.contacts().value());
        assertTrue(r.contacts().review().isEmpty());
    }

    @Test
    void phoneAndFaxOnOneLine() {
        Contacts c = finder.find(LetterText.of("โทร. ๐-๒๒๔๗-๙๐๐๐ ต่อ ๒๒๑๒ โทรสาร ๐-๒๒๔๗-๖๘๕๒")).contacts().value();
        assertEquals(List.of("0-2247-9000 ต่อ 2212"), c.phones());
        assertEquals(List.of("0-2247-6852"), c.faxes());
    }

    @Test
    void oneNumberForPhoneAndFaxAsOcrSpellsIt() {
        // โทร./โทรสาร read as โทรฯ./โทรศาร
        Contacts c = finder.find(LetterText.of("โทรฯ./โทรศาร ๐-๕๓๖๑ ๒๘๔๑ ต่อ ๓๓")).contacts().value();
        assertEquals(List.of("0-5361 2841 ต่อ 33"), c.phones());
        assertEquals(List.of("0-5361 2841 ต่อ 33"), c.faxes());
    }

    @Test
    void telephoneWordAndMobile() {
        Contacts c = finder.find(LetterText.of("โทรศัพท์ 081 234 5678")).contacts().value();
        assertEquals(List.of("081 234 5678"), c.phones());
    }

    @Test
    void aNumberNoThaiPhoneHasIsFlagged() {
        Found<Contacts> c = finder.find(LetterText.of("ผู้ประสานงาน : นางสาวอรพรรณ กมลอุตมสม โทร. ๐๘ ๘๔๒๒๗ ๔๓๔๗")).contacts();
        assertEquals("นางสาวอรพรรณ กมลอุตมสม", c.value().coordinator());
        assertEquals(List.of("phone number ๐๘ ๘๔๒๒๗ ๔๓๔๗ has 11 digits"), c.review());
    }

    @Test
    void nothingFound() {
        ContactFinder.Result r = finder.find(LetterText.of("จึงเรียนมาเพื่อโปรดพิจารณา"));
        assertFalse(r.contacts().isPresent());
        assertNull(r.ownerUnit().value());
    }

    @Test
    void memoUnitAndAPhoneTheLineWraps() {
        // บันทึกข้อความ: ส่วนราชการ (the unit that owns the matter) over two lines, its phone cut by the line break
        ContactFinder.Result r = finder.find(LetterText.of(String.join("\n", "บันทึกข้อความ", "",
                "ส่วนราชการ สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุดรธานี", "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น โทร. ๐ ๗๑๒๘", "๘๙๑๔",
                "ที่ อด ๐๐๒๓.๑/๑๙๒ วันที่ ๘ สิงหาคม ๒๕๖๗", "เรื่อง การบันทึกข้อมูล")));
        assertEquals("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุดรธานี กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", r.ownerUnit().value());
        assertEquals(List.of("0 7128 8914"), r.contacts().value().phones());
        Contacts afterLabel = finder.find(LetterText.of("กลุ่มงานกฎหมาย ระเบียบ และเรื่องร้องทุกข์ โทร. ๐\n๗๗๔๘ ๙๓๙๑\nที่ ศก ๐๐๒๓.๒/๙๒๕"))
                .contacts().value();
        assertEquals(List.of("0 7748 9391"), afterLabel.phones());
    }

    @Test
    void aWholeNumberIsNotJoinedToTheNextLine() {
        Contacts c = finder.find(LetterText.of("โทร. ๐ ๒๒๔๑ ๙๐๐๐\n๒. ให้รายงาน")).contacts().value();
        assertEquals(List.of("0 2241 9000"), c.phones());
    }
}
