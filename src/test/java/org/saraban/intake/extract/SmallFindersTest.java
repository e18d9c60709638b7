package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.directive.Urgency;

/** Links, marks, letter types, the letter's date and quotes: finders of one short rule each. */
class SmallFindersTest {
    @Test
    void links() {
        assertEquals(List.of("https://shorturl.asia/38nc4", "https://bit.ly/3dH1XkZ", "www.dla.go.th"),
                new LinkFinder().find(LetterText.of("<https://shorturl.asia/38nc4>\nดู https://bit.ly/3dH1XkZ และ www.dla.go.th.\nhttps://bit.ly/3dH1XkZ")));
    }

    @Test
    void everyUrgencyAndSecrecyMark() {
        MarkFinder marks = new MarkFinder();
        assertEquals(Urgency.MOST_URGENT, marks.urgency("\n\nด่วนที่สุด\nที่ มท ๑").orElseThrow());
        assertEquals(Urgency.VERY_URGENT, marks.urgency("ด่วนมาก\nที่ มท ๑").orElseThrow());
        assertEquals(Urgency.URGENT, marks.urgency("ด่วน\nที่ มท ๑").orElseThrow());
        assertEquals(Secrecy.TOP_SECRET, marks.secrecy("ลับที่สุด\nที่ มท ๑").orElseThrow());
        assertEquals(Secrecy.SECRET, marks.secrecy("ลับมาก").orElseThrow());
        assertEquals(Secrecy.CONFIDENTIAL, marks.secrecy("ลับ").orElseThrow());
        // spaced or without its tone mark, as OCR leaves it
        assertEquals(Urgency.MOST_URGENT, marks.urgency("ด่วน ทีสุด\nที่ มท ๑").orElseThrow());
        // with its vowel lost too, alone or before a stamp's words
        assertEquals(Urgency.MOST_URGENT, marks.urgency("ดวนทสุด\nที่ มท ๑").orElseThrow());
        assertEquals(Urgency.MOST_URGENT, marks.urgency("ดวนทสุด วันที่ 7 ม.ค. 68\nที่ พล ๑").orElseThrow());
        // inside a sentence (a reference to an urgent letter) it is not this letter's mark
        assertTrue(marks.urgency("อ้างถึง หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๘๐๘.๒/ว ๕๙๑๑").isEmpty());
        // a received stamp printed beside the mark, read onto the same line
        assertEquals(Urgency.URGENT, marks.urgency("ดวน เลขรับ 4133\nที่ ชม ๑").orElseThrow());
        assertEquals(Urgency.VERY_URGENT, marks.urgency("ดวนมา ก ส งค์การบริหารส่วนจังหวัด\nที่ พล ๑").orElseThrow());
        // but a word that merely begins with one is not a mark: อำเภอลับแล is a district
        assertTrue(marks.secrecy("ลับแล อุตรดิตถ์\nที่ อต ๑").isEmpty());
        // a large mark read as two lines, ที่ lost between them
        assertEquals(Urgency.MOST_URGENT, marks.urgency("๕\n\nด่วน\n\nสุด\n\nที่ ขก ๐๐๒๓.๖/ว ๑๒๑๗").orElseThrow());
        assertEquals(Secrecy.SECRET, marks.secrecy("ลับ\nมาก\nที่ ขก ๑").orElseThrow());
        assertEquals(Urgency.URGENT, marks.urgency("ด่วน\nที่ ขก ๐๐๒๓.๖/ว ๑๒๑๗").orElseThrow());
        // spaced apart on one line, or with a speck read as a line between
        assertEquals(Urgency.MOST_URGENT, marks.urgency("ลับมาก\nร\nด่วน   สุด\nที่ อบ ๐๐๒๓.๑/ว ๒๓๗๑").orElseThrow());
        assertEquals(Urgency.MOST_URGENT, marks.urgency("ร\nด่วน\nพ\nสุด\nที่ว่าการอำเภอเมืองสุรินทร์").orElseThrow());
        assertEquals(Urgency.URGENT, marks.urgency("ด่วน เลขรับ 4133\nที่ ชม ๑").orElseThrow());
        // its end read first, on the row of a received stamp beside it
        assertEquals(Urgency.MOST_URGENT, marks.urgency(
                "องค์การบริหารส่วนจังหวัดศรีสะเกษ\nเลขรับ 17292\nสุด          วันที่    ๑๒ ก.พ. ๖๗/\n๘0.\nด่วน\nเวลา ๑๓.๓๕ น.\nที่ ศก ๑")
                .orElseThrow());
        assertEquals(Urgency.MOST_URGENT, marks.urgency("สด          เลขรับ 21826\nวันที่ ๑๙ มี\nด่วน\nที่ ยล ๑").orElseThrow());
        // an end alone on its line is the mark's above it, not a secrecy mark's further up
        String both = "ลับ\nร\nด่วน\nสุด\nที่ นศ ๐๐๒๓.๒/ว ๙๗๕๙";
        assertEquals(Secrecy.CONFIDENTIAL, marks.secrecy(both).orElseThrow());
        assertEquals(Urgency.MOST_URGENT, marks.urgency(both).orElseThrow());
    }

    @Test
    void everyLetterType() {
        LetterTypeFinder types = new LetterTypeFinder();
        assertEquals(LetterType.EXTERNAL, types.find(LetterText.of("ที่ มท ๑/๒\nเรียน ท่าน\nขอแสดงความนับถือ")).value());
        assertEquals(LetterType.MEMO, types.find(LetterText.of("บันทึกข้อความ\nส่วนราชการ กอง\nที่ มท ๑/๒ วันที่ ๑ ม.ค. ๖๘\nเรื่อง ก\nเรียน อธิบดี")).value());
        // its heading words with their marks lost, as OCR reads them
        assertEquals(LetterType.MEMO, types.find(LetterText.of("บนทกขอความ\nสวนราชการ กอง\nที่ มท ๑/๒ วันที่ ๑ ม.ค. ๖๘\nเรื่อง ก\nเรียน อธิบดี")).value());
        assertEquals(LetterType.STAMPED, types.find(LetterText.of("ที่ ตก ๐๐๒๓.๓/ว ๐๗๐๗\nถึง อำเภอทุกอำเภอ\nสำนักงาน")).value());
        assertEquals(LetterType.ORDER, types.find(LetterText.of("คำสั่งจังหวัดกระบี่\nที่ ๑/๒๕๖๘\nเรื่อง แต่งตั้ง")).value());
        assertEquals(LetterType.ORDER, types.find(LetterText.of("ระเบียบกระทรวงมหาดไทย\nว่าด้วย")).value());
        assertEquals(LetterType.ANNOUNCEMENT, types.find(LetterText.of("ประกาศจังหวัดกระบี่\nเรื่อง รับสมัคร")).value());
        Found<LetterType> unknown = types.find(LetterText.of("ข้อความ"));
        assertEquals(LetterType.UNKNOWN, unknown.value());
        assertEquals(1, unknown.review().size());
    }

    @Test
    void aMemoWhoseHeadingWordsOcrLostByItsNumberAndDateOnOneLine() {
        LetterTypeFinder types = new LetterTypeFinder();
        assertEquals(LetterType.MEMO, types.find(LetterText.of(
                "กลุ่มงานกฎหมาย ระเบียบ และเรื่องร้องทุกข์ โทร. ๐\nท พล ๐๐๒๓.๖/๙๓        วนท ๑๓ ตุลาคม ๒๕๖๗\n"
                        + "เร่อง การบันทึกข้อมูลชุมชน\nเรียน ผู้ว่าราชการจังหวัดพิษณุโลก")).value());
        // a received stamp's date beside an external letter's number is written short: not a memo
        assertEquals(LetterType.EXTERNAL, types.find(LetterText.of(
                "ที่ ชม ๐๐๒๓.๓/ว ๖๘๖๑   วันที่ ๕ เม.ย. ๖๘\nเรื่อง การเตรียมความพร้อม\nเรียน นายอำเภอ\nขอแสดงความนับถือ")).value());
    }

    @Test
    void theLettersOwnDate() {
        LetterDateFinder dates = new LetterDateFinder();
        LocalDate scanned = LocalDate.of(2025, 11, 1);
        assertEquals(LocalDate.of(2025, 10, 26),
                dates.find(LetterText.of("ที่ มท ๑/๒\nกรม\n\n๒๖ ตุลาคม ๒๕๖๘\n\nเรื่อง ก\nลงวันที่ ๑ ตุลาคม ๒๕๖๘"), scanned).value().date());
        assertEquals(LocalDate.of(2025, 1, 1), dates.find(LetterText.of("บันทึกข้อความ\nวันที่ ๑ ม.ค. ๖๘\nเรื่อง ก"), scanned).value().date());
        // ๒๕๖๗ read as ๒๕๒๐ by stock OCR: flagged
        Found<ThaiDate> misread = dates.find(LetterText.of("๓๑ ตุลาคม ๒๕๒๐"), scanned);
        assertTrue(misread.review().get(0).contains("year may be misread"));
        // a memo's number and date on one line
        assertEquals(LocalDate.of(2025, 1, 1), dates.find(LetterText.of("ที่ มท ๐๘๑๐/๑ วันที่ ๑ ม.ค. ๖๘"), scanned).value().date());
        // a stamp's short date above the number, its วันที่ lost, is not the letter's
        assertEquals(LocalDate.of(2024, 3, 28), dates.find(LetterText.of(
                "เลขรับ 2525\n   ๓๑ มี.ค. ๖๗\n\nที่ มท ๐๘๑๐.๑/ว ๑๙๘๒          กรมส่สธิกา\n\n๒๘ มีนาคม ๒๕๖๗\n\nเรื่อง ก"), scanned).value().date());
        // a memo's number line whose month OCR misread (ส่งหาคม), or with a speck before the day
        Found<ThaiDate> memo = dates.find(LetterText.of("ท  นว ๐๐๒๓.๒/๗๖๓        วนท ๕ ส่งหาคม ๒๕๖๗\nเรื่อง ก"), scanned);
        assertEquals(LocalDate.of(2024, 8, 5), memo.value().date());
        assertEquals(Found.REPAIRED, memo.confidence());
        assertEquals(LocalDate.of(2024, 10, 28),
                dates.find(LetterText.of("ท ชร 0023.6/134      วันที .28 ตุลาคม 2567\nเรื่อง ก"), scanned).value().date());
        // a speck read as a dot between the day and the month
        assertEquals(LocalDate.of(2025, 2, 2),
                dates.find(LetterText.of("ท  อบ ๐๐๒๓. ๑/ee       วันที่  ๒ .กุมภาพันธ์ ๒๕๖๘\nเรื่อง ก"), scanned).value().date());
        // ... also when the OCR lost ที่'s vowel and garbled the number; text after the date is left
        assertEquals(LocalDate.of(2024, 8, 8),
                dates.find(LetterText.of("บันทึกข้อความ\nท  อด sos๒g๓i ๑/๑๙๒   วันที่  ๘ สิงหาคม ๒๕๖๗ ฆ้ญ\nเรียน ผู้ว่าราชการจังหวัด"),
                        LocalDate.of(2024, 9, 1)).value().date());
        // but a line that merely starts with ท is not a number line
        assertTrue(dates.find(LetterText.of("ทั้งนี้ ภายในวันที่ ๘ สิงหาคม ๒๕๖๗\nเรื่อง ก"), scanned).value() == null);
        // digits the OCR could not read: flagged, not guessed
        Found<ThaiDate> unreadable = dates.find(LetterText.of("ที่ มท ๑/๒\n๒ฒ ตุลาคม ๒๕ค๘\nเรื่อง ก"), scanned);
        assertTrue(unreadable.value() == null);
        assertEquals(List.of("letter date unreadable: ๒ฒ ตุลาคม ๒๕ค๘"), unreadable.review());
        // after เรื่อง, dates belong to the body
        assertTrue(dates.find(LetterText.of("เรื่อง ก\n๒๖ ตุลาคม ๒๕๖๘"), scanned).value() == null);
    }

    @Test
    void aStampedLetterIsDatedAtItsFoot() {
        LetterDateFinder dates = new LetterDateFinder();
        LocalDate scanned = LocalDate.of(2024, 5, 1);
        // หนังสือประทับตรา: ที่, ถึง, body, the office's name, then the date
        String stamped = String.join("\n", "ที่ กบ ๐๐๒๓.๔/ว ๓๖๗๙", "ศาลากลางจังหวัดกระบี่", "", "เรื่อง การรายงานข้อมูล", "",
                "ถึง อำเภอทุกอำเภอ", "", "ทั้งนี้ ขอให้รายงานข้อมูลให้แล้วเสร็จ", "ภายในวันพุธที่ ๕ มิถุนายน ๒๕๖๗", "",
                "จึงเรียนมาเพื่อทราบและพิจารณาดำเนินการต่อไป", "", "จังหวัดกระบี่", "", "๒๕ เมษายน ๒๕๖๗", "",
                "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด");
        assertEquals(LocalDate.of(2024, 4, 25), dates.find(LetterText.of(stamped), scanned).value().date());
        // a deadline whose date OCR set apart by a blank line is not the letter's date
        String wrapped = String.join("\n", "เรื่อง ก", "", "ถึง อำเภอ", "", "ขอให้รายงานผลภายในวันที่", "", "๒๘ มกราคม ๒๕๖๘", "",
                "จังหวัดเชียงใหม่");
        assertTrue(dates.find(LetterText.of(wrapped), scanned).value() == null);
        // a received stamp at the foot of the page writes its month short: not the letter's date
        String stampAtFoot = String.join("\n", "ที่ ชม ๐๐๒๓.๓/ว ๖๘๖๑", "เรื่อง ก", "ถึง อำเภอทุกอำเภอ", "",
                "จึงเรียนมาเพื่อทราบ", "", "กลุ่มงานกฎหมาย ระเบียบ และเรื่องร้องทุกข์", "", "๕ เม.ย. ๖๘", "");
        assertTrue(dates.find(LetterText.of(stampAtFoot), scanned).value() == null);
        // an enclosure's date whose day OCR split (ลงวันที่ ๒ ๑ ...) is the body's; the foot's is the letter's
        String split = String.join("\n", "ที่ สข ๐๐๒๓.๒/ว ๓๒๔๗", "เรื่อง ก", "ถึง อำเภอทุกอำเภอ", "",
                "สิ่งที่ส่งมาด้วย  สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท",
                "๐๘๑๐.๑/ว ๘๔๗๑ ลงวันที่ ๒ ๑ กุมภาพันธ์ ๒๕๖๗", "", "จึงเรียนมาเพื่อทราบ", "", "๒๙ กุมภาพันธ์ ๒๕๖๗", "");
        assertEquals(LocalDate.of(2024, 2, 29), dates.find(LetterText.of(split), scanned).value().date());
    }

    @Test
    void aStampedLettersFootDateThatTheSealRingCrossed() {
        LetterDateFinder dates = new LetterDateFinder();
        LocalDate scanned = LocalDate.of(2024, 12, 20);
        String head = String.join("\n", "ที่ ชบ ๐๐๒๓.๓/ว ๕๐๑๑", "ศาลากลางจังหวัดชลบุรี", "", "เรื่อง ก", "", "ถึง อำเภอทุกอำเภอ", "",
                "จึงเรียนมาเพื่อทราบและพิจารณาดำเนินการต่อไป", "");
        // one letter of the month misread where the ring crossed it (ว as ร), after a routing note on the same row
        Found<ThaiDate> routed = dates.find(LetterText.of(head + "\n- ดำเนินการต่อไป      ๑๗ ธันราคม ๒๕๖๗"), scanned);
        assertEquals(LocalDate.of(2024, 12, 17), routed.value().date());
        assertEquals(List.of("letter date read as ๑๗ ธันราคม ๒๕๖๗: month or year repaired"), routed.review());
        // a speck read after the month
        assertEquals(LocalDate.of(2025, 3, 9), dates.find(LetterText.of(head + "\n9 มีนาคร1 2568"), LocalDate.of(2025, 4, 1)).value().date());
        // marks set aside, one letter off: มิ่นเคม is มีนาคม
        assertEquals(LocalDate.of(2024, 3, 11), dates.find(LetterText.of(head + "\n๑๑ มิ่นเคม ๒๕๖๗"), scanned).value().date());
        // a correct date beside a routing note is taken as it is, not flagged
        Found<ThaiDate> plain = dates.find(LetterText.of(head + "\n- เพื่อโปรดพิจารณา       ๗ ธันวาคม ๒๕๖๗"), scanned);
        assertEquals(LocalDate.of(2024, 12, 7), plain.value().date());
        assertEquals(List.of(), plain.review());
        // a year that cannot be (9567): the received stamp's year when one digit away, else nothing
        String badYear = head + "\n8 ธันราคม 9567";
        assertEquals(LocalDate.of(2024, 12, 8), dates.find(LetterText.of(badYear), scanned, LocalDate.of(2024, 12, 12)).value().date());
        assertTrue(dates.find(LetterText.of(badYear), scanned, null).value() == null);
        // two months one letter away from what was read: neither is guessed
        assertEquals(0, ThaiDate.monthBySkeleton("มนาคม".replace("น", "ล")));
        // a date a sentence leads into is the body's, not the letter's
        assertTrue(dates.find(LetterText.of(head + "\nซึ่งได้ส่งข้อมูลแล้วเมื่อ ๑๗ ธันราคม ๒๕๖๗"), scanned).value() == null);
        // also when OCR lost the lead's marks (ลงวนท for ลงวันที่), as in an enclosure's line
        assertTrue(dates.find(LetterText.of(head + "\n๐๘๑๐.๒/ว ๔๑๓๙ ลงวนท ๒๓ เมษายน ๒๕๖๘"), scanned).value() == null);
        // two letters off where four or more were read: the one month that near, flagged (a stamp over
        // the word: มีนตม for มีนาคม, พฤษคม for พฤษภาคม)
        Found<ThaiDate> twoOff = dates.find(LetterText.of(head + "\n๑ มีนตม ๒๕๖๘"), LocalDate.of(2025, 3, 20));
        assertEquals(LocalDate.of(2025, 3, 1), twoOff.value().date());
        assertEquals(List.of("letter date read as ๑ มีนตม ๒๕๖๘: month or year repaired"), twoOff.review());
        assertEquals(5, ThaiDate.monthAsReadTwoOff("พฤษคม"));
        assertEquals(12, ThaiDate.monthAsReadTwoOff("ธนรเคม"));
        // but a word three letters from every month is no month, nor are three letters two off
        assertTrue(dates.find(LetterText.of(head + "\n๑๗ ธนรเคท ๒๕๖๗"), scanned).value() == null);
        assertEquals(0, ThaiDate.monthAsReadTwoOff("ตคม"));
    }

    @Test
    void aMemoWhoseHeadOcrLostHasNoDateFromItsBody() {
        // บันทึกข้อความ with its ที่/วันที่ line and เรื่อง garbled: the head ends at เรียน, and a
        // deadline's date wrapped after ก่อนวันที่ ("before the date") is not taken for the letter's.
        LetterDateFinder dates = new LetterDateFinder();
        String memo = String.join("\n", "บันทึกข้อความ", "ส่วนราชการ Lลล ล", "๑weeesszoAessg/ASxo", "เรียน .rsarirrsTk",
                "ด้วยสำนักงานขอให้บันทึกข้อมูล", "ทั้งนี้ ขอให้บันทึกข้อมูลให้แล้วเสร็จก่อนวันที่", "16 กรกฎาคม 2567",
                "จึงเรียนมาเพื่อโปรดพิจารณา");
        assertTrue(dates.find(LetterText.of(memo), LocalDate.of(2024, 7, 1)).value() == null);
        // the same sentence with no head word left at all
        String headless = String.join("\n", "ส่วนราชการ Lลล ล", "ขอให้บันทึกข้อมูลให้แล้วเสร็จก่อนวันที่", "16 กรกฎาคม 2567");
        assertTrue(dates.find(LetterText.of(headless), LocalDate.of(2024, 7, 1)).value() == null);
    }

    @Test
    void quotesWithDateAndSubject() {
        List<QuoteFinder.Quote> quotes = new QuoteFinder().find(
                "ตามหนังสือกรม ด่วนที่สุด ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕ ลงวันที่ ๒๑ ตุลาคม ๒๕๖๘ เรื่อง การบันทึกข้อมูล\nที่ มท ๐๘๑๐/๑ ไม่มีวันที่");
        assertEquals(1, quotes.size());
        assertEquals("มท 0810.7/ว 5955", quotes.get(0).refNo().text());
        assertEquals(LocalDate.of(2025, 10, 21), quotes.get(0).date().date());
        assertEquals("การบันทึกข้อมูล", quotes.get(0).subject());
    }

    @Test
    void normalizedText() {
        LetterText t = LetterText.of("  นํา  “ข้อมูล”\u00A0 เเละ \n\n second");
        assertEquals(List.of("นำ \"ข้อมูล\" และ", "", "second"), t.lines());
        assertEquals("นำ \"ข้อมูล\" และ\nsecond", t.paragraphs());
        // stray spaces: before a vowel sign or tone mark, after a leading vowel, inside a heading word
        assertEquals("ผู้ว่าราชการ", LetterText.normalizeLine("ผู ้ว่าราชการ"));
        assertEquals("เรียน ท่าน", LetterText.normalizeLine("เ รียน ท่าน"));
        assertEquals("เรื่อง การบันทึก", LetterText.normalizeLine("เรื่ อง การบันทึก"));
        assertEquals("- อ้างถึง หนังสือ", LetterText.normalizeLine("- อ้าง ถึง หนังสือ"));
        assertEquals("สิ่งที่ส่งมาด้วย คู่มือ", LetterText.normalizeLine("สิ่ง ที่ส่ง มาด้วย คู่มือ"));
        // ที่ and วันที่ with the tone mark dropped, before a number and a day
        assertEquals("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", LetterText.normalizeLine("ที มท ๐๘๑๐.๗/ว ๕๙๕๕"));
        assertEquals("ลงวันที่ ๒๕ ตุลาคม", LetterText.normalizeLine("ลงวันที ๒๕ ตุลาคม"));
        assertEquals("ทีมงาน", LetterText.normalizeLine("ทีมงาน"));
        // …and after a weekday, where a deadline wraps: ภายในวัน / จันทร์ที ๑๖ มิถุนายน ๒๕๖๘
        assertEquals("จันทร์ที่ ๑๖ มิถุนายน ๒๕๖๘", LetterText.normalizeLine("จันทร์ที ๑๖ มิถุนายน ๒๕๖๘"));
        assertEquals("ภายในวันศุกร์ที่ 5 กันยายน", LetterText.normalizeLine("ภายในวันศุกร์ที 5 กันยายน"));
        assertEquals("ขอให้บันทึกข้อมูลเป็นประจำ ภายในวันที่", LetterText.normalizeLine("ขอให้บันทึกข้อมูลเป็นประจำ ภายในวันที"));
        // ที่ read as Latin letters by the OCR, before a whole letter number; not before other text
        assertEquals("ที่ มท 0810.9/ว 6517 กรมส่งเสริม", LetterText.normalizeLine("nN มท 0810.9/ว 6517 กรมส่งเสริม"));
        assertEquals("ที่ มท ๐๘๑๐.๕/ว ๒๕๓", LetterText.normalizeLine("NUN มท ๐๘๑๐.๕/ว ๒๕๓"));
        assertEquals("INFO ด้าน ๖", LetterText.normalizeLine("INFO ด้าน ๖"));
        assertEquals("aA มท 97", LetterText.normalizeLine("aA มท 97"));
    }

    @Test
    void aDateLineWithSpecksAroundIt() {
        LetterDateFinder dates = new LetterDateFinder();
        LocalDate scanned = LocalDate.of(2025, 7, 1);
        // dots from dust on both sides, a Latin letter read after the year
        assertEquals(LocalDate.of(2025, 6, 16),
                dates.find(LetterText.of("ที่ มท ๐๘๑๐.๙/ว ๔๘๐๔\n.๑๖ มิถุนายน ๒๕๖๘ .\nเรื่อง ก"), scanned).value().date());
        assertEquals(LocalDate.of(2024, 8, 8),
                dates.find(LetterText.of("ที่ มท ๐๘๑๐.๘/ว ๙๓๙๒\n๘ สิงหาคม๒๕๖๗d\nเรื่อง ก"), scanned).value().date());
        // a consonant alone, no vowel or mark, read from a speck before it
        assertEquals(LocalDate.of(2024, 11, 7),
                dates.find(LetterText.of("ที่ ชม ๐๐๒๓.๖/ว ๓๔๒๗\n.    ๕๐๓๐๐    น\n\nน            ๗ พฤศจิกายน ๒๕๖๗\nเรื่อง ก"), scanned).value().date());
        // a received stamp's hand-written date ends with a slash: not the letter's
        assertTrue(dates.find(LetterText.of("เลขรับ ๑๕๘๐๔\nวันที่ ๒ ต.ค. ๖๗/\nเรื่อง ก"), scanned).value() == null);
    }

    @Test
    void aMemoLineWhoseวันที่LostItsVowels() {
        // ท  นม ๐๐๒๓.๑/๙๘  วนท ๑๑ กุมภาพันธ์ ๒๕๖๗: ที่ and วันที่ both lost their vowels
        assertEquals(LocalDate.of(2024, 2, 11), new LetterDateFinder().find(
                LetterText.of("บันทึกข้อความ\nท  นม ๐๐๒๓.๑/๙๘        วนท ๑๑ กุมภาพันธ์ ๒๕๖๗\nเรื่อง ก"),
                LocalDate.of(2024, 3, 1)).value().date());
    }

    @Test
    void aDateLineWhoseYearTheStampRanIntoTakesTheYearOfReceipt() {
        LetterDateFinder dates = new LetterDateFinder();
        LetterText head = LetterText.of("ที่ นน 0023.6/ว 795\nศาลากลางจังหวัดน่าน\n16 มิถุนายพZS3cร\nเรื่อง ก");
        Found<ThaiDate> dated = dates.find(head, null, LocalDate.of(2024, 6, 20));
        assertEquals(LocalDate.of(2024, 6, 16), dated.value().date());
        assertTrue(dated.review().get(0).contains("year unreadable, taken as that of the received stamp (2024-06-20)"));
        // a December letter received in January was written the year before
        assertEquals(LocalDate.of(2024, 12, 21), dates.find(LetterText.of("๒๑ ธันว ๕sรgซ\nเรื่อง ก"), null,
                LocalDate.of(2025, 1, 6)).value().date());
        // with no received stamp to tell the year: flagged, not guessed
        Found<ThaiDate> unstamped = dates.find(head, null, null);
        assertTrue(unstamped.value() == null);
        assertEquals(List.of("letter date without a readable year: 16 มิถุนายพZS3cร"), unstamped.review());
        // too little of the month left to tell which (มี… is มีนาคม, but ม… is three months)
        assertTrue(dates.find(LetterText.of("16 มxyz\nเรื่อง ก"), null, LocalDate.of(2024, 6, 20)).value() == null);
    }

    @Test
    void withoutAStampTheYearLostIsBoundedByTheLettersCitedAndTheDeadlines() {
        LetterDateFinder dates = new LetterDateFinder();
        LetterText head = LetterText.of("ที่ นน 0023.6/ว 795\nศาลากลางจังหวัดน่าน\n16 มิถุนายพ5g7\nเรื่อง ก");
        // a cover letter sent on a letter of 10 June 2024 is not older than it
        Found<ThaiDate> afterCited = dates.find(head, null, null, new LetterDateFinder.Bounds(LocalDate.of(2024, 6, 10), null));
        assertEquals(LocalDate.of(2024, 6, 16), afterCited.value().date());
        assertEquals(Found.DOUBTFUL, afterCited.confidence());
        assertTrue(afterCited.review().get(0).contains("taken as the first after the latest letter it cites (2024-06-10)"),
                afterCited.review().toString());
        // a letter is not younger than its own deadline: the last 16 June before 5 May 2025
        assertEquals(LocalDate.of(2024, 6, 16), dates.find(head, null, null,
                new LetterDateFinder.Bounds(LocalDate.of(2023, 8, 13), LocalDate.of(2025, 5, 5))).value().date());
        // bounds that no 16 June fits: flagged, not guessed
        Found<ThaiDate> none = dates.find(head, null, null,
                new LetterDateFinder.Bounds(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 7, 1)));
        assertTrue(none.value() == null);
        assertEquals(List.of("letter date without a readable year: 16 มิถุนายพ5g7"), none.review());
    }

    @Test
    void theReceivedStampsDateAboveTheNumberIsNotTheLetters() {
        LetterDateFinder dates = new LetterDateFinder();
        // the stamp's number line garbled, so no stamp block: its date line still sits above ที่
        LetterText head = LetterText.of("ดวนทีสุด  บu- swx\nวันที่   ๑ ต.ค. ๖๗\nที่ นว ๐๐๒๓.๑/ว ๕๓๓๙  ศาลากลางจังหวัดนครสวรรค์\n"
                + "ถนนสวรรค์วิถี\n\n๒๙ กันยายน ๒๕๖๗\n\nเรื่อง ก");
        assertEquals(LocalDate.of(2024, 9, 29), dates.find(head, null).value().date());
        // a memo's date on a line of its own, with no number line above it, is still the memo's
        assertEquals(LocalDate.of(2025, 1, 1), dates.find(LetterText.of("บันทึกข้อความ\nวันที่ ๑ ม.ค. ๖๘\nเรื่อง ก"), null)
                .value().date());
    }

    @Test
    void aDateWhoseMonthOcrMisreadIsTakenFlaggedAtTheHeadOrUnderTheOfficesName() {
        LetterDateFinder dates = new LetterDateFinder();
        // at the head, alone on its line, the month a letter off and a speck in it
        Found<ThaiDate> head = dates.find(LetterText.of("ที่ นว ๐๐๒๓.๓/ว ๗๗๐๘\nถนนสวรรค์วิถี\n\n๑ พฤษ/ทาคม ๒๕๖๘\n\nเรื่อง ก"), null);
        assertEquals(LocalDate.of(2025, 5, 1), head.value().date());
        assertEquals(Found.REPAIRED, head.confidence());
        // a stamped letter's foot date straight under the office's name, no blank line between
        Found<ThaiDate> foot = dates.find(LetterText.of("ที่ อบ ๐๐๒๓.๕/ว ๘๔๖๘\nถึง อำเภอทุกอำเภอ\n\nจึงเรียนมาเพื่อทราบ\n\n"
                + "จังหวัดอุบลราชธานี\n๑๙ พฤษภาพม ๒๕๖๗\n\nสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด"), null);
        assertEquals(LocalDate.of(2024, 5, 19), foot.value().date());
        // but not a date a sentence on the line before leads into
        assertTrue(dates.find(LetterText.of("ที่ อบ ๑/๒\nถึง อำเภอ\n\nให้แล้วเสร็จภายใน\n๑๙ พฤษภาพม ๒๕๖๗"), null).value() == null);
    }
}
