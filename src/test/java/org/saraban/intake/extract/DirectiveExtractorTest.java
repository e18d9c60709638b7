package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.directive.Secrecy;

/**
 * A bundle written for this test (a province's cover letter, the department's letter it encloses,
 * a QR page), with the OCR mistakes the extractor must repair from the bundle itself or flag.
 */
class DirectiveExtractorTest {
    private static final String COVER = String.join("\n",
            "ที่ ขร ๐๐๒๓.๓/ว ๑๒๓๔", // ชร read as ขร
            "", "ศาลากลางจังหวัดเชียงราย", "ถนนสิงหไคล เชียงราย ๕๗๐๐๐", "", "๒๔ ตุลาคม ๒๕๖๗", "",
            "เรื่อง การบันทึกข้อมูลในระบบ INFO", "", "เรียน นายอำเภอ ทุกอำเภอ", "",
            "สิ่งที่ส่งมาด้วย สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕ ลงวันที่ ๒๐ ตุลาคม ๒๕๖๗",
            "จำนวน ๑ ชุด", "",
            "ด้วยกรมส่งเสริมการปกครองท้องถิ่นขอให้บันทึกข้อมูล จึงขอให้อำเภอรายงานผลภายใน ๑๕ วัน นับแต่ได้รับหนังสือนี้", "",
            "ขอแสดงความนับถือ", "", "(นายทดสอบ ระบบดี)", "ผู้ว่าราชการจังหวัดเชียงราย", "",
            "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", "โทร. ๐ ๕๓๑๕ ๐๑๒๓");
    private static final String ENCLOSED = String.join("\n",
            "ศาลากลางจังหวัดเชียงราย", "เลขรับ ๑๒๓", "วันที่ ๒๒ ต.ค. ๒๕๖๗", "เวลา ๐๙.๑๕ น.", "",
            "เรียน ผวจ. - เพื่อโปรดทราบ", "ทราบ", "",
            "ที่ มท ๐๘๑๐.๗/๑ ๑๐๕๕", // ว read as ๑
            "", "กรมส่งเสริมการปกครองท้องถิ่น", "ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐", "",
            "๒ฒ ตุลาคม ๒๕๖๗", // ๐ read as ฒ: unreadable
            "", "เรื่อง การบันทึกข้อมูลในระบบ INFO", "", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "",
            "ขอให้จังหวัดรายงานผลภายใน ๑๕ วัน นับแต่ได้รับหนังสือ", "", "ขอแสดงความนับถือ", "", "(นายตัวอย่าง ทดลอง)",
            "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น");
    private static final String QR_PAGE = "QR Code คู่มือการใช้งานระบบ\n\nhttps://info.dla.go.th";

    private List<DirectiveRecord> extract() {
        ScanText scan = new ScanText("bundle.pdf", "ab".repeat(32), Instant.parse("2024-10-25T03:00:00Z"),
                List.of(new PageText(1, COVER, 0.9), new PageText(2, ENCLOSED, 0.8), new PageText(3, QR_PAGE, 0.7)),
                List.of(new QrCode("https://info.dla.go.th/manual", 3, null)));
        return new DirectiveExtractor().extract(scan);
    }

    @Test
    void provinceCodeRepairedFromTheAddress() {
        DirectiveRecord cover = extract().get(0);
        assertEquals("ชร 0023.3/ว 1234", cover.refNo().text());
        assertEquals("เชียงราย", cover.issuer().province());
        assertTrue(cover.review().contains("agency code ขร read as ชร: the letter's address is in เชียงราย"), cover.review().toString());
        assertEquals(Found.REPAIRED, cover.confidence().get("refNo"));
    }

    @Test
    void aThiOcrReadOutOfTheStampIsNotTheNumberLine() {
        // ที่ read above the real number line with the stamp's office after it; the number is the line below.
        String letter = String.join("\n", "ที่ องค์การบริหารส่วนจังหวัดสุรินทร์", "ด่วนที่สุด", "เลขรับ 71102",
                "ที่ สร ๐๐๒๓.๑/ว ๔๒๙๖ ศาลากลางจังหวัดสุรินทร์", "", "เรื่อง การบันทึกข้อมูล", "", "เรียน นายอำเภอ ทุกอำเภอ");
        ScanText scan = new ScanText("s.txt", "ef".repeat(32), Instant.parse("2024-10-25T03:00:00Z"),
                List.of(new PageText(1, letter, 0.9)), List.of());
        assertEquals("สร 0023.1/ว 4296", new DirectiveExtractor().extract(scan).get(0).refNo().text());
    }

    @Test
    void aStampedLettersProvinceComesFromItsRepairedNumber() {
        String stamped = "ที่ ขร ๐๐๒๓.๓/ว ๙๙\n\nถึง อำเภอทุกอำเภอ\n\nด้วยจังหวัดเชียงรายขอให้รายงานผล\n\nสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด";
        ScanText scan = new ScanText("s.txt", "cd".repeat(32), Instant.parse("2024-10-25T03:00:00Z"),
                List.of(new PageText(1, stamped, 0.9)), List.of());
        DirectiveRecord r = new DirectiveExtractor().extract(scan).get(0);
        assertEquals("ชร 0023.3/ว 99", r.refNo().text());
        assertEquals("เชียงราย", r.issuer().province());
        assertEquals(org.saraban.intake.directive.LetterType.STAMPED, r.letterType());
    }

    @Test
    void circularMarkAndDateRepairedFromTheCoversQuote() {
        List<DirectiveRecord> records = extract();
        DirectiveRecord enclosed = records.get(1);
        assertEquals("มท 0810.7/ว 1055", enclosed.refNo().text());
        assertEquals(LocalDate.of(2024, 10, 20), enclosed.date());
        assertTrue(enclosed.review().contains("letter date unreadable: ๒ฒ ตุลาคม ๒๕๖๗"), enclosed.review().toString());
        assertTrue(enclosed.review().stream().anyMatch(r -> r.startsWith("letter date taken from the bundle's quote")));
        assertEquals(records.get(0).id(), enclosed.enclosedBy());
        assertNull(records.get(0).enclosedBy());
    }

    @Test
    void relativeDeadlineDatedFromTheReceivedStamp() {
        List<DirectiveRecord> records = extract();
        Deadline own = records.get(1).deadlines().get(0);
        assertEquals(Deadline.Kind.RELATIVE, own.kind());
        assertEquals(LocalDate.of(2024, 11, 6), own.date()); // received 22 Oct + 15 days
        assertEquals("รายงานผล", own.action());
        // the cover has no stamp of its own: the days are known, the date is not
        Deadline cover = records.get(0).deadlines().get(0);
        assertEquals(15, cover.days());
        assertNull(cover.date());
    }

    @Test
    void stampsPagesQrLabelsAndLinks() {
        List<DirectiveRecord> records = extract();
        assertTrue(records.get(0).receivedStamps().isEmpty());
        DirectiveRecord enclosed = records.get(1);
        assertEquals("123", enclosed.receivedStamps().get(0).number());
        assertEquals("09:15", enclosed.receivedStamps().get(0).time());
        assertEquals(List.of(2, 3), enclosed.source().pages());
        assertEquals(List.of(new QrCode("https://info.dla.go.th/manual", 3, "คู่มือการใช้งานระบบ")), enclosed.qrCodes());
        assertEquals(List.of("https://info.dla.go.th"), enclosed.links());
        assertEquals("abababababababab-2", enclosed.id());
        // the routing note above the number is not the letter's salutation
        assertEquals("ผู้ว่าราชการจังหวัด ทุกจังหวัด", enclosed.salutation());
    }

    @Test
    void textWithoutALettersStructureStillGivesARecordThatSaysWhy() {
        ScanText scan = new ScanText("note.txt", "ef".repeat(32), Instant.parse("2024-10-25T03:00:00Z"),
                List.of(new PageText(1, "บันทึกย่อ ไม่มีเลขที่หนังสือ", 0.5)), List.of());
        List<DirectiveRecord> records = new DirectiveExtractor().extract(scan);
        assertEquals(1, records.size());
        DirectiveRecord r = records.get(0);
        assertNull(r.refNo());
        assertNull(r.date());
        assertTrue(r.review().contains("no reference number (ที่) found"), r.review().toString());
        assertTrue(r.review().contains("no letter date found"), r.review().toString());
        assertEquals(org.saraban.intake.directive.LetterType.UNKNOWN, r.letterType());
        ScanText blank = new ScanText("blank.txt", "ef".repeat(32), Instant.parse("2024-10-25T03:00:00Z"),
                List.of(new PageText(1, "  \n", 0)), List.of());
        assertTrue(new DirectiveExtractor().extract(blank).isEmpty());
    }

    @Test
    void aLetterWhoseNumberTheOcrLostDoesNotTakeTheNumberOfAQuote() {
        String text = String.join("\n", "NUN ๐๘๑๐.๕/ว ๑๐๕๕", "กรมส่งเสริมการปกครองท้องถิ่น", "", "๕ สิงหาคม ๒๕๖๗", "",
                "เรื่อง การปรับปรุงข้อมูล", "", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "",
                "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น", "ที่ มท ๐๘๑๐.๒/ว ๑๒๐ ลงวันที่ ๑ เมษายน ๒๕๖๗");
        ScanText scan = new ScanText("lost.txt", "cd".repeat(32), Instant.parse("2024-08-20T03:00:00Z"),
                List.of(new PageText(1, text, 0.6)), List.of());
        DirectiveRecord r = new DirectiveExtractor().extract(scan).get(0);
        assertNull(r.refNo());
        assertTrue(r.review().contains("no reference number (ที่) found"), r.review().toString());
        assertEquals(1, r.references().size());
    }

    @Test
    void aSecrecyMarkReadOnlyAtTheFootOfAPage() {
        // ลับ is printed at the top and the foot of every page; OCR lost the top one and read the foot one as ลบ
        String page1 = String.join("\n", "ดวน", "ที่ มท ๐๘๑๐.๘/ว ๙๓๙๒ กรมส่งเสริมการปกครองท้องถิ่น", "", "๘ สิงหาคม ๒๕๖๗", "",
                "เรื่อง การเตรียมความพร้อม", "", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "", "ด้วยกรมส่งเสริมการปกครองท้องถิ่น",
                "", "ลบ");
        String page2 = String.join("\n", "- ๒ -", "", "ขอแสดงความนับถือ", "", "(นายสมชาย ใจดี)", "อธิบดี", "", "ลับ");
        ScanText scan = new ScanText("s.pdf", "12".repeat(32), Instant.parse("2024-10-25T03:00:00Z"),
                List.of(new PageText(1, page1, 0.9), new PageText(2, page2, 0.9)), List.of());
        DirectiveRecord record = new DirectiveExtractor().extract(scan).get(0);
        assertEquals(Secrecy.CONFIDENTIAL, record.secrecy());
        // a letter with no mark at either end has none
        ScanText plain = new ScanText("p.pdf", "34".repeat(32), Instant.parse("2024-10-25T03:00:00Z"),
                List.of(new PageText(1, page1.replace("\nลบ", "\nโทร. ๐ ๒๒๔๑ ๙๐๐๐"), 0.9)), List.of());
        assertNull(new DirectiveExtractor().extract(plain).get(0).secrecy());
    }
}
