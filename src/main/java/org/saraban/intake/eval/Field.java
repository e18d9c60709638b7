package org.saraban.intake.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;

/**
 * The fields accuracy is reported for, each as the list of comparable values it gives for a record
 * (empty when the letter has none). Text is compared without whitespace, since OCR and line wrapping
 * move spaces; deadlines by their kind and meaning, not by their wording.
 */
public enum Field {
    REF_NO("refNo", r -> r.refNo() == null ? Stream.empty() : Stream.of(compact(r.refNo().text()))),
    DATE("date", r -> r.date() == null ? Stream.empty() : Stream.of(r.date().toString())),
    SUBJECT("subject", r -> text(r.subject())),
    SALUTATION("salutation", r -> text(r.salutation())),
    REFERENCES("references", r -> r.references().stream()
            .map(ref -> ref.refNo() == null ? "?" : compact(ref.refNo().text()))),
    DEADLINES("deadlines", r -> r.deadlines().stream().map(Field::deadline)),
    INFO_DOMAINS("infoDomains", r -> r.infoDomains().stream().map(d -> Integer.toString(d.number()))),
    SIGNER("signer", r -> r.signer() == null ? Stream.empty() : text(r.signer().name())),
    QR_CODES("qrCodes", r -> r.qrCodes().stream().map(DirectiveRecord.QrCode::payload), true),
    LETTER_TYPE("letterType", r -> r.letterType() == null ? Stream.empty() : Stream.of(r.letterType().json())),
    URGENCY("urgency", r -> r.urgency() == null ? Stream.empty() : Stream.of(r.urgency().json())),
    SECRECY("secrecy", r -> r.secrecy() == null ? Stream.empty() : Stream.of(r.secrecy().json()));

    private final String key;
    private final Function<DirectiveRecord, Stream<String>> values;

    private final boolean imageOnly;

    Field(String key, Function<DirectiveRecord, Stream<String>> values) {
        this(key, values, false);
    }

    Field(String key, Function<DirectiveRecord, Stream<String>> values, boolean imageOnly) {
        this.key = key;
        this.values = values;
        this.imageOnly = imageOnly;
    }

    /**
     * Whether the field is read from an image rather than from text (a QR code), so a text input
     * can never carry it and is not scored on it.
     */
    public boolean imageOnly() {
        return imageOnly;
    }

    /** The name used on the command line and in reports, e.g. {@code refNo}. */
    public String key() {
        return key;
    }

    public List<String> values(DirectiveRecord record) {
        return values.apply(record).sorted().toList();
    }

    private static Stream<String> text(String value) {
        return value == null || value.isBlank() ? Stream.empty() : Stream.of(compact(value));
    }

    private static String compact(String value) {
        return value.replaceAll("\\s+", "");
    }

    private static String deadline(Deadline d) {
        String kind = d.kind().name().toLowerCase(Locale.ROOT);
        return switch (d.kind()) {
            case ABSOLUTE -> kind + " " + d.date();
            case MONTHLY -> kind + " " + d.dayOfMonth();
            case RELATIVE -> kind + " " + d.days() + " " + d.from();
        };
    }
}
