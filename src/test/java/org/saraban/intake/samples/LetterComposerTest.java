package org.saraban.intake.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord.InfoDomain;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.extract.ThaiDigits;

/** The truth a composed letter carries agrees with what it prints. */
class LetterComposerTest {
    private static final Pattern WEEKDAY = Pattern.compile("วัน(จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)ที่");

    @Test
    void printedWordsCarryTheTruth() {
        LetterComposer composer = new LetterComposer(new SplittableRandom(5), true);
        Set<Deadline.Kind> kinds = EnumSet.noneOf(Deadline.Kind.class);
        Set<Boolean> digitStyles = new HashSet<>();
        int weekdays = 0;
        Set<Secrecy> classes = EnumSet.noneOf(Secrecy.class);
        for (int i = 0; i < 300; i++) {
            Numerals n = composer.numerals();
            digitStyles.add(n.thaiDigits());
            LetterDraft letter = switch (i % 3) {
                case 0 -> composer.departmentLetter(composer.topic(), composer.frame(), n, composer.letterDate(),
                        composer.urgency(), "Laksaman");
                case 1 -> composer.memo(composer.province(), composer.topic(), composer.frame(), n, composer.letterDate(), "Laksaman");
                default -> composer.provinceLetter(composer.province(), null, composer.topic(), composer.frame(), n,
                        composer.letterDate(), composer.urgency(), i % 2 == 0, "Norasi");
            };
            String body = String.join("\n", letter.paragraphs());
            // The number prints in the letter's digits and reads back to its normalized text.
            assertEquals(letter.refNo().text(), ThaiDigits.toArabic(letter.refNo().raw()));
            assertEquals(n.thaiDigits(), !letter.refNo().raw().equals(letter.refNo().text()));
            for (Deadline d : letter.deadlines()) {
                kinds.add(d.kind());
                assertTrue(body.contains(d.text()), d.text());
                assertTrue(d.date() == null || d.date().isAfter(letter.date()), "deadline before the letter: " + d);
                Matcher m = WEEKDAY.matcher(d.text());
                if (m.find()) {
                    weekdays++;
                    assertEquals(Numerals.weekday(d.date()), m.group(1), d.text());
                }
            }
            for (InfoDomain domain : letter.infoDomains()) {
                assertEquals(Wording.INFO_DOMAINS.get(domain.number() - 1), domain.name());
                assertTrue(body.contains(domain.name()), domain.name());
                // A topic is in the truth only when the page marks it with หัวข้อ ("topic").
                for (String topic : domain.topics()) {
                    assertTrue(body.contains("หัวข้อ \"" + topic + "\""), topic);
                }
            }
            for (Deadline d : letter.deadlines()) {
                // The action is the whole clause after ขอให้ ("please"), up to the deadline phrase and
                // its modifiers (ให้แล้วเสร็จ "to completion", เป็นประจำ "regularly").
                Matcher clause = Pattern.compile("ขอให้(.+?)(?:ให้แล้วเสร็จ|เป็นประจำ)?\\s*" + Pattern.quote(d.text())).matcher(body);
                assertTrue(clause.find(), d.text());
                assertEquals(clause.group(1).strip(), d.action(), body);
            }
            // Recipients are the salutation split at และ ("and"); free text keeps the printed digits.
            assertEquals(letter.salutation(), String.join(" และ", letter.recipients()));
            assertTrue(letter.issuer().address() == null || letter.officeLines().contains(letter.issuer().address()),
                    letter.issuer().address());
            assertTrue(letter.issuer().province() != null, letter.issuer().name());
            for (LetterDraft.Enclosed e : letter.enclosures()) {
                assertEquals(e.printed(), e.enclosure().text());
                assertEquals(null, e.enclosure().quantity(), "no quantity is printed");
            }
            if (letter.type() == LetterType.MEMO) {
                // The owning unit is the office and its work group as the ส่วนราชการ line prints them.
                assertTrue(letter.officeLines().get(0).startsWith(letter.ownerUnit() + " โทร. "), letter.ownerUnit());
                assertTrue(letter.ownerUnit().contains(" กลุ่มงาน"), letter.ownerUnit());
            } else {
                assertTrue(letter.ownerLines().containsAll(List.of(letter.ownerUnit().split(" (?=กลุ่มงาน)"))),
                        letter.ownerUnit());
            }
            if (letter.secrecy() != null) {
                classes.add(letter.secrecy());
                assertTrue(letter.type() != LetterType.MEMO, "memos here are never classified");
            }
            if (letter.type() == LetterType.STAMPED) {
                assertEquals("ถึง", letter.salutationWord());
                assertEquals(null, letter.signerName());
            }
        }
        assertEquals(EnumSet.allOf(Deadline.Kind.class), kinds);
        assertEquals(Set.of(true, false), digitStyles);
        assertTrue(weekdays > 0);
        assertEquals(EnumSet.of(Secrecy.CONFIDENTIAL, Secrecy.SECRET), classes);
    }

    @Test
    void coverLetterEnclosesTheLetterItForwards() {
        LetterComposer composer = new LetterComposer(new SplittableRandom(8), false);
        Numerals n = Numerals.THAI;
        LetterDraft forwarded = composer.departmentLetter(composer.topic(), composer.frame(), n, composer.letterDate(), null, "Laksaman");
        LetterDraft cover = composer.provinceLetter(composer.province(), forwarded, null, null, n,
                forwarded.date().plusDays(5), null, false, "Laksaman");
        assertEquals(List.of(forwarded.refNo()), cover.enclosures().stream().map(e -> e.enclosure().refNo()).toList());
        assertTrue(cover.enclosures().get(0).printed().contains(forwarded.refNo().raw()));
        assertEquals(forwarded.subject(), cover.subject());
        // The enclosure's text is its printed line, number and date included.
        assertEquals(cover.enclosures().get(0).printed(), cover.enclosures().get(0).enclosure().text());
        assertTrue(cover.enclosures().get(0).enclosure().text().contains(" ลงวันที่ " + forwarded.datePrinted()));
        assertEquals("กรุงเทพมหานคร", forwarded.issuer().province());
        assertEquals(List.of("ผู้ว่าราชการจังหวัด ทุกจังหวัด"), forwarded.recipients());
        assertEquals(forwarded.secrecy(), cover.secrecy());
    }
}
