package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saraban.intake.directive.ReferenceNumber;

/**
 * Corrects a reference number that OCR damaged, but only from what the bundle itself says, and
 * always says so in {@code review}:
 * <ul>
 *   <li>a serial with an unsure digit, or a {@code /๑ } that may be {@code /ว }, is completed from
 *       the same number quoted elsewhere in the bundle (same agency, unit, and a serial that agrees
 *       on every digit that was read, or that is the read serial without the unsure mark);
 *   <li>a serial read without its ว is a circular's when the bundle quotes the same number with ว
 *       (the ว lost to the OCR: {@code ๐๘๑๐.๙/๔๘๐๔} quoted as {@code ๐๘๑๐.๙/ว ๔๘๐๔});
 *   <li>a {@code /๑ } before the serial becomes ว when the letter is addressed to many recipients
 *       (ทุกจังหวัด, several offices): that is what a circular (หนังสือเวียน) is;
 *   <li>an unknown agency code one letter away from a known code that the bundle quotes with the same
 *       unit ({@code นท ๐๘๑๐.๖} beside a quoted {@code มท ๐๘๑๐.๒}) is that code;
 *   <li>else an unknown agency code one letter away from the code of the province in the letter's
 *       address is that province's code ({@code ขร} beside เชียงราย is {@code ชร}), and so is a code read
 *       with a letter too many that is the province's code and that letter ({@code อดต} in อุดรธานี);
 *   <li>a code read with a letter too many ({@code ทกส}) is the code of the same number (unit code and
 *       serial) quoted elsewhere in the bundle, if that code is the one read less a letter ({@code ทส}).
 * </ul>
 * Anything else is left as read, with the parser's review reasons. Stateless and thread-safe.
 */
public final class ReferenceNumberRepair {
    private final AgencyCodes codes = new AgencyCodes();

    /**
     * What the bundle says that can confirm a number.
     *
     * @param quotes every reference number read anywhere in the bundle
     * @param province the province of the letter's address, if known
     * @param circularAddressing whether the letter is addressed to many recipients
     */
    public record Evidence(List<ReferenceNumber> quotes, String province, boolean circularAddressing) {
        public Evidence {
            quotes = List.copyOf(quotes);
        }
    }

    public Found<ReferenceNumber> repair(Found<ReferenceNumber> found, Evidence evidence) {
        if (!found.isPresent()) {
            return found;
        }
        ReferenceNumber n = found.value();
        List<String> review = new ArrayList<>(found.review());
        double confidence = found.confidence();
        boolean changed = false;

        String agency = n.agencyCode();
        Optional<String> quotedCode = codeOfSameUnit(agency, n.unitCode(), evidence.quotes());
        if (!codes.isKnown(agency) && quotedCode.isPresent()) {
            review.remove(ReferenceNumberParser.unknownCode(agency, n.raw()));
            review.add("agency code " + agency + " read as " + quotedCode.get()
                    + ": the bundle quotes numbers of the same unit with that code");
            agency = quotedCode.get();
            changed = true;
        }
        Optional<String> provinceCode = evidence.province() == null ? Optional.empty() : codes.codeOf(evidence.province());
        if (!codes.isKnown(agency) && provinceCode.isPresent() && (oneLetterApart(agency, provinceCode.get())
                || codes.withALetterLess(agency).contains(provinceCode.get()))) {
            review.remove(ReferenceNumberParser.unknownCode(agency, n.raw()));
            review.add("agency code " + agency + " read as " + provinceCode.get()
                    + ": the letter's address is in " + evidence.province());
            agency = provinceCode.get();
            changed = true;
        }
        if (agency.length() == 3) {
            for (ReferenceNumber quote : evidence.quotes()) {
                if (quote.unitCode().equals(n.unitCode()) && quote.serial().equals(n.serial())
                        && codes.withALetterLess(agency).contains(quote.agencyCode())) {
                    review.remove(ReferenceNumberParser.unknownCode(agency, n.raw()));
                    review.add("agency code " + agency + " read as " + quote.agencyCode()
                            + ": the same number is quoted in the bundle as " + quote.raw());
                    agency = quote.agencyCode();
                    changed = true;
                    break;
                }
            }
        }
        String serial = n.serial();
        Boolean circular = n.circular();
        if (Boolean.FALSE.equals(circular) && !serial.contains("?")) {
            String code = agency;
            Optional<ReferenceNumber> quotedAsCircular = evidence.quotes().stream()
                    .filter(q -> q.agencyCode().equals(code) && q.unitCode().equals(n.unitCode())
                            && q.serial().equals(n.serial()) && Boolean.TRUE.equals(q.circular()))
                    .findFirst();
            if (quotedAsCircular.isPresent()) {
                review.add("reference number " + n.raw() + ": ว (circular) read from the same number quoted in the bundle: "
                        + quotedAsCircular.get().raw());
                circular = true;
                changed = true;
            }
        }
        for (ReferenceNumber quote : evidence.quotes()) {
            if (!(serial.contains("?") || circular == null)) {
                break;
            }
            if (quote.agencyCode().equals(agency) && quote.unitCode().equals(n.unitCode())
                    && !quote.serial().contains("?") && agrees(serial, quote.serial())
                    && (circular != null || Boolean.TRUE.equals(quote.circular()))) {
                review.removeIf(r -> r.startsWith("reference number " + n.raw() + ":"));
                review.add("reference number " + n.raw() + " completed from the same number quoted in the bundle: " + quote.raw());
                serial = quote.serial();
                circular = circular == null ? quote.circular() : circular;
                changed = true;
            }
        }
        if (circular == null && evidence.circularAddressing() && !serial.contains("?")) {
            review.removeIf(r -> r.startsWith("reference number " + n.raw() + ": '"));
            review.add("reference number " + n.raw() + ": read ว (circular) before the serial, the letter is addressed to many recipients");
            circular = true;
            changed = true;
        }
        if (!changed) {
            return found;
        }
        boolean stillUnsure = serial.contains("?") || circular == null || !codes.isKnown(agency);
        confidence = stillUnsure ? Math.min(confidence, Found.DOUBTFUL) : Found.REPAIRED;
        return new Found<>(ReferenceNumberParser.build(agency, n.unitCode(), circular, serial, n.raw()), confidence, review);
    }

    /**
     * The one known code, a letter apart from {@code agency}, that the bundle quotes with the same unit
     * (the four digits before the unit code's point): a ministry's letter quotes its own earlier ones
     * (นท ๐๘๑๐.๖ beside อ้างถึง … ที่ มท ๐๘๑๐.๒), and a unit belongs to one agency.
     */
    private Optional<String> codeOfSameUnit(String agency, String unitCode, List<ReferenceNumber> quotes) {
        String unit = unitCode.split("\\.")[0];
        List<String> found = quotes.stream()
                .filter(q -> q.unitCode().split("\\.")[0].equals(unit) && codes.isKnown(q.agencyCode())
                        && oneLetterApart(agency, q.agencyCode()))
                .map(ReferenceNumber::agencyCode).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean oneLetterApart(String a, String b) {
        return a.length() == 2 && b.length() == 2 && (a.charAt(0) == b.charAt(0)) != (a.charAt(1) == b.charAt(1));
    }

    /** Whether {@code read} (with ? for unsure digits) agrees with {@code sure} on every digit read. */
    private static boolean agrees(String read, String sure) {
        if (read.replace("?", "").equals(sure)) {
            return true; // the unsure mark was OCR noise between two digits
        }
        if (read.length() != sure.length()) {
            return false;
        }
        for (int i = 0; i < read.length(); i++) {
            if (read.charAt(i) != '?' && read.charAt(i) != sure.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
