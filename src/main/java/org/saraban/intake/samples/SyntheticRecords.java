package org.saraban.intake.samples;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.samples.Offices.Province;

/**
 * Directive records composed from the sample letters' vocabulary without typesetting or scanning:
 * each is a new combination of office, topic, wording, numbers, dates and deadlines, with its text
 * as the letter prints it. For filling large search indexes (benchmarks). Record {@code i} of a
 * seed is always the same. Stateless and thread-safe.
 */
public final class SyntheticRecords {
    private final long seed;

    public SyntheticRecords(long seed) {
        this.seed = seed;
    }

    /** Record number {@code i} (0-based). */
    public DirectiveRecord record(long i) {
        RandomGenerator random = new SplittableRandom(seed * 1_000_003L + i);
        LetterComposer composer = new LetterComposer(random, true);
        Numerals n = composer.numerals();
        LetterDraft letter = switch (random.nextInt(4)) {
            case 0 -> composer.departmentLetter(composer.topic(), composer.frame(), n, composer.letterDate(),
                    composer.urgency(), ThaiFonts.DEFAULT_FACE);
            case 1 -> composer.memo(composer.province(), composer.topic(), composer.frame(), n, composer.letterDate(),
                    ThaiFonts.DEFAULT_FACE);
            default -> {
                Province p = composer.province();
                yield composer.provinceLetter(p, null, composer.topic(), composer.frame(), n, composer.letterDate(),
                        composer.urgency(), random.nextInt(3) == 0, ThaiFonts.DEFAULT_FACE);
            }
        };
        String sha = String.format("%016x%048x", seed, i);
        Instant ingested = letter.date().plusDays(3).atTime(2, 0).toInstant(ZoneOffset.UTC);
        DirectiveRecord t = letter.truth("synthetic-" + i + ".pdf", sha, 1, ingested, List.of(1), List.of(), List.of());
        return new DirectiveRecord(t.schemaVersion(), "synthetic-" + seed + "-" + i, t.source(), t.letterType(),
                t.urgency(), t.secrecy(), t.refNo(), t.date(), t.dateRaw(), t.issuer(), t.subject(), t.salutation(),
                t.recipients(), t.references(), t.enclosures(), t.infoDomains(), t.deadlines(), t.signer(),
                t.ownerUnit(), t.contacts(), t.receivedStamps(), t.qrCodes(), t.links(), t.enclosedBy(),
                printedText(letter), t.confidence(), t.review());
    }

    /** The letter's lines in print order, as OCR of a clean page would give them. */
    private static String printedText(LetterDraft letter) {
        List<String> lines = new ArrayList<>(letter.officeLines());
        if (letter.refNo() != null) {
            lines.add("ที่ " + letter.refNo().raw()); // ที่ = "number" (the reference line)
        }
        lines.add(letter.datePrinted());
        lines.add("เรื่อง " + letter.subject()); // เรื่อง = "subject"
        lines.add(letter.salutationWord() + " " + letter.salutation());
        letter.references().forEach(c -> lines.add("อ้างถึง " + c.printed())); // อ้างถึง = "reference"
        letter.enclosures().forEach(e -> lines.add("สิ่งที่ส่งมาด้วย " + e.printed())); // = "enclosure"
        lines.addAll(letter.paragraphs());
        if (letter.closing() != null) {
            lines.add(letter.closing());
        }
        if (letter.signerName() != null) {
            lines.add("(" + letter.signerName() + ")");
        }
        lines.addAll(letter.positionLines());
        lines.addAll(letter.ownerLines());
        return String.join("\n", lines);
    }
}
