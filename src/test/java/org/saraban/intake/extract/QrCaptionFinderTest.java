package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.QrCode;

class QrCaptionFinderTest {
    private final QrCaptionFinder finder = new QrCaptionFinder();

    @Test
    void manualCaptionLabelsTheCode() {
        LetterText letter = LetterText.of("ผู้ว่าราชการจังหวัดกระบี่\n\n\nคู่มือการบันทึกข้อมูลฯ\n\nสำนักงานส่งเสริม");
        assertEquals(List.of(new QrCode("https://x", 1, "คู่มือการบันทึกข้อมูลฯ")), finder.label(List.of(new QrCode("https://x", 1, null)), letter));
    }

    @Test
    void captionContinuedAndQrCodeLine() {
        LetterText letter = LetterText.of(String.join("\n", "QR Code สิ่งที่ส่งมาด้วย", "", "ตามหนังสือกรม",
                "", "คู่มือการบันทึกข้อมูลประชาชนที่ขอรับความช่วยเหลือ", "ในระบบข้อมูลกลางขององค์กรปกครองส่วนท้องถิ่น (INFO)"));
        assertEquals(List.of("คู่มือการบันทึกข้อมูลประชาชนที่ขอรับความช่วยเหลือ ในระบบข้อมูลกลางขององค์กรปกครองส่วนท้องถิ่น (INFO)",
                "สิ่งที่ส่งมาด้วย"), finder.captions(letter));
    }

    @Test
    void aManualNamedInsideTheBodyIsNotACaption() {
        assertEquals(List.of(), finder.captions(LetterText.of("ตามที่ได้แจ้ง\nคู่มือการบันทึกข้อมูล ซึ่งจังหวัดได้จัดทำขึ้นแล้ว")));
    }

    @Test
    void codesAndCaptionsThatDoNotPairKeepNoLabel() {
        LetterText letter = LetterText.of("\nคู่มือ ก\n");
        List<QrCode> two = finder.label(List.of(new QrCode("a", 1, null), new QrCode("b", 1, null)), letter);
        assertNull(two.get(0).label());
        assertNull(two.get(1).label());
        LetterText both = LetterText.of("QR Code คู่มือ ก\n\nQR Code แบบฟอร์ม");
        List<QrCode> paired = finder.label(List.of(new QrCode("a", 1, null), new QrCode("b", 1, null)), both);
        assertEquals("คู่มือ ก", paired.get(0).label());
        assertEquals("แบบฟอร์ม", paired.get(1).label());
    }
}
