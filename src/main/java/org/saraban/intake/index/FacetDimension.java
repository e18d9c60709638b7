package org.saraban.intake.index;

import java.util.Locale;
import java.util.Map;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.Urgency;

/**
 * What hits can be counted and filtered by. Values are stable codes ({@code most_urgent},
 * {@code 6}, {@code 2024}); {@link #label} gives the Thai text a page shows for one.
 */
public enum FacetDimension {
    AGENCY, TYPE, URGENCY, DOMAIN, YEAR;

    /** Value of {@link #URGENCY} for letters with no urgency mark. */
    static final String NORMAL = "normal";

    // The eight INFO domains (ด้าน) by number.
    private static final Map<String, String> DOMAINS = Map.of(
            "1", "สาธารณสุขและสิ่งแวดล้อม",
            "2", "นวัตกรรมและการศึกษา",
            "3", "สาธารณภัย",
            "4", "โครงสร้างพื้นฐาน",
            "5", "การบริหารจัดการน้ำ",
            "6", "การจัดการภายในและธรรมาภิบาล",
            "7", "สังคม ศาสนา วัฒนธรรม",
            "8", "เศรษฐกิจและการท่องเที่ยว");

    private static final Map<LetterType, String> TYPES = Map.of(
            LetterType.EXTERNAL, "หนังสือภายนอก",
            LetterType.MEMO, "บันทึกข้อความ",
            LetterType.STAMPED, "หนังสือประทับตรา",
            LetterType.ORDER, "หนังสือสั่งการ",
            LetterType.ANNOUNCEMENT, "หนังสือประชาสัมพันธ์",
            LetterType.RECORD, "หนังสือที่เจ้าหน้าที่ทำขึ้น",
            LetterType.UNKNOWN, "ไม่ทราบประเภท");

    /** The name used in URLs and JSON: {@code agency}, {@code type}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FacetDimension fromKey(String key) {
        for (FacetDimension d : values()) {
            if (d.key().equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no facet '" + key + "'; facets are agency, type, urgency, domain, year");
    }

    /** Thai text for one value of this dimension. */
    public String label(String value) {
        return switch (this) {
            case AGENCY -> value;
            case TYPE -> {
                for (LetterType t : LetterType.values()) {
                    if (t.json().equals(value)) {
                        yield TYPES.get(t);
                    }
                }
                yield value;
            }
            case URGENCY -> {
                for (Urgency u : Urgency.values()) {
                    if (u.json().equals(value)) {
                        yield u.thai();
                    }
                }
                yield NORMAL.equals(value) ? "ปกติ" : value;
            }
            case DOMAIN -> DOMAINS.containsKey(value) ? "ด้านที่ " + value + " " + DOMAINS.get(value) : "ด้านที่ " + value;
            // Letters count years in the Buddhist era: BE = CE + 543.
            case YEAR -> "พ.ศ. " + (Integer.parseInt(value) + 543);
        };
    }
}
