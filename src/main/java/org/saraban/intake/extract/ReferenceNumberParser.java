package org.saraban.intake.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.ReferenceNumber;

/**
 * Reads a letter number such as {@code มท ๐๘๑๐.๗/ว ๕๙๕๕}: a two-letter agency or province code,
 * a four-digit unit code with an optional {@code .n} sub-unit, {@code /}, an optional ว
 * (circular, หนังสือเวียน) and the running number.
 */
public final class ReferenceNumberParser {
    private static final String D = "[0-9๐-๙]";
    /** Agency code, unit code, circular mark, serial; spaces as OCR leaves them. */
    public static final Pattern PATTERN = Pattern.compile(
            "([ก-ฮ]{2})\\s*(" + D + "{4}(?:\\s*\\.\\s*" + D + "{1,2})*)\\s*/\\s*(ว\\.?)?\\s*(" + D + "{1,6})(?!" + D + ")");

    /** The first reference number in {@code text}. */
    public Optional<ReferenceNumber> find(CharSequence text) {
        Matcher m = PATTERN.matcher(text);
        return m.find() ? Optional.of(fromMatch(m)) : Optional.empty();
    }

    /** Builds the number of a {@link #PATTERN} match. */
    public ReferenceNumber fromMatch(Matcher m) {
        String agency = m.group(1);
        String unit = ThaiDigits.toArabic(m.group(2)).replaceAll("\\s+", "");
        boolean circular = m.group(3) != null;
        String serial = ThaiDigits.toArabic(m.group(4));
        String text = agency + " " + unit + "/" + (circular ? "ว " : "") + serial;
        return new ReferenceNumber(text, m.group(), agency, unit, circular, serial);
    }
}
