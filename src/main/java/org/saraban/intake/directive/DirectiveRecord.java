package org.saraban.intake.directive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One official letter found in an ingested scan. Fields the letter lacks are null or empty, never invented. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DirectiveRecord(
        int schemaVersion,
        String id,
        Source source,
        LetterType letterType,
        Urgency urgency,
        Secrecy secrecy,
        ReferenceNumber refNo,
        LocalDate date,
        String dateRaw,
        Issuer issuer,
        String subject,
        String salutation,
        List<String> recipients,
        List<LetterReference> references,
        List<Enclosure> enclosures,
        List<InfoDomain> infoDomains,
        List<Deadline> deadlines,
        Signer signer,
        String ownerUnit,
        Contacts contacts,
        List<ReceivedStamp> receivedStamps,
        List<QrCode> qrCodes,
        List<String> links,
        String enclosedBy,
        String text,
        Map<String, Double> confidence,
        List<String> review) {

    public static final int SCHEMA_VERSION = 1;

    public DirectiveRecord {
        recipients = copy(recipients);
        references = copy(references);
        enclosures = copy(enclosures);
        infoDomains = copy(infoDomains);
        deadlines = copy(deadlines);
        receivedStamps = copy(receivedStamps);
        qrCodes = copy(qrCodes);
        links = copy(links);
        review = copy(review);
        confidence = confidence == null ? Map.of() : Map.copyOf(confidence);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Where the letter came from: the dropped file and its pages; how its text was read (the OCR
     * model, and the pages whose text came from the file's own text layer, with no OCR); and, for a
     * second scan of a letter already recorded from other bytes, the id of that record.
     */
    public record Source(String file, String sha256, List<Integer> pages, java.time.Instant ingestedAt,
            String ocrModel, List<Integer> textLayerPages, String duplicateOf) {
        public Source {
            pages = pages == null ? List.of() : List.copyOf(pages);
            textLayerPages = textLayerPages == null ? List.of() : List.copyOf(textLayerPages);
        }

        /** A source known only by file, hash and pages, as extraction sees it. */
        public Source(String file, String sha256, List<Integer> pages, java.time.Instant ingestedAt) {
            this(file, sha256, pages, ingestedAt, null, List.of(), null);
        }

        public Source withReading(String ocrModel, List<Integer> textLayerPages) {
            return new Source(file, sha256, pages, ingestedAt, ocrModel, textLayerPages, duplicateOf);
        }

        public Source withDuplicateOf(String recordId) {
            return new Source(file, sha256, pages, ingestedAt, ocrModel, textLayerPages, recordId);
        }
    }

    /** This record with another source; every other field unchanged. */
    public DirectiveRecord withSource(Source newSource) {
        return new DirectiveRecord(schemaVersion, id, newSource, letterType, urgency, secrecy, refNo, date, dateRaw,
                issuer, subject, salutation, recipients, references, enclosures, infoDomains, deadlines, signer,
                ownerUnit, contacts, receivedStamps, qrCodes, links, enclosedBy, text, confidence, review);
    }

    public record Issuer(String name, String address, String province) {}

    public record Signer(String name, String position) {}

    public record Contacts(List<String> phones, List<String> faxes, List<String> emails, String coordinator) {
        public Contacts {
            phones = phones == null ? List.of() : List.copyOf(phones);
            faxes = faxes == null ? List.of() : List.copyOf(faxes);
            emails = emails == null ? List.of() : List.copyOf(emails);
        }
    }

    /** อ้างถึง: an earlier letter this one refers to. */
    public record LetterReference(ReferenceNumber refNo, LocalDate date, String text) {}

    /** สิ่งที่ส่งมาด้วย: something sent with the letter. */
    public record Enclosure(String text, ReferenceNumber refNo, LocalDate date, String quantity) {}

    /** ด้าน of the INFO system (ระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น). */
    public record InfoDomain(int number, String name, List<String> topics) {
        public InfoDomain {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /** เลขรับ stamp of a receiving office. */
    public record ReceivedStamp(String office, String number, LocalDate date, String time) {}

    /** A QR code decoded from a page, with the caption printed beside it when known. */
    public record QrCode(String payload, int page, String label) {}
}
