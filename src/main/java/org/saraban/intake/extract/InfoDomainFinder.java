package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord.InfoDomain;

/**
 * The domains (ด้าน) of the INFO system (ระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น) a letter cites, as
 * {@code ด้านที่ ๖ การจัดการภายในและธรรมาภิบาล}, with the topics (หัวข้อ) it names for them. Letters
 * and OCR get the number or the name wrong; the name is the stronger evidence, so when both are
 * there and disagree the name's number is kept and the record says so in review. A name OCR
 * damaged (a few letters off) is matched to the nearest canonical name and flagged. Stateless and
 * thread-safe.
 */
public final class InfoDomainFinder {
    private static final String D = "[0-9๐-๙]";
    /** The eight domains, by number; the last names of each row are other ways letters write them. */
    private static final List<List<String>> NAMES = List.of(
            List.of("สาธารณสุขและสิ่งแวดล้อม"),
            List.of("นวัตกรรมและการศึกษา"),
            List.of("สาธารณภัย"),
            List.of("โครงสร้างพื้นฐาน"),
            List.of("การบริหารจัดการน้ำ"),
            List.of("การจัดการภายในและธรรมาภิบาล"),
            List.of("สังคม ศาสนา วัฒนธรรม", "สังคม ศาสนา และวัฒนธรรม"),
            List.of("เศรษฐกิจและการท่องเที่ยว", "เศรษฐกิจและแหล่งท่องเที่ยว"));
    /** Topics (หัวข้อ) seen in letters; others are read from quotes after หัวข้อ. {@link InstitutionNames} restores their marks too. */
    static final List<String> KNOWN_TOPICS = List.of(
            "ศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง)",
            "ศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น",
            "ข้อมูลการดำเนินงานของคณะกรรมการชุมชนของเทศบาล",
            "ข้อมูลการจัดตั้งกองทุนวิสาหกิจชุมชน",
            "ข้อมูลการช่วยเหลือประชาชน",
            "ข้อมูลคณะกรรมการชุมชน",
            "ข้อมูลชุมชน");
    /**
     * ด้านที่ N [name] (ที่ "number" perhaps without its tone mark or vowel, as OCR drops them), or ด้าน<name>;
     * ด้าน also with its ้า read as ำ (ดำนท ๖) or its tone mark lost (ดาน), which no word here is.
     */
    private static final Pattern DOMAIN = Pattern.compile("ด(?:้?า|ำ)น\\s?(?:(?:ที?่?\\s?)?(" + D + ")(?!" + D + "))?\\s?");
    /** หัวข้อ ("topic"), then the topic list up to the next domain or the end of the clause. */
    private static final Pattern TOPICS = Pattern.compile("^[^\\n]{0,40}?หัวข้อ\\s?(?!ดังกล่าว)");
    /** One quoted topic, after a comma or และ ("and") when it is not the first. */
    private static final Pattern QUOTED_ITEM = Pattern.compile("\\s?(?:,|และ)?\\s?\"([^\"]{2,120})\"");
    private static final int NAME_WINDOW = 40;
    private static final int TOPIC_WINDOW = 220;
    /** The share of a name's letters that may differ for a damaged name to still count. */
    private static final double MAX_DISTANCE = 0.25;

    public Found<List<InfoDomain>> find(LetterText letter) {
        String text = letter.flat();
        Map<Integer, LinkedHashSet<String>> domains = new LinkedHashMap<>();
        List<String> review = new ArrayList<>();
        boolean repaired = false;
        Matcher m = DOMAIN.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + NAME_WINDOW));
            Integer stated = m.group(1) == null ? null : Integer.valueOf(ThaiDigits.toArabic(m.group(1)));
            Match name = name(after);
            int number;
            String shown = text.substring(m.start(), Math.min(text.length(), m.end() + (name == null ? 0 : name.length)));
            if (name != null) {
                number = name.number;
                if (name.distance > 0) {
                    review.add("INFO domain name read as " + canonical(number) + ": " + shown.strip());
                    repaired = true;
                }
                if (stated != null && stated != number) {
                    review.add("INFO domain number " + stated + " disagrees with its name " + canonical(number)
                            + " (domain " + number + "): the name wins");
                    repaired = true;
                }
            } else if (stated != null && stated >= 1 && stated <= 8) {
                number = stated;
                review.add("INFO domain " + stated + " cited without a name that confirms it: " + shown.strip());
                repaired = true;
            } else {
                continue;
            }
            LinkedHashSet<String> topics = domains.computeIfAbsent(number, k -> new LinkedHashSet<>());
            int nameEnd = m.end() + (name == null ? 0 : name.length);
            topics.addAll(topics(text.substring(nameEnd, Math.min(text.length(), nameEnd + TOPIC_WINDOW))));
        }
        List<InfoDomain> out = new ArrayList<>();
        domains.forEach((number, topics) -> out.add(new InfoDomain(number, canonical(number), List.copyOf(topics))));
        double confidence = out.isEmpty() ? 0 : repaired ? Found.REPAIRED : Found.SURE;
        return new Found<>(out, confidence, review);
    }

    /** The canonical name of domain {@code number}. */
    public static String canonical(int number) {
        return NAMES.get(number - 1).get(0);
    }

    private record Match(int number, int length, int distance) {}

    /** The domain whose name starts {@code text} (spaces ignored), exactly or nearly. */
    private static Match name(String text) {
        Match best = null;
        for (int n = 0; n < NAMES.size(); n++) {
            for (String name : NAMES.get(n)) {
                String want = name.replace(" ", "");
                // Compare against the same number of letters of the text, spaces skipped.
                StringBuilder got = new StringBuilder();
                int used = 0;
                while (used < text.length() && got.length() < want.length()) {
                    char c = text.charAt(used++);
                    if (c != ' ') {
                        got.append(c);
                    }
                }
                int distance = levenshtein(want, got.toString());
                if (distance <= want.length() * MAX_DISTANCE && (best == null || distance < best.distance)) {
                    best = new Match(n + 1, used, distance);
                }
            }
        }
        return best;
    }

    private static List<String> topics(String after) {
        List<String> topics = new ArrayList<>();
        Matcher t = TOPICS.matcher(after);
        if (!t.find()) {
            return topics;
        }
        String rest = after.substring(t.end());
        int next = rest.indexOf("ด้านที่");
        String window = next >= 0 ? rest.substring(0, next) : rest;
        Matcher q = QUOTED_ITEM.matcher(window);
        int at = 0;
        while (q.find(at) && q.start() == at) {
            topics.add(q.group(1).strip());
            at = q.end();
        }
        if (!topics.isEmpty()) {
            return topics;
        }
        String compact = window;
        for (String known : KNOWN_TOPICS) {
            int found = compact.indexOf(known);
            if (found >= 0) {
                topics.add(known);
                compact = compact.substring(0, found) + "\u0000".repeat(known.length()) + compact.substring(found + known.length());
            }
        }
        topics.sort((a, b) -> Integer.compare(window.indexOf(a), window.indexOf(b)));
        return topics;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
