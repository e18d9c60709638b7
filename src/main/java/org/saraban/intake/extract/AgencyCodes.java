package org.saraban.intake.extract;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two-letter codes that open a letter number: ministries, and provinces for regional offices
 * (ระเบียบงานสารบรรณ, as listed in the project's reference on Thai letters). Immutable.
 */
public final class AgencyCodes {
    /** Ministry codes. */
    private static final Set<String> MINISTRIES = Set.of(
            "นร", // Prime Minister's Office
            "กห", "กค", "กต", "กก", "พม", "กษ", "คค", "ทส", "ดศ", "พน", "พณ",
            "มท", // Interior
            "ยธ", "รง", "วธ", "ศธ", "สธ", "อก", "อว");

    /** Province code → province name. */
    private static final Map<String, String> PROVINCES = provinces();

    /** Whether {@code code} is a ministry or province code. */
    public boolean isKnown(String code) {
        return MINISTRIES.contains(code) || PROVINCES.containsKey(code);
    }

    /**
     * The known codes that {@code read} gives with one of its letters left out: what a code OCR read
     * with a letter too many (ทกส) may stand for (ทส, กส), in code order.
     */
    public SortedSet<String> withALetterLess(String read) {
        SortedSet<String> known = new TreeSet<>();
        for (int i = 0; i < read.length(); i++) {
            String code = read.substring(0, i) + read.substring(i + 1);
            if (isKnown(code)) {
                known.add(code);
            }
        }
        return known;
    }

    /** The province of a province code. */
    public Optional<String> province(String code) {
        return Optional.ofNullable(PROVINCES.get(code));
    }

    /** The code of a province name. */
    public Optional<String> codeOf(String province) {
        return PROVINCES.entrySet().stream().filter(e -> e.getValue().equals(province)).map(Map.Entry::getKey).findFirst();
    }

    /** Every province name, longest first, so that a search finds นครศรีธรรมราช before นคร…. */
    public java.util.List<String> provinceNames() {
        return PROVINCES.values().stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    private static Map<String, String> provinces() {
        String[] pairs = {
            "กท กรุงเทพมหานคร", "กบ กระบี่", "กจ กาญจนบุรี", "กส กาฬสินธุ์", "กพ กำแพงเพชร", "ขก ขอนแก่น",
            "จบ จันทบุรี", "ฉช ฉะเชิงเทรา", "ชบ ชลบุรี", "ชน ชัยนาท", "ชย ชัยภูมิ", "ชพ ชุมพร", "ชร เชียงราย",
            "ชม เชียงใหม่", "ตง ตรัง", "ตร ตราด", "ตก ตาก", "นย นครนายก", "นฐ นครปฐม", "นพ นครพนม",
            "นม นครราชสีมา", "นศ นครศรีธรรมราช", "นว นครสวรรค์", "นบ นนทบุรี", "นธ นราธิวาส", "นน น่าน",
            "บก บึงกาฬ", "บร บุรีรัมย์", "ปท ปทุมธานี", "ปข ประจวบคีรีขันธ์", "ปจ ปราจีนบุรี", "ปน ปัตตานี",
            "พย พะเยา", "อย พระนครศรีอยุธยา", "พง พังงา", "พท พัทลุง", "พจ พิจิตร", "พล พิษณุโลก",
            "พบ เพชรบุรี", "พช เพชรบูรณ์", "พร แพร่", "ภก ภูเก็ต", "มค มหาสารคาม", "มห มุกดาหาร",
            "มส แม่ฮ่องสอน", "ยส ยโสธร", "ยล ยะลา", "รอ ร้อยเอ็ด", "รน ระนอง", "รย ระยอง", "รบ ราชบุรี",
            "ลบ ลพบุรี", "ลป ลำปาง", "ลพ ลำพูน", "ลย เลย", "ศก ศรีสะเกษ", "สน สกลนคร", "สข สงขลา", "สต สตูล",
            "สป สมุทรปราการ", "สส สมุทรสงคราม", "สค สมุทรสาคร", "สก สระแก้ว", "สบ สระบุรี", "สห สิงห์บุรี",
            "สท สุโขทัย", "สพ สุพรรณบุรี", "สฎ สุราษฎร์ธานี", "สร สุรินทร์", "นค หนองคาย", "นภ หนองบัวลำภู",
            "อท อ่างทอง", "อจ อำนาจเจริญ", "อด อุดรธานี", "อต อุตรดิตถ์", "อน อุทัยธานี", "อบ อุบลราชธานี",
        };
        Map<String, String> map = new TreeMap<>();
        for (String pair : pairs) {
            String[] p = pair.split(" ");
            map.put(p[0], p[1]);
        }
        return Map.copyOf(map);
    }
}
