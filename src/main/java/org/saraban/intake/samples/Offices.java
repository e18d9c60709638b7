package org.saraban.intake.samples;

import java.util.List;

/**
 * The offices that write letters in the samples: provinces (which write with their two-letter code
 * and the local-administration unit code 0023) and central departments (ministry code and their
 * own unit codes). Names and codes are public; street addresses and unit numbers are plausible,
 * not checked.
 */
final class Offices {
    private Offices() {}

    /** A province and the address of its city hall (ศาลากลางจังหวัด). */
    record Province(String code, String name, String road, String postcode) {
        String cityHall() {
            return "ศาลากลางจังหวัด" + name;
        }

        /** The address line under the city hall, in Arabic digits (written out per letter). */
        String addressLine() {
            return "ถนน" + road + " " + (name.equals("กรุงเทพมหานคร") ? "" : "อำเภอเมือง") + name + " " + postcode;
        }
    }

    /**
     * A central department: its ministry code, the unit code it numbers letters under, where it sits.
     *
     * @param province the province of its address, in full even where the address abbreviates it (กทม.)
     */
    record Department(String key, String agency, String unitCode, String name, String addressLine, String province,
            String signerPosition, List<String> units, String phone, String email) {}

    static final List<Province> PROVINCES = List.of(
            new Province("กบ", "กระบี่", "อุตรกิจ", "81000"),
            new Province("ตก", "ตาก", "พหลโยธิน", "63000"),
            new Province("มส", "แม่ฮ่องสอน", "ขุนลุมประพาส", "58000"),
            new Province("ชม", "เชียงใหม่", "โชตนา", "50300"),
            new Province("ชร", "เชียงราย", "สิงหไคล", "57000"),
            new Province("ขก", "ขอนแก่น", "ศูนย์ราชการ", "40000"),
            new Province("นม", "นครราชสีมา", "มหาดไทย", "30000"),
            new Province("อบ", "อุบลราชธานี", "แจ้งสนิท", "34000"),
            new Province("สข", "สงขลา", "ราชดำเนิน", "90000"),
            new Province("ภก", "ภูเก็ต", "นริศร", "83000"),
            new Province("นน", "น่าน", "สุริยพงษ์", "55000"),
            new Province("ลป", "ลำปาง", "บุญวาทย์", "52000"),
            new Province("อด", "อุดรธานี", "อธิบดี", "41000"),
            new Province("สร", "สุรินทร์", "หลักเมือง", "32000"),
            new Province("ตร", "ตราด", "หลักเมือง", "23000"),
            new Province("ชบ", "ชลบุรี", "พระยาสัจจา", "20000"),
            new Province("นศ", "นครศรีธรรมราช", "ราชดำเนิน", "80000"),
            new Province("พล", "พิษณุโลก", "วังจันทน์", "65000"),
            new Province("ยล", "ยะลา", "สิโรรส", "95000"),
            new Province("ลย", "เลย", "เจริญรัฐ", "42000"),
            new Province("นว", "นครสวรรค์", "สวรรค์วิถี", "60000"),
            new Province("ศก", "ศรีสะเกษ", "เทพา", "33000"));

    /** กรุงเทพมหานคร (Bangkok), which addresses shorten to กทม. or กรุงเทพฯ. */
    private static final String BANGKOK = "กรุงเทพมหานคร";

    static final Department DLA = new Department("dla", "มท", "0810", "กรมส่งเสริมการปกครองท้องถิ่น",
            "ถนนนครราชสีมา เขตดุสิต กทม. 10300", BANGKOK, "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น",
            List.of("กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น", "กองยุทธศาสตร์และแผนงาน",
                    "ศูนย์เทคโนโลยีสารสนเทศท้องถิ่น", "กองส่งเสริมและพัฒนาการจัดการศึกษาท้องถิ่น"),
            "0 2241 9000", "saraban@dla.go.th");

    static final List<Department> DEPARTMENTS = List.of(
            DLA,
            new Department("ddpm", "มท", "0617", "กรมป้องกันและบรรเทาสาธารณภัย",
                    "ถนนอู่ทองใน เขตดุสิต กทม. 10300", BANGKOK, "อธิบดีกรมป้องกันและบรรเทาสาธารณภัย",
                    List.of("กองนโยบายและแผน", "กองป้องกันภัยพิบัติ"), "0 2637 3000", "saraban@disaster.go.th"),
            new Department("ddc", "สธ", "0409", "กรมควบคุมโรค",
                    "ถนนติวานนท์ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000", "นนทบุรี", "อธิบดีกรมควบคุมโรค",
                    List.of("กองโรคติดต่อนำโดยแมลง", "กองระบาดวิทยา"), "0 2590 3000", "saraban@ddc.mail.go.th"),
            new Department("dwr", "ทส", "0604", "กรมทรัพยากรน้ำ",
                    "ถนนพระรามที่ 6 เขตพญาไท กรุงเทพฯ 10400", BANGKOK, "อธิบดีกรมทรัพยากรน้ำ",
                    List.of("กองแผนงาน", "กองอนุรักษ์และฟื้นฟูแหล่งน้ำ"), "0 2271 6000", "saraban@dwr.mail.go.th"),
            new Department("dot", "กก", "0403", "กรมการท่องเที่ยว",
                    "ถนนราชดำเนินนอก เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100", BANGKOK, "อธิบดีกรมการท่องเที่ยว",
                    List.of("กองพัฒนาแหล่งท่องเที่ยว", "กองส่งเสริมการท่องเที่ยว"), "0 2219 4010", "saraban@tourism.go.th"));

    static Department department(String key) {
        return DEPARTMENTS.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    /** Units of a provincial local-administration office (สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด). */
    static final List<String> PROVINCE_UNITS = List.of(
            "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "กลุ่มงานบริการสาธารณะท้องถิ่นและประสานงานท้องถิ่นอำเภอ",
            "กลุ่มงานกฎหมาย ระเบียบ และเรื่องร้องทุกข์", "กลุ่มงานการเงิน บัญชี และการตรวจสอบ");
}
