package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.Enclosure;
import org.saraban.intake.directive.DirectiveRecord.LetterReference;

class LetterReferenceFinderTest {
    private final LetterReferenceFinder finder = new LetterReferenceFinder();

    @Test
    void oneReference() {
        List<LetterReferenceFinder.Item<LetterReference>> refs = finder.references(LetterText.of(
                "เรียน ท่าน\n\nอ้างถึง หนังสือจังหวัดกระบี่ ที่ กบ ๐๐๒๓.๓/ว ๕๒๘๖ ลงวันที่ ๓๑ ตุลาคม ๒๕๖๕\n\nสิ่งที่ส่งมาด้วย แบบ"));
        assertEquals(1, refs.size());
        LetterReference r = refs.get(0).value();
        assertEquals("กบ 0023.3/ว 5286", r.refNo().text());
        assertEquals(LocalDate.of(2022, 10, 31), r.date());
        assertEquals("หนังสือจังหวัดกระบี่ ที่ กบ ๐๐๒๓.๓/ว ๕๒๘๖ ลงวันที่ ๓๑ ตุลาคม ๒๕๖๕", r.text());
    }

    @Test
    void numberedReferencesAfterADash() {
        List<LetterReferenceFinder.Item<LetterReference>> refs = finder.references(LetterText.of(String.join("\n",
                "- อ้างถึง ๑. หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๘๐๘.๒/ว ๕๙๑๑ ลงวันที่ ๕ กรกฎาคม ๒๕๖๖",
                "๒. หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๗/ว ๓๙๙ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕",
                "", "ตามที่ กระทรวงได้แจ้ง")));
        assertEquals(2, refs.size());
        assertEquals("มท 0808.2/ว 5911", refs.get(0).value().refNo().text());
        assertEquals(LocalDate.of(2023, 7, 5), refs.get(0).value().date());
        assertEquals("มท 0810.7/ว 399", refs.get(1).value().refNo().text());
        assertTrue(refs.get(1).value().text().startsWith("หนังสือกรม"));
    }

    @Test
    void enclosureBrokenOverLinesWithQuantity() {
        List<LetterReferenceFinder.Item<Enclosure>> encl = finder.enclosures(LetterText.of(String.join("\n",
                "สิ่งที่ส่งมาด้วย สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๘/ว ๕๕๖๗", "",
                "ลงวันที่ ๒๕ ตุลาคม ๒๕๖๗", "", "จำนวน ๑ ชุด", "",
                "ตามที่ จังหวัดกระบี่แจ้งให้องค์กรปกครองส่วนท้องถิ่นบันทึกข้อมูล นั้น")));
        assertEquals(1, encl.size());
        Enclosure e = encl.get(0).value();
        assertEquals("สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๘/ว ๕๕๖๗ ลงวันที่ ๒๕ ตุลาคม ๒๕๖๗", e.text());
        assertEquals("มท 0810.8/ว 5567", e.refNo().text());
        assertEquals(LocalDate.of(2024, 10, 25), e.date());
        assertEquals("1 ชุด", e.quantity());
    }

    @Test
    void enclosuresWithoutNumbersAndSeveralItems() {
        List<LetterReferenceFinder.Item<Enclosure>> encl = finder.enclosures(LetterText.of(String.join("\n",
                "สิ่งที่ส่งมาด้วย ๑. คู่มือการบันทึกข้อมูล จำนวน ๑ เล่ม", "๒. แบบรายงาน จำนวน 2 ฉบับ", "", "ด้วยกรมแจ้งว่า")));
        assertEquals(2, encl.size());
        assertEquals(new Enclosure("คู่มือการบันทึกข้อมูล", null, null, "1 เล่ม"), encl.get(0).value());
        assertEquals(new Enclosure("แบบรายงาน", null, null, "2 ฉบับ"), encl.get(1).value());
    }

    @Test
    void aMentionInTheBodyIsNotABlock() {
        assertTrue(finder.enclosures(LetterText.of("รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย")).isEmpty());
        assertTrue(finder.references(LetterText.of("ความละเอียดตามอ้างถึง นั้น")).isEmpty());
    }

    @Test
    void anUnsureReferenceCarriesItsReview() {
        LetterReferenceFinder.Item<LetterReference> r = finder.references(LetterText.of("อ้างถึง หนังสือ ที่ ขร ๐๐๒๓/๑๒๓ ลงวันที่ ๓๑ กันยายน ๒๕๖๕")).get(0);
        assertNull(r.value().date());
        assertEquals(2, r.review().size(), r.review().toString());
    }

    @Test
    void aCitationEndedByItsDateEndsTheBlockAtTheNextBlankLine() {
        // the body's first words garbled (๐I๒ย ๘ ด้วย…, ต/มที่): the blank line after the dated citation ends the block
        for (String body : List.of("๐I๒ย ๘ ด้วยกูรมส่งเสริมการปูกครองท้องถินขอให้องค์กรปกครอง", "ต/มที่ จ้งหมัดนูคศรีธรรมราชได้จัดทำแผน")) {
            LetterText letter = LetterText.of(String.join("\n", "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๒/ว",
                    "๑๒๐๗ ลงวันที่ ๑ เมษายน ๒๕๖๗", "", body, "ส่วนท้องถิ่นบันทึกข้อมูลภารกิจ", "๒. บันทึกข้อมูล"));
            List<LetterReferenceFinder.Item<LetterReference>> refs = new LetterReferenceFinder().references(letter);
            assertEquals(1, refs.size(), body);
            assertEquals("มท 0810.2/ว 1207", refs.get(0).value().refNo().text());
        }
        // the citation's date wrapped between its day and its month
        LetterText split = LetterText.of(String.join("\n", "อ้างถึง หนังสือจังหวัดพิษณุโลก ที่ พล 0023.1/ว 5347 ลงวันที่ 22",
                "มีนาคม 2567", "", "อ ตามที่ จังหวัดพิษณุโลกได้กำหนดให้องค์กรปกครอง", "ส่วนท้องถิ่นรายงานข้อมูล"));
        assertEquals(1, new LetterReferenceFinder().references(split).size());
        // a citation whose date OCR set after a blank line still gets it
        LetterText wrapped = LetterText.of(String.join("\n", "อ้างถึง หนังสือจังหวัดกระบี่ ที่ กบ ๐๐๒๓.๓/ว ๑๐๕๕ ลงวันที่", "",
                "๓๑ มีนาคม ๒๕๖๖", "", "ตามที่ จังหวัด"));
        assertEquals(LocalDate.of(2023, 3, 31), new LetterReferenceFinder().references(wrapped).get(0).value().date());
    }

    @Test
    void aNoteWrittenAcrossACitationIsLeftOut() {
        var refs = finder.references(LetterText.of("อ้างถึง  หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๖/ว\nม/ ๗         ๑/\n"
                + "๙๓๒๖ ลงวันที่ ๑๘ กุมภาพันธ์ ๒๕๖๖\n\nตามที่ ก"));
        assertEquals(1, refs.size());
        assertEquals("มท 0810.6/ว 9326", refs.get(0).value().refNo().text());
    }
}
