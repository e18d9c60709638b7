package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientSplitterTest {
    private final RecipientSplitter splitter = new RecipientSplitter();

    @Test
    void everyQualifiesTheAddresseeBeforeIt() {
        assertEquals(List.of("นายอำเภอ ทุกอำเภอ", "นายกองค์การบริหารส่วนจังหวัดกระบี่", "นายกเทศมนตรีเมืองกระบี่"),
                splitter.split("นายอำเภอ ทุกอำเภอ นายกองค์การบริหารส่วนจังหวัดกระบี่ และนายกเทศมนตรีเมืองกระบี่"));
        assertEquals(List.of("ผู้ว่าราชการจังหวัด ทุกจังหวัด"), splitter.split("ผู้ว่าราชการจังหวัด ทุกจังหวัด"));
    }

    @Test
    void andBeforeTheLast() {
        assertEquals(List.of("อำเภอปาย", "เทศบาลเมืองแม่ฮ่องสอน"), splitter.split("อำเภอปาย และเทศบาลเมืองแม่ฮ่องสอน"));
        assertEquals(List.of("อำเภอปาย", "เทศบาลเมือง"), splitter.split("อำเภอปาย และ เทศบาลเมือง"));
    }

    @Test
    void aWordSplitByAStraySpaceIsJoined() {
        // "ผู้ว่าราชการจังหวัด" with a space before a vowel sign, and a two-letter fragment.
        assertEquals(List.of("ผู้ว่าราชการจังหวัด"), splitter.split("ผู้ว่าราชการจังหวั ด"));
        assertEquals(List.of("ผู้ว่าราชการจังหวัด"), splitter.split("ผู้ว่าราชการจังห วัด"));
        // a space before a vowel sign (U+0E31 ั) is always stray
        assertEquals(List.of("ผู้ว่าราชการจังหวัด"), splitter.split("ผู้ว่าราชการจังหว \u0E31ด"));
    }

    @Test
    void many() {
        assertTrue(splitter.addressesMany("ผู้ว่าราชการจังหวัด ทุกจังหวัด"));
        assertTrue(splitter.addressesMany("อำเภอปาย และเทศบาลเมืองแม่ฮ่องสอน"));
        assertFalse(splitter.addressesMany("ผู้ว่าราชการจังหวัดกระบี่"));
        assertTrue(splitter.split(null).isEmpty());
    }
}
