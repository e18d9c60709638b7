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
        assertEquals(forwarded.secrecy(), cover.secrecy());
    }
}
