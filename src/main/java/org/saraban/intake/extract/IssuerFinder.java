package org.saraban.intake.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord.Issuer;
import org.saraban.intake.directive.ReferenceNumber;

/**
 * The issuing office and its address: the lines between the number line (ที่ …) and the date, the
 * first being the office, with the next line when the office's name wrapped onto it (a line that is
 * not the start of an address: ถนน, เลขที่, a house number…); a memo's ส่วนราชการ ("issuing unit")
 * line, with the name of the province or district when the line breaks after จังหวัด / อำเภอ. The province is the one named in the address (กทม. is
 * กรุงเทพมหานคร); a letter without an address block (a stamped letter) gets only the province of a
 * province code in its number. Stateless and thread-safe.
 */
public final class IssuerFinder {
    private static final Pattern NUMBER_LINE = Pattern.compile("^ที่\\s+[ก-ฮ]{2}");
    private static final Pattern STOP = Pattern.compile("^(?:เรื่อง|เรียน|ถึง|เสนอ|อ้างถึง|สิ่งที่ส่งมาด้วย|วันที่)");
    private static final int MAX_LINES = 5;
    private static final Pattern PROVINCE_WORD = Pattern.compile("จังหวัด\\s?");
    /** A memo's issuing unit: ส่วนราชการ <unit>. */
    private static final Pattern MEMO_UNIT = Pattern.compile("^ส่วนราชการ\\s+(.+)$");
    /** A name cut after จังหวัด ("province") or อำเภอ ("district"): the place's name is on the next line. */
    private static final Pattern CUT_AFTER_PLACE_WORD = Pattern.compile("(?:จังหวัด|อำเภอ)$");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\S+");
    /**
     * How an address line starts: road (ถนน), house number (เลขที่ or digits), sub-district (ตำบล, แขวง),
     * district (อำเภอ, เขต), village (หมู่), lane (ซอย), building (อาคาร), provincial hall (ศาลากลาง),
     * district office (ที่ว่าการ), or a province (จังหวัด).
     */
    private static final Pattern ADDRESS_START = Pattern.compile(
            "^(?:ถนน|เลขที่|[0-9๐-๙]|ตำบล|ต\\.|แขวง|อำเภอ|อ\\.|เขต|หมู่|ซอย|อาคาร|ศาลากลาง|ที่ว่าการ|จังหวัด|ชั้น)");

    private final AgencyCodes codes = new AgencyCodes();

    public Found<Issuer> find(LetterText letter, ReferenceNumber refNo) {
        List<String> lines = letter.lines();
        for (String line : lines) {
            Matcher memo = MEMO_UNIT.matcher(line);
            if (memo.find()) {
                String unit = memo.group(1).strip();
                int at = lines.indexOf(line);
                if (CUT_AFTER_PLACE_WORD.matcher(unit).find() && at + 1 < lines.size()) {
                    Matcher place = FIRST_WORD.matcher(lines.get(at + 1));
                    if (place.find()) {
                        unit = unit + place.group();
                    }
                }
                return Found.of(new Issuer(unit, null, province(unit).orElse(null)));
            }
        }
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (NUMBER_LINE.matcher(lines.get(i)).find()) {
                start = i + 1;
                break;
            }
        }
        String name = null;
        StringBuilder address = new StringBuilder();
        if (start >= 0) {
            int read = 0;
            for (int i = start; i < lines.size() && read < MAX_LINES; i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    continue;
                }
                read++;
                if (STOP.matcher(line).find() || ThaiDate.PATTERN.matcher(line).lookingAt()) {
                    break;
                }
                if (name == null) {
                    name = line;
                } else if (address.isEmpty() && !hasPostcode(name)
                        && (CUT_AFTER_PLACE_WORD.matcher(name).find() && !line.contains(" ")
                                || !ADDRESS_START.matcher(line).find() && province(line).isEmpty())) {
                    name = name + line; // the office's name wrapped: กรมป้องกันและบรรเทา / สาธารณภัย
                } else {
                    address.append(address.isEmpty() ? "" : " ").append(line);
                }
            }
        }
        String addressText = address.isEmpty() ? null : address.toString();
        final String office = name;
        Optional<String> province = province(addressText).or(() -> province(office)); // the office's name may hold it: …จังหวัดเชียงใหม่
        if (name == null && addressText == null) {
            Optional<String> fromCode = refNo == null ? Optional.empty() : codes.province(refNo.agencyCode());
            return fromCode.map(p -> new Found<>(new Issuer(null, null, p), Found.REPAIRED, List.<String>of()))
                    .orElse(Found.none());
        }
        return Found.of(new Issuer(name, addressText, province.orElse(null)));
    }

    /** Whether {@code line} ends in a five-digit postal code, which only an address has. */
    private static boolean hasPostcode(String line) {
        return line.matches(".*[0-9๐-๙]{5}$");
    }

    private static String withoutTones(String s) {
        return s.replaceAll("[\u0E48-\u0E4B]", "");
    }

    /** The province of the first จังหวัด{@code <name>} ("province of …") in {@code text}, as a stamped letter's office names it. */
    public Optional<String> provinceOfOffice(String text) {
        Matcher m = PROVINCE_WORD.matcher(text);
        while (m.find()) {
            Optional<String> p = province(text.substring(m.end(), Math.min(text.length(), m.end() + 25)))
                    .filter(name -> withoutTones(text.substring(m.end()).replace(" ", "")).startsWith(withoutTones(name)));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The province named in {@code text}, if any. */
    public Optional<String> province(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.contains("กทม") || text.contains("กรุงเทพ")) {
            return Optional.of("กรุงเทพมหานคร");
        }
        // OCR drops tone marks (กระบี่ read as กระบี): compare without them.
        String compact = withoutTones(text.replace(" ", ""));
        return codes.provinceNames().stream().filter(p -> compact.contains(withoutTones(p))).findFirst();
    }
}
