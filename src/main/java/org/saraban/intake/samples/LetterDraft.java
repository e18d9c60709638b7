package org.saraban.intake.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.Contacts;
import org.saraban.intake.directive.DirectiveRecord.Enclosure;
import org.saraban.intake.directive.DirectiveRecord.InfoDomain;
import org.saraban.intake.directive.DirectiveRecord.Issuer;
import org.saraban.intake.directive.DirectiveRecord.LetterReference;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.directive.DirectiveRecord.ReceivedStamp;
import org.saraban.intake.directive.DirectiveRecord.Signer;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.ReferenceNumber;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.directive.Urgency;

/**
 * Everything one letter says, as printed (Thai or Arabic digits already applied) together with the
 * values a reader should extract from it. Immutable.
 *
 * @param secrecy ชั้นความลับ (security class), printed at the top and foot of every page, or null
 * @param officeLines the issuing office and its address, printed at the right under the emblem
 *     (for a memo: the ส่วนราชการ line)
 * @param recipients the addressees the salutation names, each as printed
 * @param references อ้างถึง lines, printed, with what they refer to
 * @param paragraphs body paragraphs; numbered requests start with their number
 * @param closing ขอแสดงความนับถือ, or null (memos and stamped letters have none)
 * @param signerName without parentheses; null for a stamped letter
 * @param stampOffice the office that stamps a stamped letter (หนังสือประทับตรา), else null
 * @param ownerLines the owning unit and its contacts, printed at the bottom left
 * @param qrCodes codes printed on a page of their own after the letter
 * @param font the typeface it is set in
 * @param variant its text variant (topic/frame)
 */
public record LetterDraft(
        LetterType type,
        Urgency urgency,
        Secrecy secrecy,
        Numerals numerals,
        ReferenceNumber refNo,
        LocalDate date,
        Issuer issuer,
        List<String> officeLines,
        String subject,
        String salutationWord,
        String salutation,
        List<String> recipients,
        List<Cited> references,
        List<Enclosed> enclosures,
        List<String> paragraphs,
        String closing,
        String signerName,
        List<String> positionLines,
        String stampOffice,
        String ownerUnit,
        List<String> ownerLines,
        Contacts contacts,
        List<Deadline> deadlines,
        List<InfoDomain> infoDomains,
        List<Qr> qrCodes,
        String qrPageHeading,
        String font,
        String variant,
        boolean heldOutText) {

    public LetterDraft {
        officeLines = List.copyOf(officeLines);
        recipients = List.copyOf(recipients);
        references = List.copyOf(references);
        enclosures = List.copyOf(enclosures);
        paragraphs = List.copyOf(paragraphs);
        positionLines = List.copyOf(positionLines);
        ownerLines = List.copyOf(ownerLines);
        deadlines = List.copyOf(deadlines);
        infoDomains = List.copyOf(infoDomains);
        qrCodes = List.copyOf(qrCodes);
    }

    /** An อ้างถึง line as printed, and the letter it cites. */
    public record Cited(String printed, LetterReference reference) {}

    /** A สิ่งที่ส่งมาด้วย line as printed, and what it is. */
    public record Enclosed(String printed, Enclosure enclosure) {}

    /** A QR code to print: its payload and the caption above it. */
    public record Qr(String payload, String caption) {}

    /** The date as printed. */
    public String datePrinted() {
        return numerals.date(date);
    }

    public boolean heldOutFont() {
        return ThaiFonts.HELD_OUT_FACE.equals(font);
    }

    /**
     * The record a perfect reader would write for this letter, the {@code position}th found on
     * {@code pages} of {@code file}, with the QR codes and received stamps as placed on the paper.
     */
    public DirectiveRecord truth(String file, String sha256, int position, java.time.Instant ingestedAt, List<Integer> pages,
            List<QrCode> placedCodes, List<ReceivedStamp> stamps) {
        String signerPosition = positionLines.isEmpty() ? null : String.join(" ", positionLines);
        return new DirectiveRecord(
                DirectiveRecord.SCHEMA_VERSION,
                sha256.substring(0, 16) + "-" + position,
                new DirectiveRecord.Source(file, sha256, pages, ingestedAt),
                type,
                urgency,
                secrecy,
                refNo,
                date,
                datePrinted(),
                issuer,
                subject,
                salutation,
                recipients,
                references.stream().map(Cited::reference).toList(),
                enclosures.stream().map(Enclosed::enclosure).toList(),
                infoDomains,
                deadlines,
                signerName == null ? null : new Signer(signerName, signerPosition),
                ownerUnit,
                contacts,
                stamps,
                placedCodes,
                placedCodes.stream().map(QrCode::payload).toList(),
                null,
                null,
                Map.of(),
                List.of());
    }
}
