package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.Signer;

class SignerFinderTest {
    private final SignerFinder finder = new SignerFinder();

    @Test
    void nameAndPositionOverBlankLines() {
        Signer s = finder.find(LetterText.of(String.join("\n", "ขอแสดงความนับถือ", "", "(นายอนุวรรตน์ ไหมคพริ้ง)", "",
                "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", "", "ผู้ว่าราชการจังหวัดกระบี่", "", "", "", "คู่มือการบันทึกข้อมูลฯ", "",
                "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด"))).value();
        assertEquals(new Signer("นายอนุวรรตน์ ไหมคพริ้ง", "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดกระบี่"), s);
    }

    @Test
    void positionStopsAtTheOwningUnit() {
        Signer s = finder.find(LetterText.of(String.join("\n", "ขอแสดงความนับถือ", "( นายประยูร  รัตนเสนีย์ )",
                "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น", "กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น"))).value();
        assertEquals(new Signer("นายประยูร รัตนเสนีย์", "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"), s);
    }

    @Test
    void noClosingNoSigner() {
        // stamped letters (หนังสือประทับตรา) carry no signature; "(INFO)" is not a name
        assertFalse(finder.find(LetterText.of("ถึง อำเภอ\n(สถานที่กลาง)\nสำนักงาน")).isPresent());
    }
}
