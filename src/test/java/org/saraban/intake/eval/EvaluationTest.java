package org.saraban.intake.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.ReferenceNumber;
import org.saraban.intake.extract.PageText;
import org.saraban.intake.samples.SampleTruth;

class EvaluationTest {
    private static final SampleTruth.Making LAKSAMAN = new SampleTruth.Making("external", "Laksaman", "t/a", false, false, "");
    private static final SampleTruth.Making NORASI = new SampleTruth.Making("external", "Norasi", "t/c", true, true, "");

    @Test
    void countsFoundMissedAndWrongValuesPerField() {
        DirectiveRecord cover = record(List.of(1), "มท 0810.7/ว 5955", LocalDate.of(2025, 10, 26), "เรื่องหนึ่ง",
                List.of(absolute(LocalDate.of(2025, 11, 30))));
        DirectiveRecord forwarded = record(List.of(2, 3), "ตก 0023.3/ว 707", LocalDate.of(2025, 10, 4), "เรื่องสอง", List.of());
        SampleTruth.Sample truth = new SampleTruth.Sample(
                List.of(new SampleTruth.Letter(cover, LAKSAMAN), new SampleTruth.Letter(forwarded, NORASI)),
                List.of("ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", "หน้า สอง", "หน้า สาม"));
        // Found: the cover with the right number but a wrong date and an extra (past) deadline;
        // the forwarded letter cut in two.
        List<DirectiveRecord> found = List.of(
                record(List.of(1), "มท 0810.7/ว 5955", LocalDate.of(2025, 10, 25), "เรื่อง หนึ่ง",
                        List.of(absolute(LocalDate.of(2025, 11, 30)), absolute(LocalDate.of(2020, 5, 31)))),
                record(List.of(2), null, null, "เรื่องสอง", List.of()),
                record(List.of(3), "ตก 0023.3/ว 707", null, null, List.of()));
        List<PageText> pages = List.of(new PageText(1, "ที่ มท ๐๘๑๐.๗/ว ๕๙๕๕", 0.9),
                new PageText(2, "หน้าสอง", 0.9), new PageText(3, "หน้า ส้าม", 0.9));

        Evaluation evaluation = new Evaluation();
        evaluation.add("bundle.pdf", truth, pages, found);

        FieldScore refNo = evaluation.score(Evaluation.Group.ALL, "refNo");
        // Cover's number right; the forwarded letter was paired with its page-2 part, which has none;
        // the page-3 part's number counts as found outside any paired letter.
        assertEquals(new FieldScore(1, 1, 1, 1, 2), refNo);
        assertEquals(0.5, refNo.precision());
        assertEquals(0.5, refNo.recall());
        assertEquals(new FieldScore(0, 1, 2, 0, 2), evaluation.score(Evaluation.Group.ALL, "date"));
        // Subject compared without spaces: "เรื่อง หนึ่ง" is right.
        assertEquals(new FieldScore(2, 0, 0, 2, 2), evaluation.score(Evaluation.Group.ALL, "subject"));
        assertEquals(new FieldScore(1, 1, 0, 1, 2), evaluation.score(Evaluation.Group.ALL, "deadlines"));
        assertEquals(new FieldScore(1, 2, 1, 1, 2), evaluation.score(Evaluation.Group.ALL, Evaluation.LETTERS));
        // Groups: the forwarded letter alone is in the held-out font and wording.
        assertEquals(1, evaluation.letters(Evaluation.Group.HELD_OUT_FONT));
        assertEquals(1, evaluation.letters(Evaluation.Group.SEEN));
        assertEquals(new FieldScore(0, 0, 1, 0, 1), evaluation.score(Evaluation.Group.HELD_OUT_FONT, "date"));
        // One inserted mark (้) against the 7 characters of the third page; the other pages are exact.
        assertEquals(1.0 / (17 + 7 + 7), evaluation.characterErrorRate(Evaluation.Group.ALL), 1e-9);
        assertEquals(1.0 / 14, evaluation.characterErrorRate(Evaluation.Group.HELD_OUT_FONT), 1e-9);
    }

    @Test
    void characterErrorRateIgnoresWhitespace() {
        CharacterErrorRate cer = new CharacterErrorRate();
        assertEquals(0.0, cer.count("เรียน ผู้ว่าราชการ\nจังหวัด", "เรียนผู้ว่าราชการ จังหวัด").rate());
        assertEquals(1.0 / 3, cer.count("abc", "axc").rate(), 1e-9);
        assertEquals(new CharacterErrorRate.Count(2, 3), cer.count("abc", "a"));
        assertEquals(new CharacterErrorRate.Count(4, 3), cer.count("abc", "xyzabcq"));
    }

    private static Deadline absolute(LocalDate date) {
        return new Deadline(Deadline.Kind.ABSOLUTE, date, null, null, null, null, null, "ภายในวันที่");
    }

    private static DirectiveRecord record(List<Integer> pages, String refNo, LocalDate date, String subject, List<Deadline> deadlines) {
        ReferenceNumber number = refNo == null ? null : new ReferenceNumber(refNo, refNo, null, null, null, null);
        return new DirectiveRecord(1, "x", new DirectiveRecord.Source("bundle.pdf", "0".repeat(64), pages, null),
                LetterType.EXTERNAL, null, null, number, date, null, null, subject, null, null, null, null, null,
                deadlines, null, null, null, null, null, null, null, null, null, null);
    }
}
