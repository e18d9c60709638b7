package org.saraban.intake.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.Deadline;

/**
 * Deadlines of the form ภายในวันที่ … ("by the …"): a date ({@code ภายในวันที่ ๓๑ ตุลาคม ๒๕๖๕},
 * optionally with a weekday: {@code ภายในวันจันทร์ที่ ...}) or a day of every month
 * ({@code ภายในวันที่ ๕ ของทุกเดือน}, with an RFC 5545 RRULE). The action is the clause before it.
 */
public final class DeadlineFinder {
    private static final String D = "[0-9๐-๙]";
    private static final String WEEKDAY = "(?:อาทิตย์|จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์)";
    /** ภายใน / ก่อน / ไม่เกิน + วัน[weekday]ที่ + day. */
    private static final Pattern LEAD = Pattern.compile(
            "(?:ภายใน|ก่อน|ไม่เกิน)\\s*วัน" + WEEKDAY + "?\\s*ที่\\s*(" + D + "{1,2})");
    /** ของทุกเดือน: "of every month". */
    private static final Pattern MONTHLY = Pattern.compile("^\\s*(?:ของ)?\\s*ทุกเดือน");

    public List<Deadline> find(String letterText) {
        String text = letterText.replaceAll("\\s*\\R\\s*", " ");
        List<Deadline> deadlines = new ArrayList<>();
        Matcher m = LEAD.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            String action = actionBefore(text, m.start());
            if (MONTHLY.matcher(after).find()) {
                int day = Integer.parseInt(ThaiDigits.toArabic(m.group(1)));
                Matcher monthly = MONTHLY.matcher(after);
                monthly.find();
                String phrase = text.substring(m.start(), m.end() + monthly.end()).strip();
                if (day >= 1 && day <= 31) {
                    deadlines.add(new Deadline(Deadline.Kind.MONTHLY, null, day, null, null,
                            "FREQ=MONTHLY;BYMONTHDAY=" + day, action, phrase));
                }
                continue;
            }
            Matcher date = ThaiDate.PATTERN.matcher(text);
            date.region(m.start(1), Math.min(text.length(), m.end() + 40));
            if (date.lookingAt()) {
                Optional<ThaiDate> parsed = ThaiDate.fromMatch(date);
                LocalDate when = parsed.map(ThaiDate::date).orElse(null);
                String phrase = text.substring(m.start(), date.end());
                deadlines.add(new Deadline(Deadline.Kind.ABSOLUTE, when, null, null, null, null, action, phrase));
            }
        }
        return deadlines;
    }

    /** The clause before the deadline phrase: back to the previous sentence break, at most 120 chars. */
    private static String actionBefore(String text, int end) {
        int start = Math.max(0, end - 120);
        String before = text.substring(start, end);
        int cut = Math.max(before.lastIndexOf("  "), Math.max(before.lastIndexOf(". "), before.lastIndexOf(" โดย")));
        String action = (cut >= 0 ? before.substring(cut) : before).strip();
        return action.isEmpty() ? null : action;
    }
}
