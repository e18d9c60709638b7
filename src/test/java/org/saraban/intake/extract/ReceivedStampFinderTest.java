package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.ReceivedStamp;

class ReceivedStampFinderTest {
    private final ReceivedStampFinder finder = new ReceivedStampFinder();

    @Test
    void officeNumberDateTime() {
        List<ReceivedStampFinder.Block> blocks = finder.blocks(List.of(
                "", "ศาลากลางจังหวัดกระบี่", " เลขรับ 14350", " วันที่ ๒๕ ตุลาคม ๒๕๖๗", " เวลา ๑๐:๓๐ น.", "", "ที่ มท ๐๘๑๐.๘/ว ๕๕๖๗"));
        assertEquals(1, blocks.size());
        assertEquals(new ReceivedStamp("ศาลากลางจังหวัดกระบี่", "14350", LocalDate.of(2024, 10, 25), "10:30"), blocks.get(0).stamp());
        assertEquals(1, blocks.get(0).from());
        assertEquals(5, blocks.get(0).to());
    }

    @Test
    void formDotsAndAnEmptyTime() {
        ReceivedStamp s = finder.blocks(List.of("สจร.ตาก", "เลขที่รับ..... 9200", "วันที่ ๔ ต.ค. ๒๕๖๕", "เวลา.....")).get(0).stamp();
        assertEquals(new ReceivedStamp("สจร.ตาก", "9200", LocalDate.of(2022, 10, 4), null), s);
    }

    @Test
    void numericDateAndThaiDigitNumber() {
        ReceivedStamp s = finder.blocks(List.of("สำนักงาน", "เลขทะเบียนรับ ๖๐๓", "วัน/เดือน/ปี ๐๑.๑๐.๒๕๖๔", "เวลา ๑๐.๕๓")).get(0).stamp();
        assertEquals("603", s.number());
        assertEquals(LocalDate.of(2021, 10, 1), s.date());
        assertEquals("10:53", s.time());
    }

    @Test
    void unreadableDateIsFlaggedNotGuessed() {
        ReceivedStampFinder.Block b = finder.blocks(List.of("สำนักงาน", "เลขที่รับ ๖๐๓", "วัน/เดือน/ปี ๐ ๑.๐.๒๕๖๔")).get(0);
        assertNull(b.stamp().date());
        assertTrue(b.review().get(0).contains("impossible date"), b.review().toString());
    }

    @Test
    void routingNoteIsABlockWithoutAStamp() {
        List<ReceivedStampFinder.Block> blocks = finder.blocks(List.of(
                "การปฏิบัติ ของ สจร.ตาก", " ป.บท. กง.บด.", "ลงชื่อ.....", "วันที่ ๒๕ ต.ค. ๒๕๖๕", "", "ด่วนที่สุด"));
        assertEquals(1, blocks.size());
        assertNull(blocks.get(0).stamp());
        assertEquals(4, blocks.get(0).to());
    }

    @Test
    void handwrittenRoutingNoteWithTicks() {
        List<ReceivedStampFinder.Block> blocks = finder.blocks(List.of(
                "เรียน ผอ.กอง - เพื่อโปรดพิจารณา", "ทราบ", "ลงนาม", "", "ที่ มท ๐๘๑๐/๑", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"));
        assertEquals(1, blocks.size());
        assertEquals(0, blocks.get(0).from());
        assertEquals(3, blocks.get(0).to());
    }

    @Test
    void theNumberLineAboveIsNotTheOffice() {
        ReceivedStamp s = finder.blocks(List.of("ที่ นก ๑๘๑๐.๗/ว ๓๙๙", "จังหวัดมหาสารคาม", "เลขที่รับ ๖๐๓")).get(0).stamp();
        assertEquals("จังหวัดมหาสารคาม", s.office());
    }
}
