package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterTextTest {
    @Test
    void aProvincesNameIsJoinedToจังหวัดAgain() {
        // องค์การบริหารส่วนจังหวัดเชียงใหม่: Chiang Mai provincial administration organisation
        assertEquals("นายกองค์การบริหารส่วนจังหวัดเชียงใหม่", LetterText.normalizeLine("นายกองค์การบริหารส่วนจังหวัด เชียงใหม่"));
        assertEquals("ศาลากลางจังหวัดพระนครศรีอยุธยา", LetterText.normalizeLine("ศาลากลางจังหวัด พระนครศรีอยุธยา"));
    }

    @Test
    void aSpaceBeforeOtherWordsStays() {
        // ทุกจังหวัด: "every province"; เลยวันที่: "past the date" (เลย is also a province)
        assertEquals("ผู้ว่าราชการจังหวัด ทุกจังหวัด", LetterText.normalizeLine("ผู้ว่าราชการจังหวัด ทุกจังหวัด"));
        // a number line whose ที่ was read ต, or whose unit code lost its dot
        assertEquals("ที่ มท ๐๘๑๐.๑/ว ๙๔๘ กรมส่งเสริม", LetterText.normalizeLine("ต มท ๐๘๑๐.๑/ว ๙๔๘             กรมส่งเสริม"));
        assertEquals("ที่ สร ๐๐๒๓.๓/ว ๑๑๔๒", LetterText.normalizeLine("ที่สร ๐๐๒๓๓/ว ๑๑๔๒"));
        assertEquals("ที่ มท ๐๘๑๐/๑๒๓", LetterText.normalizeLine("ที่ มท ๐๘๑๐/๑๒๓"));
        assertEquals("ที่ ชร ๐๐๒๓.๔/ว ๗๔๒", LetterText.normalizeLine("ที่ ช่ร ๐๐๒๓.๔/ว ๗๔๒"));
        // heading words whose first letters OCR lost at the margin
        assertEquals(List.of("ง วันที่ ๑/ ๑๕", "เรื่อง ก", "ข", "", "ถึง อำเภอทุกอำเภอ และองค์การบริหารส่วนจังหวัดสงขลา"),
                LetterText.of("ง    วันที่ ๑/ ๑๕\nเรื่อง ก\nข\n\nง       อำเภอทุกอำเภอ  และองค์การบริหารส่วนจังหวัดสงขลา").lines());
        // ถึง with its vowel and tone mark lost
        assertEquals(List.of("เรื่อง ก", "ถึง อำเภอทุกอำเภอ และองค์การบริหารส่วนจังหวัดแม่ฮ่องสอน"),
                LetterText.of("เรื่อง ก\nถง   อำเภอทุกอำเภอ  และองค์การบริหารส่วนจังหวัดแม่ฮ่องสอน").lines());
        assertEquals(List.of("เรื่อง ก", "ถึง อำเภอทุกอำเภอ"), LetterText.of("เรื่อง ก\nถิง       อำเภอทุกอำเภอ").lines());
        assertEquals("สิ่งที่ส่งมาด้วย สำเนาหนังสือ", LetterText.normalizeLine("งที่ส่งมาด้วย  สำเนาหนังสือ"));
        assertEquals("อ้างถึง หนังสือจังหวัดยะลา", LetterText.normalizeLine("างถึง หนังสือจังหวัดยะลา"));
        assertEquals("ซึ่งได้ดำเนินการเรียบร้อยแล้ว นั้น", LetterText.normalizeLine("ซึ่งได้ดำเนินการเรียบร้อยแล้ว นัน"));
        assertEquals("หลายพื้นที่ของประเทศ นั้น", LetterText.normalizeLine("หลายพื้นที่ของประเทศ น้น"));
        assertEquals("อ้างถึง หนังสือกรม", LetterText.normalizeLine("อางถง  หนังสือกรม"));
        assertEquals("ตามที่ อ้างถึง", LetterText.normalizeLine("ตามที่ อ้างถึง"));
        assertEquals("เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", LetterText.normalizeLine("เจียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"));
        assertEquals("เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", LetterText.normalizeLine("เรัยน ผู้ว่าราชการจังหวัด ทุกจังหวัด"));
        assertEquals("ภายในจังหวัด เลยวันที่กำหนด", LetterText.normalizeLine("ภายในจังหวัด เลยวันที่กำหนด"));
    }

    @Test
    void theDistrictWordWithItsSaraAmReadAsSaraAa() {
        assertEquals("อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดลำปาง",
                LetterText.normalizeLine("อาเภอทุกอาเภอและองค์การบริหารส่วนจังหวัดลำปาง"));
        // words that only contain า next to เ are left: ราเชน is not อาเภอ
        assertEquals("ราเชนทร์", LetterText.normalizeLine("ราเชนทร์"));
    }

    @Test
    void lettersReadTwiceWhereThaiNeverWritesThemTwice() {
        assertEquals("อำเภอทุกอำเภอและองค์การบริหารส่วนจังหวัดขอนแก่น",
                LetterText.normalizeLine("อำเภอทุกอำเภอและะองคค์การบริหารส่วนจังหวัดขอนแก่น"));
        assertEquals("และองค์การบริหาร", LetterText.normalizeLine("และองค ค์การบริหาร"));
        // และ and ค์ themselves stay
        assertEquals("และองค์กร", LetterText.normalizeLine("และองค์กร"));
    }

    @Test
    void aStraySpaceInsideANumberLinesSerialIsClosed() {
        assertEquals("ที่ ชม ๐๐๒๓.๖/ว ๕๐๘๘ ศาลากลางจังหวัดเชียงใหม่",
                LetterText.normalizeLine("ที่ ชม ๐ ๐ ๒๓.๖/ว ๕๐ ๘๘         ศาลากลางจังหวัดเชียงใหม่"));
        // a memo's serial is followed by its date, not by more digits
        assertEquals("ที่ อด ๐๐๒๓.๔/๙๐๓ วันที่ ๒๒ มีนาคม ๒๕๖๗", LetterText.normalizeLine("ที่ อด ๐๐๒๓.๔/๙๐๓ วันที่ ๒๒ มีนาคม ๒๕๖๗"));
    }

    @Test
    void aStraySpaceInsideAYearAfterAMonthIsClosed() {
        assertEquals("๑๑ มิถุนายน ๒๕๖๘", LetterText.normalizeLine("๑๑ มิถุนายน ๒ ๕๖๘"));
        assertEquals("ภายในวันที่ ๓๐ มิถุนายน ๒๕๖๘ ๒ ครั้ง", LetterText.normalizeLine("ภายในวันที่ ๓๐ มิถุนายน ๒๕๖๘ ๒ ครั้ง"));
    }

    @Test
    void aNumberWordReadAsTBeforeACodeWithALetterTooMany() {
        assertEquals("ที่ อดต ๐๐๒๓.๑/ว ๓๘๔๐ ศาลากลางจังหวัดอุดรธานี",
                LetterText.normalizeLine("ท อดต ๐๐๒๓.๑/ว ๓๘๔๐         ศาลากลางจังหวัดอุดรธานี"));
    }

    @Test
    void subjectAndSalutationWordsThatLostAMark() {
        for (String read : new String[] {"เรอง", "เรือง", "เร่อง", "เร้อง"}) {
            assertEquals("เรื่อง การรายงานข้อมูล", LetterText.normalizeLine(read + " การรายงานข้อมูล"), read);
        }
        assertEquals("เรียน ผู้ว่าราชการจังหวัด", LetterText.normalizeLine("เรยน ผู้ว่าราชการจังหวัด"));
        // a name that starts so, without the space after it, stays
        assertEquals("เรืองศรี", LetterText.normalizeLine("เรืองศรี"));
    }

    @Test
    void aLatinSpeckGluedToThaiLettersGoes() {
        assertEquals("ศูนย์ช่วยเหลือประชาชน", LetterText.normalizeLine("ศูนย์ช่วยเหลือIประชาชน"));
        assertEquals("ศูนย์ช่วยเหลือ", LetterText.normalizeLine("ศูนย์ช่วยเหลือI"));
        // Latin words of the letter stay, and so do Thai abbreviations
        assertEquals("ระบบข้อมูลกลาง (INFO) ด้านที่ ๓", LetterText.normalizeLine("ระบบข้อมูลกลาง (INFO) ด้านที่ ๓"));
        assertEquals("ระบบ e-GP ของกรมบัญชีกลาง", LetterText.normalizeLine("ระบบ e-GP ของกรมบัญชีกลาง"));
        assertEquals("อ.เมือง จ.เชียงใหม่", LetterText.normalizeLine("อ.เมือง จ.เชียงใหม่"));
    }

    @Test
    void ที่ReadAsALetterOfLikeShapeBeforeAWholeNumber() {
        assertEquals("ที่ ชม ๐๐๒๓.๑/๒๘๒ วันที่ ๑ พฤศจิกายน ๒๕๖๗", LetterText.normalizeLine("น  ชม ๐๐๒๓.๑/๒๘๒        วันที่  ๑ พฤศจิกายน ๒๕๖๗"));
        assertEquals("ที่ พล ๐๐๒๓.๒/๙๖๙", LetterText.normalizeLine("พ พล ๐๐๒๓.๒/๙๖๙"));
        assertEquals("ที่ สร 0023.2/ว 2873", LetterText.normalizeLine("ฟี่ สร 0023.2/ว 2873"));
        assertEquals("ที่ มส 0023.3/236", LetterText.normalizeLine("ที่, มส 0023.3/236"));
        // not before anything but a whole number
        assertEquals("พ พล ทุกอำเภอ", LetterText.normalizeLine("พ พล ทุกอำเภอ"));
    }

    @Test
    void aMemosNumberLineWhoseที่WasLostAltogether() {
        assertEquals("ที่ อด ๐๐๒๓.๔/๙๐๓ วันที่ ๒๒ มีนาคม ๒๕๖๗", LetterText.normalizeLine("อด ๐๐๒๓.๔/๙๐๓        วันที  ๒๒ มีนาคม ๒๕๖๗"));
        // a number without วันที่ after it on the line (a quoted number wrapped to the line's start) is left
        assertFalse(LetterText.normalizeLine("มท ๐๘๑๐.๗/ว ๕๙๕๕ ลงวันที่ ๑ ตุลาคม ๒๕๖๗").startsWith("ที่"));
        assertFalse(LetterText.normalizeLine("มท ๐๘๑๐.๗/ว ๕๙๕๕ เรื่อง การรายงาน").startsWith("ที่"));
    }

    @Test
    void aLetterReadIntoATwoLetterAgencyCode() {
        // อปบ: only อบ (อุบลราชธานี) is a code once one letter is left out
        assertEquals("ที่ อบ ๐๐๒๓.๕/ว ๘๔๖๘", LetterText.normalizeLine("ที่ อปบ ๐๐๒๓.๕/ว ๘๔๖๘"));
        // no code once a letter is left out: left as read
        assertEquals("ที่ ขขข ๐๐๒๓.๕/ว ๘๔๖๘", LetterText.normalizeLine("ที่ ขขข ๐๐๒๓.๕/ว ๘๔๖๘"));
    }

    @Test
    void วันที่WithItsVowelAndToneMarkLost() {
        assertEquals("ให้แล้วเสร็จก่อนวันที่", LetterText.normalizeLine("ให้แล้วเสร็จก่อนวันท"));
        assertEquals("ลงวันที่ ๒๐ กรกฎาคม ๒๕๖๗", LetterText.normalizeLine("ลงวันท ๒๐ กรกฎาคม ๒๕๖๗"));
        // วันทำการ ("working day") is another word
        assertEquals("ภายใน ๑๕ วันทำการ", LetterText.normalizeLine("ภายใน ๑๕ วันทำการ"));
    }
}
