package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThaiTextNormalizerTest {
    private final ThaiTextNormalizer normalizer = new ThaiTextNormalizer();

    @Test
    void composesNikhahitAndSaraAaIntoSaraAm() {
        // กํา -> กำ
        assertEquals("\u0E01\u0E33", normalizer.normalize("\u0E01\u0E4D\u0E32"));
        assertEquals("สำนักงาน", normalizer.normalize("ส\u0E4D\u0E32นักงาน"));
    }

    @Test
    void keepsToneMarkBeforeSaraAmWhateverOrderOcrGaveIt() {
        // น ํ ้ า -> น ้ ำ (น้ำ), and น ้ ํ า -> น ้ ำ
        assertEquals("\u0E19\u0E49\u0E33", normalizer.normalize("\u0E19\u0E4D\u0E49\u0E32"));
        assertEquals("\u0E19\u0E49\u0E33", normalizer.normalize("\u0E19\u0E49\u0E4D\u0E32"));
    }

    @Test
    void writesToneMarkAfterAboveVowel() {
        // ที่ typed as ท ่ ี -> ท ี ่
        assertEquals("\u0E17\u0E35\u0E48", normalizer.normalize("\u0E17\u0E48\u0E35"));
    }

    @Test
    void joinsTwoSaraEIntoSaraAe() {
        // เเจ้ง -> แจ้ง
        assertEquals("แจ้ง", normalizer.normalize("\u0E40\u0E40จ้ง"));
    }

    @Test
    void dropsRepeatedMarksAndInvisibleCharacters() {
        assertEquals("ที่", normalizer.normalize("ท\u0E35\u0E48\u0E48"));
        assertEquals("ที่นี่", normalizer.normalize("ที่\u200Bนี่"));
        assertEquals("ประชาชน และ ระบบ", normalizer.normalize("ประะชาชน และะ ระะบบ"));
        assertEquals("ประชาชน และนายก", normalizer.normalize("ประ ะชาชน และ ะนายก"));
        assertEquals("และ ระบบ", normalizer.normalize("และ ระบบ"));
    }

    @Test
    void leavesCorrectTextAlone() {
        String text = "ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕ กรมส่งเสริมการปกครองท้องถิ่น น้ำ ๒๖ ตุลาคม ๒๕๖๘ INFO";
        assertEquals(text, normalizer.normalize(text));
    }
}
