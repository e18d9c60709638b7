package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterSplitterTest {
    private final LetterSplitter splitter = new LetterSplitter();

    private static final String COVER = String.join("\n",
            "ด่วนที่สุด", "", "ที่ กบ ๐๐๒๓.๓/ว ๑๒๓๔", "ศาลากลางจังหวัดกระบี่", "", "เรื่อง ทดสอบ", "เรียน นายอำเภอ ทุกอำเภอ",
            "สิ่งที่ส่งมาด้วย สำเนาหนังสือกรม", "ที่ มท ๐๘๑๐.๘/ว ๕๕๖๗", "", "ขอแสดงความนับถือ", "", "โทร. ๐ ๗๕๖๑ ๑๘๘๙", "");
    private static final String STAMP = String.join("\n", "ศาลากลางจังหวัดกระบี่", " เลขรับ 14350", " วันที่ ๒๕ ตุลาคม ๒๕๖๗", " เวลา ๑๐:๓๐ น.", "");
    private static final String ENCLOSED = String.join("\n",
            "ด่วนมาก", "ที่ มท ๐๘๑๐.๘/ว ๕๕๖๗", "กรมส่งเสริมการปกครองท้องถิ่น", "๒๕ ตุลาคม ๒๕๖๗", "เรื่อง ทดสอบ", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด");

    @Test
    void stampAndMarkAboveANumberGoWithTheLetterBelow() {
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER + "\n" + STAMP + "\n" + ENCLOSED, 1)));
        assertEquals(2, letters.size());
        assertTrue(letters.get(0).text().startsWith("ด่วนที่สุด"));
        assertTrue(letters.get(0).text().endsWith("โทร. ๐ ๗๕๖๑ ๑๘๘๙"));
        assertTrue(letters.get(1).text().startsWith("ศาลากลางจังหวัดกระบี่"), letters.get(1).text());
        assertEquals(1, letters.get(1).stampBlocks().size());
        assertEquals("14350", letters.get(1).stampBlocks().get(0).stamp().number());
        // the stamp's lines are blank in the body the other finders read; the mark is kept
        LetterText body = letters.get(1).body();
        assertTrue(body.text().strip().startsWith("ด่วนมาก"), body.text());
    }

    @Test
    void aPageWithItsOwnSubjectAndSalutationAfterASignedLetterStartsOneWhoseNumberOcrLost() {
        // the enclosed letter's number line, under a received stamp, read as IMo๘๑o.๕J …
        String enclosed = String.join("\n", "ด่วนที่สุด", "ศาลากลางจังหวัดนครสวรรค", "ท     รบี aoT    บ",
                "IMo๘๑o.๕J ๗๘๕๓๒๐        กรมสิงสริมการปกครองท้องถิ", "๒๑ กันยายน ๒๕๖๗",
                "เรื่อง การสำรวจข้อมูลแหล่งน้ำ", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "", "ตามที่ กรม");
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER, 1), new PageText(2, enclosed, 1)));
        assertEquals(2, letters.size());
        assertEquals(List.of(2), letters.get(1).pages());
        assertTrue(letters.get(1).text().startsWith("ด่วนที่สุด"), letters.get(1).text());
        // a letter's second page goes on with it, and so does a page after a letter that has not ended
        String unsigned = COVER.replace("ขอแสดงความนับถือ", "").replace("โทร. ๐ ๗๕๖๑ ๑๘๘๙", "");
        assertEquals(1, splitter.split(List.of(new PageText(1, unsigned, 1), new PageText(2, enclosed, 1))).size());
        assertEquals(1, splitter.split(List.of(new PageText(1, COVER, 1), new PageText(2, "- ๒ -\nตามที่ กรม\nจึงเรียนมา", 1))).size());
    }

    @Test
    void aNumberQuotedInAnEnclosureBlockDoesNotStartALetter() {
        // "ที่ มท ๐๘๑๐.๘/ว ๕๕๖๗" on its own line under สิ่งที่ส่งมาด้วย belongs to the cover letter.
        assertEquals(1, splitter.split(List.of(new PageText(1, COVER, 1))).size());
    }

    @Test
    void pagesFollowTheLetters() {
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER, 1), new PageText(2, STAMP + ENCLOSED, 1),
                new PageText(3, "QR Code คู่มือ\nhttps://bit.ly/x", 1)));
        assertEquals(List.of(1), letters.get(0).pages());
        assertEquals(List.of(2, 3), letters.get(1).pages());
    }

    @Test
    void aStampAtTheTopOfAPageTakesNoOfficeLineFromThePageBefore() {
        // a hand-written date at the foot of the cover's page, then the enclosed letter's stamp
        List<LetterSplitter.Letter> letters = splitter.split(List.of(
                new PageText(1, COVER + "\n/ /i\n\n12 มิ.ย. 67\n\n", 1), new PageText(2, STAMP + ENCLOSED, 1)));
        assertEquals(List.of(1), letters.get(0).pages());
        assertEquals(List.of(2), letters.get(1).pages());
        assertEquals("ศาลากลางจังหวัดกระบี่", letters.get(1).stampBlocks().get(0).stamp().office());
    }

    @Test
    void aMarkAtTheFootOfThePageBeforeStaysWithThatPagesLetter() {
        // A secret cover letter repeats ลับมาก ("secret") at the foot of its page; the enclosed
        // letter on the next page starts under its own mark.
        List<LetterSplitter.Letter> letters = splitter.split(List.of(
                new PageText(1, COVER + "\nลับมาก\n", 1), new PageText(2, "ลับมาก\n\n" + ENCLOSED, 1)));
        assertEquals(List.of(1), letters.get(0).pages());
        assertTrue(letters.get(0).text().endsWith("ลับมาก"), letters.get(0).text());
        assertEquals(List.of(2), letters.get(1).pages());
        assertTrue(letters.get(1).text().startsWith("ลับมาก"), letters.get(1).text());
    }

    @Test
    void aMarkReadOnOneLineWithTheStampsOfficeGoesWithTheLetterBelow() {
        // OCR joins ด่วน ("urgent") and the stamp's office printed beside it into one line.
        String page2 = String.join("\n", "ด่วน                 ศาลากลางจังหวัดกระบี่", "เลขรับ 1545", "") + ENCLOSED;
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER, 1), new PageText(2, page2, 1)));
        assertEquals(List.of(1), letters.get(0).pages());
        assertEquals(List.of(2), letters.get(1).pages());
        assertTrue(letters.get(1).text().startsWith("ด่วน "), letters.get(1).text());
    }

    @Test
    void aPageTopOfShortUnreadLinesGoesWithTheLetterBelow() {
        // A received stamp overprinted and garbled by OCR, a mark beside its number: nothing there
        // ends the letter before, so the top of the page belongs to the letter whose number follows.
        String page2 = String.join("\n", "m", "ศาลากลางจังหวัดนครสวรรค์", "ด่วนมาก                 เลขรับ   3643",
                "วันที่ 4 ก็ก.พ. 61", "เวลา  1   ะ.. .s", "") + ENCLOSED.substring(ENCLOSED.indexOf('\n') + 1);
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER, 1), new PageText(2, page2, 1)));
        assertEquals(List.of(1), letters.get(0).pages());
        assertEquals(List.of(2), letters.get(1).pages());
        assertTrue(letters.get(1).text().startsWith("m\n"), letters.get(1).text());
    }

    @Test
    void theEndOfTheLetterBeforeStaysWithIt() {
        // The cover letter's signature and contacts at the top of the page where the next letter starts.
        String page2 = String.join("\n", "ขอแสดงความนับถือ", "(นายธนากร บุญมา)", "รองผู้ว่าราชการจังหวัด",
                "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", "โทร. ๐ ๗๕๖๑ ๑๘๘๙", "", "ศาลากลางจังหวัด", "") + ENCLOSED;
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER, 1), new PageText(2, page2, 1)));
        assertEquals(List.of(1, 2), letters.get(0).pages());
        assertTrue(letters.get(0).text().endsWith("โทร. ๐ ๗๕๖๑ ๑๘๘๙"), letters.get(0).text());
        assertTrue(letters.get(1).text().startsWith("ศาลากลางจังหวัด\n"), letters.get(1).text());
    }

    @Test
    void numberWordWithoutItsToneMarkStillStartsALetter() {
        String second = "ด วนมาก\nที มท ๐๘๑๐.๘/ว ๕๕๖๗\nกรม\nเรื่อง ทดสอบ";
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER + "\n" + second, 1)));
        assertEquals(2, letters.size());
        assertTrue(letters.get(1).text().startsWith("ด วนมาก"));
    }

    @Test
    void numberWordReadAsALoneThoThahanStillStartsALetter() {
        // ที่ read as ท (its vowel and tone mark lost under a stamp); the full unit code shows the line
        String second = "ท มท ๐๘๑๐.๘/ว ๙๓๙๒ กรมส่งเสริมการปกครองท้องถิ่น\n\n๘ สิงหาคม ๒๕๖๗\n\nเรื่อง ทดสอบ";
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER + "\n" + second, 1)));
        assertEquals(2, letters.size());
        // also with a stray space inside the unit code
        String spaced = "ท ยล ๐ ๐๒๓.๓/ว ๙๔๔๒ ศาลากลางจังหวัดยะลา\n\n๑๒ มีนาคม ๒๕๖๗\n\nเรื่อง ทดสอบ";
        LetterSplitter.Letter yala = splitter.split(List.of(new PageText(1, COVER + "\n" + spaced, 1))).get(1);
        assertTrue(yala.body().text().strip().startsWith("ที่ ยล ๐๐๒๓.๓/ว ๙๔๔๒"), yala.body().text());
        // but ท before a code without a unit code is ordinary text
        assertEquals(1, splitter.split(List.of(new PageText(1, COVER + "\nท มท ๑๒ คน\nเรื่อง ทดสอบ", 1))).size());
    }

    @Test
    void numberWordReadAsLatinLettersStillStartsALetter() {
        // stock OCR reads ที่ as "nN"; the whole letter number after it shows the line for what it is
        String second = "nN มท 0810.9/ว 6517 กรมส่งเสริมการปกครองท้องถิ่น\nถนนนครราชสีมา\n\n5 พฤษภาคม 2568\n\nเรียน ผู้ว่าราชการจังหวัด";
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER + "\n" + second, 1)));
        assertEquals(2, letters.size());
        assertTrue(letters.get(1).text().startsWith("nN มท"));
    }

    @Test
    void numberLineWhoseCodeTheOcrLostStillStartsALetter() {
        // "ที่ มท" read as "NUN": the unit code ๐๘๑๐.๕ and its slash are left
        String second = "NUN ๐๘๑๐.๕/ว ๑๐๕๕ กรมส่งเสริม\n\n๕ สิงหาคม ๒๕๖๗\n\nเรื่อง การปรับปรุงข้อมูล\n\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด";
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER + "\n" + second, 1)));
        assertEquals(2, letters.size());
        assertTrue(letters.get(1).text().startsWith("NUN ๐๘๑๐.๕/ว"));
        // the same shape quoted under อ้างถึง starts nothing
        String quoted = "อ้างถึง หนังสือกรมส่งเสริมการปกครองท้องถิ่น\nNUN ๐๘๑๐.๒/ว ๑๒๐ ลง\nเรื่อง ก";
        assertEquals(1, splitter.split(List.of(new PageText(1, COVER + "\n" + quoted, 1))).size());
    }

    @Test
    void aFirstLetterWhoseNumberLineOcrLostIsStillALetter() {
        String first = "ด่วนมาก\n\nที่ว่าการอำเภอเมืองศรีสะเกษ\n\n๑๗ กรกฎาคม ๒๕๖๗\nเรื่อง การเตรียมความพร้อม\n\n"
                + "เรียน นายอำเภอ ทุกอำเภอ\n\nสิ่งที่ส่งมาด้วย  สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท\n"
                + "๐๘๑๐.๓/ว ๙๕๙ ลงวันที่ ๗ กรกฎาคม ๒๕๖๗\n\nขอแสดงความนับถือ";
        String second = "ด่วนมาก\n\nที่ มท ๐๘๑๐.๓/ว ๙๕๙             กรมส่งเสริมการปกครองท้องถิ่น\n\n"
                + "เรื่อง การเตรียมความพร้อม\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด";
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, first, 1), new PageText(2, second, 1)));
        assertEquals(2, letters.size());
        assertEquals(List.of(1), letters.get(0).pages());
        assertEquals(List.of(2), letters.get(1).pages());
        // a received stamp and a header above the first number line stay with that letter
        String stamped = "เลขรับ 6211\nวันที่ ๒๓ มิ.ย. ๖๘\n\n" + second;
        assertEquals(1, splitter.split(List.of(new PageText(1, stamped, 1))).size());
    }

    @Test
    void numberLineWhoseCodeOcrReadWithALetterTooManyStillStartsALetter() {
        String second = "ที่ ทกส ๐๖๐๔.๗/ว ๒๐๒๗           ก่       ยสรณ์รJE น.\n\n๒๔ กันยายน ๒๕๖๘\n"
                + "เรื่อง การสำรวจข้อมูลแหล่งน้ำ\nเรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด";
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER, 1), new PageText(2, second, 1)));
        assertEquals(2, letters.size());
        assertEquals(List.of(2), letters.get(1).pages());
    }

    @Test
    void anOrderStartsAtItsTitle() {
        String order = "คำสั่งจังหวัดกระบี่\nที่ ๑๒/๒๕๖๘\nเรื่อง แต่งตั้งคณะทำงาน\nสั่ง ณ วันที่ ๑ ตุลาคม ๒๕๖๗";
        List<LetterSplitter.Letter> letters = splitter.split(List.of(new PageText(1, COVER + "\n" + order, 1)));
        assertEquals(2, letters.size());
        assertTrue(letters.get(1).text().startsWith("คำสั่งจังหวัดกระบี่"));
        // a body line that starts with ประกาศ but is not followed by a number or เรื่อง is not a title
        assertEquals(1, splitter.split(List.of(new PageText(1, COVER + "\nประกาศรายชื่อผู้ผ่านการคัดเลือก\nให้ทราบโดยทั่วกัน", 1))).size());
    }

    @Test
    void textWithoutANumberIsOneLetter() {
        assertEquals(1, splitter.split(List.of(new PageText(1, "เรื่อง ทดสอบ\nเรียน ท่าน", 1))).size());
        assertTrue(splitter.split(List.of(new PageText(1, "\n \n", 1))).isEmpty());
    }
}
