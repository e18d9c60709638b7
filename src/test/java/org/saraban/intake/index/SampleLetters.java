package org.saraban.intake.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.Enclosure;
import org.saraban.intake.directive.DirectiveRecord.InfoDomain;
import org.saraban.intake.directive.DirectiveRecord.LetterReference;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.ReferenceNumber;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.directive.Urgency;

/**
 * Directive records for tests: the six real letters of {@code src/test/resources/search/letters/}
 * with the header fields a correct extraction gives, and three made-up variants. See the README
 * beside the letters.
 */
public final class SampleLetters {
    public static final String TAK_PROVINCE = "7a6b000000000001-1";
    public static final String TAK_DEPARTMENT = "7a6b000000000001-2";
    public static final String KRABI_PROVINCE = "7a6b000000000002-1";
    public static final String KRABI_DEPARTMENT = "7a6b000000000002-2";
    public static final String MAE_HONG_SON_PROVINCE = "7a6b000000000003-1";
    public static final String MAE_HONG_SON_DEPARTMENT = "7a6b000000000003-2";
    /** Made up: จังหวัดตาก follows up on มท 0810.7/ว 5955, citing it. */
    public static final String TAK_FOLLOW_UP = "7a6b000000000004-1";
    /** Made up: a ลับ (confidential) letter. */
    public static final String SECRET_LETTER = "7a6b000000000005-1";
    /** Made up: a letter with a deadline counted from its receipt. */
    public static final String RELATIVE_DEADLINE = "7a6b000000000006-1";

    private static final String DLA = "กรมส่งเสริมการปกครองท้องถิ่น";
    private static final Pattern REF = Pattern.compile("([ก-ฮ]{2}) ([0-9.]+)/(ว )?([0-9]+)");

    private SampleLetters() {}

    /** The six real letters. */
    public static List<DirectiveRecord> real() {
        return List.of(
                letter(TAK_PROVINCE, "tak-citizen-assistance.pdf", List.of(1, 2), LetterType.STAMPED, Urgency.MOST_URGENT, null,
                        "ตก 0023.3/ว 0707", null, "จังหวัดตาก", null,
                        "อำเภอทุกอำเภอ ที่ทำการองค์การบริหารส่วนจังหวัดตาก สำนักงานเทศบาลนครแม่สอด และสำนักงานเทศบาลเมืองตาก",
                        List.of(), List.of(new Enclosure("สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น", ref("มท 0810.7/ว 5955"), LocalDate.of(2022, 10, 21), "1 ชุด")),
                        List.of(domain(6)), List.of(monthly(5, "บันทึกข้อมูลประชาชนที่ขอรับความช่วยเหลือในระบบ INFO")),
                        List.of(), "tak-province.txt"),
                letter(TAK_DEPARTMENT, "tak-citizen-assistance.pdf", List.of(3, 4, 5), LetterType.EXTERNAL, Urgency.MOST_URGENT, null,
                        "มท 0810.7/ว 5955", LocalDate.of(2022, 10, 21), DLA,
                        "การบันทึกข้อมูลการช่วยเหลือประชาชนของศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น",
                        "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
                        List.of(new LetterReference(ref("มท 0808.2/ว 5911"), LocalDate.of(2023, 7, 5), "หนังสือกระทรวงมหาดไทย ด่วนที่สุด"),
                                new LetterReference(ref("มท 0810.7/ว 399"), LocalDate.of(2022, 2, 10), "หนังสือกรมส่งเสริมการปกครองท้องถิ่น")),
                        List.of(new Enclosure("คู่มือการบันทึกข้อมูลประชาชนที่ขอรับความช่วยเหลือในระบบข้อมูลกลางขององค์กรปกครองส่วนท้องถิ่น (INFO)", null, null, "1 เล่ม")),
                        List.of(domain(6)), List.of(monthly(5, "บันทึกข้อมูลการช่วยเหลือประชาชนในระบบ INFO ให้เป็นปัจจุบัน")),
                        List.of(new QrCode("https://shorturl.asia/38nc4", 5, "คู่มือการบันทึกข้อมูลประชาชนที่ขอรับความช่วยเหลือ")),
                        "tak-department.txt"),
                letter(KRABI_PROVINCE, "krabi-transferred-missions.pdf", List.of(1, 2), LetterType.EXTERNAL, null, null,
                        "กบ 0023.6/ว 5532", LocalDate.of(2024, 10, 31), "จังหวัดกระบี่",
                        "การปรับปรุงข้อมูลภารกิจถ่ายโอนขององค์กรปกครองส่วนท้องถิ่น ในระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น ระยะที่ 2 (INFO)",
                        "นายอำเภอ ทุกอำเภอ นายองค์การบริหารส่วนจังหวัดกระบี่ และนายกเทศมนตรีเมืองกระบี่",
                        List.of(new LetterReference(ref("กบ 0023.3/ว 5286"), LocalDate.of(2022, 10, 31), "หนังสือจังหวัดกระบี่")),
                        List.of(new Enclosure("สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น", ref("มท 0810.8/ว 5567"), LocalDate.of(2024, 10, 25), "1 ชุด")),
                        List.of(), List.of(absolute(LocalDate.of(2024, 12, 30), "บันทึกข้อมูลภารกิจถ่ายโอนในระบบ INFO ให้แล้วเสร็จ")),
                        List.of(), "krabi-province.txt"),
                letter(KRABI_DEPARTMENT, "krabi-transferred-missions.pdf", List.of(3, 4), LetterType.EXTERNAL, null, null,
                        "มท 0810.8/ว 5567", LocalDate.of(2024, 10, 25), DLA,
                        "การปรับปรุงข้อมูลภารกิจถ่ายโอนขององค์กรปกครองส่วนท้องถิ่น ในระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น ระยะที่ 2 (INFO)",
                        "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
                        List.of(new LetterReference(ref("มท 0810.8/ว 3418"), LocalDate.of(2022, 10, 26), "หนังสือกรมส่งเสริมการปกครองท้องถิ่น")),
                        List.of(), List.of(), List.of(absolute(LocalDate.of(2024, 12, 30), "บันทึกข้อมูลภารกิจถ่ายโอนในระบบ INFO ให้แล้วเสร็จ")),
                        List.of(), "krabi-department.txt"),
                letter(MAE_HONG_SON_PROVINCE, "mae-hong-son-community-data.pdf", List.of(1), LetterType.STAMPED, null, null,
                        "มส 0023.3/ว 9096", null, "จังหวัดแม่ฮ่องสอน", null,
                        "อำเภอชุมยวน อำเภอแม่ลาน้อย อำเภอเมืองเรียง อำเภอปาย และเทศบาลเมืองแม่ฮ่องสอน",
                        List.of(), List.of(), List.of(domain(7)),
                        List.of(absolute(LocalDate.of(2022, 10, 31), "บันทึกข้อมูลการจัดตั้งชุมชนครั้งแรก"),
                                monthly(5, "บันทึกข้อมูลการจัดตั้งชุมชนครั้งต่อไป")),
                        List.of(), "mae-hong-son-province.txt"),
                letter(MAE_HONG_SON_DEPARTMENT, "mae-hong-son-community-data.pdf", List.of(2, 3), LetterType.EXTERNAL, null, null,
                        "มท 0810.7/ว 399", LocalDate.of(2021, 9, 25), DLA,
                        "การรายงานผลการจัดตั้งชุมชนและผลการดำเนินงานของชุมชนในระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น (INFO)",
                        "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
                        List.of(), List.of(), List.of(domain(7)), List.of(),
                        List.of(new QrCode("https://bit.ly/3dH1XkZ", 3, "ขั้นตอนการบันทึกข้อมูล")), "mae-hong-son-department.txt"));
    }

    /** The real letters and the made-up variants. */
    public static List<DirectiveRecord> all() {
        List<DirectiveRecord> all = new java.util.ArrayList<>(real());
        all.add(letter(TAK_FOLLOW_UP, "tak-follow-up.pdf", List.of(1), LetterType.EXTERNAL, Urgency.URGENT, null,
                "ตก 0023.3/ว 1234", LocalDate.of(2022, 12, 1), "จังหวัดตาก",
                "ติดตามการบันทึกข้อมูลการช่วยเหลือประชาชน",
                "นายอำเภอ ทุกอำเภอ",
                List.of(new LetterReference(ref("มท 0810.7/ว 5955"), LocalDate.of(2022, 10, 21), "หนังสือกรมส่งเสริมการปกครองท้องถิ่น")),
                List.of(), List.of(domain(6)),
                List.of(absolute(LocalDate.of(2023, 1, 31), "รายงานผลการบันทึกข้อมูลการช่วยเหลือประชาชน")), List.of(), null));
        all.add(letter(SECRET_LETTER, "secret.pdf", List.of(1), LetterType.EXTERNAL, null, Secrecy.CONFIDENTIAL,
                "มท 0810.2/ว 77", LocalDate.of(2024, 3, 1), DLA, "การตรวจสอบงบประมาณศูนย์ช่วยเหลือประชาชน",
                "ผู้ว่าราชการจังหวัด ทุกจังหวัด", List.of(), List.of(), List.of(), List.of(), List.of(), null));
        all.add(letter(RELATIVE_DEADLINE, "relative.pdf", List.of(1), LetterType.MEMO, Urgency.VERY_URGENT, null,
                "ตก 0023.3/ว 88", LocalDate.of(2024, 11, 1), "จังหวัดตาก", "การสำรวจข้อมูลชุมชน", "นายอำเภอ ทุกอำเภอ",
                List.of(), List.of(), List.of(domain(7)),
                List.of(new Deadline(Deadline.Kind.RELATIVE, null, null, 15, Deadline.From.LETTER_DATE, null,
                        "ส่งผลการสำรวจข้อมูลชุมชน", "ภายใน ๑๕ วัน นับแต่วันที่ในหนังสือ")),
                List.of(), null));
        return all;
    }

    /** The text of one of the real letters. */
    public static String text(String file) {
        try (InputStream in = SampleLetters.class.getResourceAsStream("/search/letters/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test letter " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReferenceNumber ref(String text) {
        Matcher m = REF.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        return new ReferenceNumber(text, text, m.group(1), m.group(2), m.group(3) != null, m.group(4));
    }

    private static InfoDomain domain(int n) {
        // Domains 6 and 7 are the only ones these letters cite.
        String name = n == 6 ? "การจัดการภายในและธรรมาภิบาล" : n == 7 ? "สังคม ศาสนา วัฒนธรรม" : null;
        return new InfoDomain(n, name, List.of());
    }

    private static Deadline monthly(int day, String action) {
        return new Deadline(Deadline.Kind.MONTHLY, null, day, null, null, "FREQ=MONTHLY;BYMONTHDAY=" + day, action,
                "ภายในวันที่ " + day + " ของทุกเดือน");
    }

    private static Deadline absolute(LocalDate day, String action) {
        return new Deadline(Deadline.Kind.ABSOLUTE, day, null, null, null, null, action, "ภายในวันที่ " + day);
    }

    private static DirectiveRecord letter(String id, String file, List<Integer> pages, LetterType type, Urgency urgency,
            Secrecy secrecy, String refNo, LocalDate date, String issuer, String subject, String salutation,
            List<LetterReference> references, List<Enclosure> enclosures, List<InfoDomain> domains,
            List<Deadline> deadlines, List<QrCode> qrCodes, String textFile) {
        String text = textFile == null ? String.join(" ", subject, salutation) : text(textFile);
        String sha = id.substring(0, 16).repeat(4);
        return new DirectiveRecord(DirectiveRecord.SCHEMA_VERSION, id,
                new DirectiveRecord.Source(file, sha, pages, Instant.parse("2024-11-05T03:00:00Z")),
                type, urgency, secrecy, ref(refNo), date, null, new DirectiveRecord.Issuer(issuer, null, null),
                subject, salutation, List.of(salutation), references, enclosures, domains, deadlines,
                null, null, null, List.of(), qrCodes, qrCodes.stream().map(QrCode::payload).toList(), null, text,
                Map.of(), List.of());
    }
}
