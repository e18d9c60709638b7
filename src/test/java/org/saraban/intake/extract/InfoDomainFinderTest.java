package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.InfoDomain;

class InfoDomainFinderTest {
    private final InfoDomainFinder finder = new InfoDomainFinder();

    private Found<List<InfoDomain>> find(String text) {
        return finder.find(LetterText.of(text));
    }

    @Test
    void numberNameAndQuotedTopic() {
        Found<List<InfoDomain>> f = find("(INFO) ด้านที่ ๖ การจัดการภายในและธรรมาภิบาล หัวข้อ “ข้อมูลการช่วยเหลือประชาชน” ให้ครบถ้วน");
        assertEquals(List.of(new InfoDomain(6, "การจัดการภายในและธรรมาภิบาล", List.of("ข้อมูลการช่วยเหลือประชาชน"))), f.value());
        assertTrue(f.review().isEmpty());
    }

    @Test
    void theDomainWordAsOcrReadsIt() {
        // ด้านที่ read as ดำนท, a space inside the name
        Found<List<InfoDomain>> f = find("(INFO) ดำนท ๖ การจัดการภาย นและธรรมาภิบาล หัวข้อ ข้อมูลการ");
        assertEquals(List.of(6), f.value().stream().map(InfoDomain::number).toList());
        // its tone mark lost, the name straight after it
        assertEquals(List.of(2), find("ในระบบ (INFO) ดานนวัตกรรมและการศึกษา").value().stream().map(InfoDomain::number).toList());
    }

    @Test
    void theNameWinsOverTheNumber() {
        // one letter says ด้านที่ ๒ การจัดการภายในและธรรมาภิบาล: that is domain 6
        Found<List<InfoDomain>> f = find("ด้านที่ ๒ การจัดการภายในและธรรมาภิบาล");
        assertEquals(6, f.value().get(0).number());
        assertEquals(1, f.review().size());
        assertTrue(f.review().get(0).contains("the name wins"));
    }

    @Test
    void listedTopicsOfDomainSeven() {
        Found<List<InfoDomain>> f = find("ในด้านที่ ๗ สังคม ศาสนา วัฒนธรรม โดยเพิ่มเติมหัวข้อ ข้อมูลชุมชน, ข้อมูลคณะกรรมการชุมชน, "
                + "ข้อมูลการดำเนินงานของคณะกรรมการชุมชนของเทศบาล และข้อมูลการจัดตั้งกองทุนวิสาหกิจชุมชนเพื่อจัดเก็บ "
                + "และด้านที่ ๗ สังคม ศาสนา วัฒนธรรม ในหัวข้อดังกล่าว");
        assertEquals(1, f.value().size());
        assertEquals(List.of("ข้อมูลชุมชน", "ข้อมูลคณะกรรมการชุมชน", "ข้อมูลการดำเนินงานของคณะกรรมการชุมชนของเทศบาล",
                "ข้อมูลการจัดตั้งกองทุนวิสาหกิจชุมชน"), f.value().get(0).topics());
    }

    @Test
    void everyCanonicalNameAndTheOtherSpellingOfEight() {
        String[] names = {"สาธารณสุขและสิ่งแวดล้อม", "นวัตกรรมและการศึกษา", "สาธารณภัย", "โครงสร้างพื้นฐาน", "การบริหารจัดการน้ำ",
            "การจัดการภายในและธรรมาภิบาล", "สังคม ศาสนา วัฒนธรรม", "เศรษฐกิจและการท่องเที่ยว"};
        for (int i = 0; i < names.length; i++) {
            Found<List<InfoDomain>> f = find("ด้านที่ " + (i + 1) + " " + names[i]);
            assertEquals(i + 1, f.value().get(0).number(), names[i]);
            assertEquals(names[i], f.value().get(0).name());
            assertTrue(f.review().isEmpty(), f.review().toString());
            assertEquals(i + 1, find("ด้าน" + names[i]).value().get(0).number(), "without a number: " + names[i]);
        }
        assertEquals("เศรษฐกิจและการท่องเที่ยว", find("ด้านที่ ๘ เศรษฐกิจและแหล่งท่องเที่ยว").value().get(0).name());
    }

    @Test
    void aNameOcrDamagedIsMatchedAndFlagged() {
        // ด้านวัฒนธรรมและการศึกษา: the OCR's reading of นวัตกรรมและการศึกษา (domain 2)
        Found<List<InfoDomain>> f = find("ด้านวัฒนธรรมและการศึกษา");
        assertEquals(2, f.value().get(0).number());
        assertTrue(f.review().get(0).startsWith("INFO domain name read as"));
    }

    @Test
    void aNumberWithoutANameIsKeptAndFlagged() {
        Found<List<InfoDomain>> f = find("ในด้านที่ ๓ ให้ครบถ้วน");
        assertEquals(3, f.value().get(0).number());
        assertEquals("สาธารณภัย", f.value().get(0).name());
        assertEquals(1, f.review().size());
    }

    @Test
    void severalQuotedTopicsAndANumberWithoutThi() {
        Found<List<InfoDomain>> f = find("ด้าน ๖ การจัดการภายในและธรรมาภิบาล หัวข้อ \"ศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น\" และ \"ข้อมูลการช่วยเหลือประชาชน\" ให้ครบถ้วน");
        assertEquals(List.of("ศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น", "ข้อมูลการช่วยเหลือประชาชน"), f.value().get(0).topics());
    }

    @Test
    void otherUsesOfTheWordAreNotDomains() {
        assertTrue(find("ทางด้านการเงินและบัญชี").value().isEmpty());
    }

    @Test
    void numberWordWithoutItsToneMark() {
        // ด้านที ๓: OCR dropped the tone mark of ที่
        Found<List<InfoDomain>> f = find("ปกครองส่วนท้องถิน (INFO) ด้านที ๓ สาธารณภัย");
        assertEquals(List.of(new InfoDomain(3, "สาธารณภัย", List.of())), f.value());
        assertTrue(f.review().isEmpty());
    }
}
