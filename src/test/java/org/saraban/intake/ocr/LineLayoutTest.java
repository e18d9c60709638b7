package org.saraban.intake.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.ocr.LineLayout.TextLine;
import org.saraban.intake.ocr.MissedLines.Box;

class LineLayoutTest {
    private static final TextLine OFFICE = new TextLine("ส่วนราชการ สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดอุดรธานี",
            new Box(200, 250, 2200, 310), true);
    private static final TextLine DATE = new TextLine("วันที่ ๘ สิงหาคม ๒๕๖๗", new Box(1300, 400, 2000, 460), false);
    private static final TextLine SUBJECT_END = new TextLine("ประชาชนขององค์กรปกครองส่วนท้องถิ่น",
            new Box(500, 560, 1600, 620), true);
    private static final TextLine SALUTATION = new TextLine("เรียน ผู้ว่าราชการจังหวัดอุดรธานี",
            new Box(200, 700, 1400, 760), false);

    @Test
    void writesTheTextAsTesseractDoes() {
        LineLayout layout = new LineLayout(List.of(OFFICE, new TextLine(" ", new Box(0, 0, 10, 10), true),
                DATE, SUBJECT_END, SALUTATION));
        assertEquals(OFFICE.text() + "\n\n" + DATE.text() + "\n" + SUBJECT_END.text() + "\n\n" + SALUTATION.text() + "\n",
                layout.text());
    }

    @Test
    void aMissedLineGoesBesideTheLineOfItsRowOrBetweenItsNeighbours() {
        LineLayout layout = new LineLayout(List.of(OFFICE, DATE, SUBJECT_END, SALUTATION));
        layout.add(new TextLine("ที่ อด ๐๐๒๓.๑/๑๙๒", new Box(200, 395, 1100, 465), false));
        layout.add(new TextLine("เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน", new Box(200, 480, 2100, 540), false));

        assertEquals(OFFICE.text() + "\n\n"
                + "ที่ อด ๐๐๒๓.๑/๑๙๒ วันที่ ๘ สิงหาคม ๒๕๖๗\n"
                + "เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน\n"
                + SUBJECT_END.text() + "\n\n" + SALUTATION.text() + "\n", layout.text());
    }

    @Test
    void whatIsLeftOfALineReadIsNotPutInTwice() {
        LineLayout layout = new LineLayout(List.of(OFFICE, DATE));
        layout.add(new TextLine("ที่ ๘ สิงหา", new Box(1250, 405, 1700, 455), false));

        assertEquals(OFFICE.text() + "\n\n" + DATE.text() + "\n", layout.text());
    }

    @Test
    void aParagraphReadAfterOthersWhollyBelowItIsMovedUpToWhereItStands() {
        TextLine mark = new TextLine("ด่วนมาก", new Box(200, 100, 600, 170), true);
        TextLine office = new TextLine("ศาลากลางจังหวัดศรีสะเกษ", new Box(1500, 240, 2200, 300), true);
        TextLine date = new TextLine("๑๗ กรกฎาคม ๒๕๖๗", new Box(1200, 420, 1800, 480), false);
        TextLine subject = new TextLine("เรื่อง การเตรียมความพร้อม", new Box(200, 500, 2000, 560), true);
        TextLine deadline = new TextLine("ทั้งนี้ ขอให้รายงานผล ไม่เกินวันที่ ๗ กันยายน", new Box(200, 1500, 2200, 1560), true);
        TextLine number = new TextLine("ที่ ศก ๐๐๒๓.๑/ว ๓๘๕๗", new Box(200, 250, 1100, 310), true);
        TextLine year = new TextLine("๒๕๖๗", new Box(200, 1580, 400, 1640), true);
        TextLine picture = new TextLine(" ", new Box(1373, 407, 2102, 444), true);
        LineLayout layout = new LineLayout(List.of(picture, mark, office, date, subject, deadline, number, year));
        layout.putParagraphsInPageOrder();

        // the number goes up before the date; it shares its row with the office, which keeps its place
        assertEquals(String.join("\n\n", mark.text(), office.text(), number.text(), date.text() + "\n" + subject.text(),
                deadline.text(), year.text()) + "\n", layout.text());
    }

    @Test
    void theEndOfALineReadApartStaysWhereTesseractPutIt() {
        TextLine head = new TextLine("๑๐ กุมภาพันธ์ ๒๕๖๗", new Box(1289, 855, 1812, 933), false);
        TextLine subject = new TextLine("เรื่อง การเตรียมความพร้อมป้องกันและ ปรรเทาสาธาร", new Box(394, 888, 1796, 1044), false);
        TextLine firstCited = new TextLine("อ้างถึง ๑. หนังสือกรมส่งเสริมการปกครองท้องถิ่น", new Box(384, 1116, 2123, 1266), true);
        TextLine secondCited = new TextLine("๒. หนังสือกรมส่งเสริมการปกครองท้องถิ่น", new Box(586, 1288, 2116, 1419), true);
        TextLine end = new TextLine("ณภัยในช่วงฤดูฝน", new Box(1802, 975, 2253, 1077), true);
        LineLayout layout = new LineLayout(List.of(head, subject, firstCited, secondCited, end));
        layout.putParagraphsInPageOrder();

        assertEquals(String.join("\n", head.text(), subject.text(), firstCited.text()) + "\n\n" + secondCited.text() + "\n\n"
                + end.text() + "\n", layout.text());
    }

    @Test
    void theEndOfALineReadAsABlockOfItsOwnJoinsTheLineItContinues() {
        TextLine number = new TextLine("ที่ มท 0810.2/ว 7815", new Box(409, 532, 996, 638), true);
        TextLine office = new TextLine("กรมส่งเสริมการปกครองท้องถิ่น", new Box(1414, 582, 2229, 699), true);
        TextLine subject = new TextLine("เรื่อง การเตรียมความพร้อมป้องกันและ ปรรเทาสาธาร", new Box(394, 888, 1796, 1044), false);
        TextLine salutation = new TextLine("เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", new Box(390, 1010, 1329, 1137), true);
        TextLine scribble = new TextLine("๑/ ๘", new Box(1330, 1020, 1500, 1130), true);
        TextLine end = new TextLine("ณภัยในช่วงฤดูฝน", new Box(1802, 975, 2253, 1077), true);
        LineLayout layout = new LineLayout(List.of(number, office, subject, salutation, scribble, end));
        layout.joinPiecesOfRows();

        // one word's pieces (สาธาร|ณภัย) join without a space; the number and the office beside it stay
        // apart; a scribble's scraps join nothing
        assertEquals(String.join("\n\n", number.text(), office.text(), subject.text() + end.text() + "\n" + salutation.text(),
                scribble.text()) + "\n", layout.text());
    }

    @Test
    void theStartOfAWordReadApartJoinsItWhereTheLineStands() {
        TextLine subject = new TextLine("เรื่อง การปรับปรุงข้อมูล", new Box(340, 700, 2000, 780), true);
        TextLine to = new TextLine("ง       อำเภอทุกอำเภอ", new Box(395, 860, 1900, 930), true);
        TextLine sends = new TextLine("งที่ส่งมาด้วย  สำเนาหนังสือ", new Box(395, 950, 2000, 1020), false);
        TextLine wrapped = new TextLine("๐๘๑๐.๙/ว ๖๔๗๑ ลงวันที่ ๑๑ ตุลาคม ๒๕๖๗", new Box(600, 1030, 1900, 1100), true);
        TextLine toStart = new TextLine("ถิ", new Box(345, 858, 392, 930), false);
        TextLine sendsStart = new TextLine("สิ", new Box(345, 948, 392, 1020), true);
        TextLine scraps = new TextLine("๗๖๐ ๗", new Box(200, 860, 390, 930), true);
        TextLine speck = new TextLine("น", new Box(1950, 860, 1990, 930), true);
        LineLayout layout = new LineLayout(List.of(subject, to, sends, wrapped, toStart, sendsStart, scraps, speck));
        layout.joinPiecesOfRows();

        // a scribble's scraps beside the line, or a lone letter after it, are not pieces of it
        assertEquals(String.join("\n\n", subject.text(), "ถิง       อำเภอทุกอำเภอ", "สิงที่ส่งมาด้วย  สำเนาหนังสือ\n" + wrapped.text(),
                scraps.text(), speck.text()) + "\n", layout.text());
    }
}
