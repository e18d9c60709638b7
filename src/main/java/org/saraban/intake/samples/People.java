package org.saraban.intake.samples;

import java.util.List;
import java.util.random.RandomGenerator;

/** Made-up names of officials who sign letters. */
final class People {
    private People() {}

    private static final List<String> MEN = List.of("สมชาย", "ประเสริฐ", "วิชัย", "สุรพล", "ธนากร", "อนุชา",
            "กิตติพงษ์", "ณัฐวุฒิ", "ชัยวัฒน์", "พงศ์ศักดิ์", "ศุภชัย", "บุญเลิศ", "วรวุฒิ", "เกียรติศักดิ์");
    private static final List<String> WOMEN = List.of("สุภาพร", "อรุณี", "กาญจนา", "ปราณี", "วิไลวรรณ",
            "ศิริพร", "นันทนา", "พัชรินทร์", "รัตนา", "จิราภรณ์", "ดวงใจ", "มาลินี");
    private static final List<String> SURNAMES = List.of("ศรีสุข", "วงศ์ใหญ่", "ทองดี", "แก้วมณี", "บุญมา",
            "จันทร์เพ็ญ", "สุขสวัสดิ์", "พรหมมา", "ชัยมงคล", "รัตนพันธ์", "ศักดิ์สิทธิ์", "เรืองศรี", "ปัญญาดี",
            "นาคประเสริฐ", "อินทร์แก้ว", "ธรรมวงศ์");

    /** A full name with its title: นาย (Mr), นาง (Mrs) or นางสาว (Miss). */
    static String name(RandomGenerator random) {
        boolean man = random.nextBoolean();
        String first = man ? pick(random, MEN) : pick(random, WOMEN);
        String title = man ? "นาย" : random.nextInt(3) == 0 ? "นางสาว" : "นาง";
        return title + first + " " + pick(random, SURNAMES);
    }

    static <T> T pick(RandomGenerator random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
