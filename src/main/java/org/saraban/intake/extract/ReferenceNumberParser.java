package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.ReferenceNumber;

/**
 * Reads a letter number such as {@code มท ๐๘๑๐.๗/ว ๕๙๕๕}: a two-letter agency or province code,
 * a four-digit unit code with an optional {@code .n} sub-unit, {@code /}, an optional ว
 * (circular, หนังสือเวียน) and the running number. Digits become Arabic in {@code text}.
 *
 * <p>What OCR does to these numbers is read, not guessed at:
 * <ul>
 *   <li>a bracket or bar where a digit should be ({@code ๕๕๓)๒}) becomes {@code ?} in the serial,
 *       with a review reason;
 *   <li>{@code /๑ ๑๐๕๕}: a lone digit, a space, then the serial is how OCR often reads {@code /ว ๑๐๕๕};
 *       whether it is a circular is left open ({@code circular} null) for {@link ReferenceNumberRepair};
 *   <li>a sub-unit's point read as a space ({@code ๐๐๒๓ ๖/ว}) is put back;
 *   <li>an agency code outside the known ministry and province codes is flagged.
 * </ul>
 * Stateless and thread-safe.
 */
public final class ReferenceNumberParser {
    private static final String D = "[0-9๐-๙]";
    /** Characters OCR leaves in place of a digit it could not read. */
    private static final String UNSURE = ")(|";
    /** What follows the agency code: unit code, circular ว or a lone digit standing for it, serial. */
    private static final String AFTER_CODE = "\\s?\\.?\\s*(" + D + "{4}(?:\\s?\\.\\s?" + D + "{1,2}|\\s" + D + "{1,2}(?=\\s?/))?)\\s*/\\s*"
            + "(?:(ว)\\s*\\.?\\s*|([๑1])\\s+(?=" + D + "{2}))?"
            + "(" + D + "(?:[0-9๐-๙)(|]{0,4}" + D + ")?)(?![0-9๐-๙)(|])";
    /** Agency code, unit code, circular ว or a lone digit standing for it, serial; spaces as OCR leaves them. */
    public static final Pattern PATTERN = Pattern.compile(
            "(?:(?<![\\u0E01-\\u0E4E])|(?<=ที่)|(?<=ที))([ก-ฮ]{2})" + AFTER_CODE);
    /**
     * A number line's number whose two-letter code OCR read with a letter too many (ทกส ๐๖๐๔.๗/ว ๒๐๒๗):
     * read with the code as it stands, which is flagged unknown, for {@link ReferenceNumberRepair} to
     * settle from the same number quoted elsewhere in the bundle.
     */
    private static final Pattern CODE_WITH_A_LETTER_TOO_MANY = Pattern.compile("^\\s*([ก-ฮ]{3})" + AFTER_CODE);

    /** An order's or announcement's number: ที่ ๑๒/๒๕๖๘ ("no. 12 of 2568"), with no agency code. */
    private static final Pattern ORDER_NUMBER = Pattern.compile("^(" + D + "{1,5})\\s*/\\s*(" + D + "{4})(?!" + D + ")");

    private final AgencyCodes codes = new AgencyCodes();

    /** The number of an order or announcement at the start of {@code text}: serial/year. */
    public Optional<Found<ReferenceNumber>> findOrderNumber(String text) {
        Matcher m = ORDER_NUMBER.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String serial = ThaiDigits.toArabic(m.group(1));
        String year = ThaiDigits.toArabic(m.group(2));
        return Optional.of(Found.of(new ReferenceNumber(serial + "/" + year, m.group(), null, null, false, serial)));
    }

    /** The first reference number in {@code text}. */
    public Optional<Found<ReferenceNumber>> find(CharSequence text) {
        Matcher m = PATTERN.matcher(text);
        return m.find() ? Optional.of(read(m)) : Optional.empty();
    }

    /** The number at the start of a number line whose code has a letter too many ({@link #CODE_WITH_A_LETTER_TOO_MANY}). */
    public Optional<Found<ReferenceNumber>> findWithCodeTooLong(String numberLine) {
        Matcher m = CODE_WITH_A_LETTER_TOO_MANY.matcher(numberLine);
        return m.find() ? Optional.of(read(m)) : Optional.empty();
    }

    /** Every reference number in {@code text}. */
    public List<Found<ReferenceNumber>> findAll(CharSequence text) {
        List<Found<ReferenceNumber>> all = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            all.add(read(m));
        }
        return all;
    }

    /** The number of a {@link #PATTERN} match, with review reasons for what OCR left unsure. */
    public Found<ReferenceNumber> read(Matcher m) {
        String agency = m.group(1);
        // a sub-unit whose point OCR read as a space (0023 6/ว) is written with its point
        String unit = ThaiDigits.toArabic(m.group(2)).replaceFirst("^(\\d{4})\\s+(?=\\d)", "$1.").replaceAll("\\s+", "");
        boolean ambiguousCircular = m.group(4) != null;
        Boolean circular = ambiguousCircular ? null : m.group(3) != null;
        StringBuilder serial = new StringBuilder();
        for (char c : ThaiDigits.toArabic(m.group(5)).toCharArray()) {
            serial.append(UNSURE.indexOf(c) >= 0 ? '?' : c);
        }
        String raw = m.group().strip();
        ReferenceNumber number = build(agency, unit, circular, serial.toString(), raw);
        Found<ReferenceNumber> found = Found.of(number);
        if (serial.indexOf("?") >= 0) {
            found = found.flag("reference number " + raw + ": the OCR was unsure of a digit in the serial", Found.DOUBTFUL);
        }
        if (ambiguousCircular) {
            found = found.flag("reference number " + raw + ": '" + m.group(4) + " ' before the serial may be ว (circular)",
                    Found.DOUBTFUL);
        }
        if (!codes.isKnown(agency)) {
            found = found.flag(unknownCode(agency, raw), Found.DOUBTFUL);
        }
        return found;
    }

    /** The review reason for an agency code that is neither a ministry's nor a province's. */
    static String unknownCode(String agency, String raw) {
        return "unknown agency code " + agency + " in reference number " + raw;
    }

    /** A number from its parts; {@code circular} null when unknown (written as {@code /? serial}). */
    static ReferenceNumber build(String agency, String unit, Boolean circular, String serial, String raw) {
        String mark = circular == null ? "? " : circular ? "ว " : "";
        return new ReferenceNumber(agency + " " + unit + "/" + mark + serial, raw, agency, unit, circular, serial);
    }
}
