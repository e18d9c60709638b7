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
}
