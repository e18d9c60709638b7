package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord.Contacts;

/**
 * The owning unit (ส่วนราชการเจ้าของเรื่อง) and the contacts at the foot of a letter: phones after
 * โทร. / โทรศัพท์, faxes after โทรสาร (OCR: โทรศาร), one number for both after {@code โทร./โทรสาร},
 * e-mail addresses, and the coordinator (ผู้ประสานงาน). A number the line wraps after its label
 * (โทร. ๐ ๗๑๒๘ / ๘๙๑๔) is read across the break. Numbers get Arabic digits; a number whose length no
 * Thai phone has is flagged. A memo (บันทึกข้อความ) has no unit at its foot: its owning unit is its
 * ส่วนราชการ line, which the regulation on official correspondence defines as the unit that owns the
 * matter, up to its phone. Stateless and thread-safe.
 */
public final class ContactFinder {
    private static final String D = "[0-9๐-๙]";
    /** A label: โทร (phone), โทรศัพท์ (telephone), โทรสาร (fax), as OCR spells them. */
    private static final Pattern LABEL = Pattern.compile("(โทร\\s?[สศ]าร|แฟกซ์|[Ff]ax|โทร\\s?ศัพท์|โทร)[\\s.ฯ:]*(/\\s?(โทร\\s?[สศ]าร))?[\\s.ฯ:]*");
    /** A phone number: 0 then digits with spaces or dashes, and an extension (ต่อ). */
    private static final Pattern PHONE = Pattern.compile(
            "(0|๐)[0-9๐-๙\\s-]{6,14}[0-9๐-๙](?:\\s?ต่อ\\s?(" + D + "{1,5}))?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** ผู้ประสานงาน ("coordinator"), then the name up to the phone label. */
    private static final Pattern COORDINATOR = Pattern.compile("ผู้ประสานงาน[\\s:]*(.+?)\\s*(?=โทร|$)");
    /** Lines of the owning unit: office, division, group, section, centre. */
    private static final Pattern UNIT_LINE = Pattern.compile("^(?:สำนัก|กอง|กลุ่ม|ฝ่าย|งาน|ศูนย์|ส่วน)");
    private static final Pattern PHONE_LINE = Pattern.compile("^(?:โทร|ผู้ประสานงาน|ไปรษณีย์|E-?mail|อีเมล)");
    /** A line that ends in a phone label and at most part of its number, so the number goes on below. */
    private static final Pattern WRAPPED_NUMBER = Pattern.compile("(?:โทร|[Ff]ax)[^\\s]*[\\s.ฯ:]*[0-9๐-๙\\s-]{0,8}$");
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^[0-9๐-๙]");
    /** A memo's ส่วนราชการ ("government unit") heading, the unit's name after it up to its phone. */
    private static final Pattern MEMO_UNIT = Pattern.compile("^ส่วน\\s?ราชการ\\s*(.+?)\\s*(?:โทร.*)?$");
    private static final Pattern MEMO_HEAD_END = Pattern.compile("^(?:ที่\\s|วันที่|เรื่อง)");

    public record Result(Found<String> ownerUnit, Found<Contacts> contacts) {}

    public Result find(LetterText letter) {
        List<String> lines = letter.lines();
        int firstPhone = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (PHONE_LINE.matcher(lines.get(i)).find()) {
                firstPhone = i;
                break;
            }
        }
        Found<String> owner = firstPhone < 0 ? Found.none() : ownerUnit(lines, firstPhone);
        if (!owner.isPresent()) {
            owner = memoUnit(lines);
        }
        LinkedHashSet<String> phones = new LinkedHashSet<>();
        LinkedHashSet<String> faxes = new LinkedHashSet<>();
        LinkedHashSet<String> emails = new LinkedHashSet<>();
        List<String> review = new ArrayList<>();
        String coordinator = null;
        for (String line : joinWrappedNumbers(lines)) {
            Matcher e = EMAIL.matcher(line);
            while (e.find()) {
                emails.add(e.group());
            }
            Matcher c = COORDINATOR.matcher(line);
            if (c.find() && coordinator == null) {
                coordinator = c.group(1).strip();
            }
            Matcher label = LABEL.matcher(line);
            int from = 0;
            while (label.find(from)) {
                boolean fax = !label.group(1).startsWith("โทร") || label.group(1).matches("โทร\\s?[สศ]าร");
                boolean both = label.group(2) != null;
                Matcher p = PHONE.matcher(line);
                p.region(label.end(), line.length());
                if (!p.lookingAt()) {
                    from = label.end();
                    continue;
                }
                String number = ThaiDigits.toArabic(p.group()).replaceAll("\\s+", " ").strip();
                String digits = number.replaceAll("ต่อ.*", "").replaceAll("\\D", "");
                if (digits.length() != 9 && digits.length() != 10) {
                    review.add("phone number " + p.group() + " has " + digits.length() + " digits");
                }
                (fax ? faxes : phones).add(number);
                if (both) {
                    faxes.add(number);
                }
                from = p.end();
                if (from >= line.length()) {
                    break;
                }
            }
        }
        if (phones.isEmpty() && faxes.isEmpty() && emails.isEmpty() && coordinator == null) {
            return new Result(owner, Found.none());
        }
        Contacts contacts = new Contacts(List.copyOf(phones), List.copyOf(faxes), List.copyOf(emails), coordinator);
        return new Result(owner, new Found<>(contacts, review.isEmpty() ? Found.SURE : Found.DOUBTFUL, review));
    }

    /** The unit lines just above the first contact line, blank lines between them allowed. */
    private static Found<String> ownerUnit(List<String> lines, int firstPhone) {
        List<String> unit = new ArrayList<>();
        for (int i = firstPhone - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (!UNIT_LINE.matcher(line).find() || unit.size() == 3) {
                break;
            }
            unit.add(0, line);
        }
        return unit.isEmpty() ? Found.none() : Found.of(String.join(" ", unit));
    }

    /** Lines with a number the line break cut after its label joined to the line that finishes it. */
    private static List<String> joinWrappedNumbers(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 < lines.size() && WRAPPED_NUMBER.matcher(line).find() && STARTS_WITH_DIGIT.matcher(lines.get(i + 1)).find()) {
                line = line + " " + lines.get(++i);
            }
            out.add(line);
        }
        return out;
    }

    /** A memo's ส่วนราชการ, over the lines it wraps onto, without its phone. */
    private static Found<String> memoUnit(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!MEMO_UNIT.matcher(lines.get(i)).find()) {
                continue;
            }
            StringBuilder unit = new StringBuilder(lines.get(i));
            for (int j = i + 1; j < lines.size() && !lines.get(j).isEmpty() && !MEMO_HEAD_END.matcher(lines.get(j)).find()
                    && !unit.toString().contains("โทร"); j++) {
                unit.append(' ').append(lines.get(j));
            }
            Matcher m = MEMO_UNIT.matcher(unit.toString().replaceAll("\\s+", " "));
            return m.find() ? Found.of(m.group(1)) : Found.none();
        }
        return Found.none();
    }
}
