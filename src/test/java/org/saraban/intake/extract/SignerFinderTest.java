package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.DirectiveRecord.Signer;

class SignerFinderTest {
    private final SignerFinder finder = new SignerFinder();

    @Test
    void nameAndPositionOverBlankLines() {
        Signer s = finder.find(LetterText.of(String.join("\n", "ขอแสดงความนับถือ", "", "(นายอนุวรรตน์ ไหมคพริ้ง)", "",
                "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", "", "ผู้ว่าราชการจังหวัดกระบี่", "", "", "", "คู่มือการบันทึกข้อมูลฯ", "",
                "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด"))).value();
        assertEquals(new Signer("นายอนุวรรตน์ ไหมคพริ้ง", "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดกระบี่"), s);
    }

    @Test
    void positionStopsAtTheOwningUnit() {
        Signer s = finder.find(LetterText.of(String.join("\n", "ขอแสดงความนับถือ", "( นายประยูร  รัตนเสนีย์ )",
                "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น", "กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น"))).value();
        assertEquals(new Signer("นายประยูร รัตนเสนีย์", "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"), s);
    }

    @Test
    void noClosingNoSigner() {
        // stamped letters (หนังสือประทับตรา) carry no signature; "(INFO)" is not a name
        assertFalse(finder.find(LetterText.of("ถึง อำเภอ\n(สถานที่กลาง)\nสำนักงาน")).isPresent());
    }

    @Test
    void memoSignsAfterItsClosingSentence() {
        // a memo (บันทึกข้อความ) ends "จึงเรียนมาเพื่อโปรดพิจารณา …" ("for your consideration") with no ขอแสดงความนับถือ
        Signer s = finder.find(LetterText.of(String.join("\n", "ทั้งนี้ ขอให้บันทึกข้อมูลชุมชน ไม่เกินวันที่ ๓๑ มีนาคม ๒๕๖๗", "",
                "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดลงนามใน", "หนังสือที่เสนอมาพร้อมนี้", "", "(นางศิริพร ศักดิ์สิทธิ์)",
                "ท้องถิ่นจังหวัดนครราชสีมา"))).value();
        assertEquals(new Signer("นางศิริพร ศักดิ์สิทธิ์", "ท้องถิ่นจังหวัดนครราชสีมา"), s);
    }

    @Test
    void orderSignsAfterTheDateItWasGiven() {
        Signer s = finder.find(LetterText.of(String.join("\n", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", "", "สั่ง ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗",
                "", "(นายสมชาย ใจดี)", "ผู้ว่าราชการจังหวัดตาก"))).value();
        assertEquals(new Signer("นายสมชาย ใจดี", "ผู้ว่าราชการจังหวัดตาก"), s);
    }

    @Test
    void stampedLetterEndsWithoutASignature() {
        // a stamped letter closes with จึงเรียนมา… too; a bracketed line after it without a personal title is no name
        assertFalse(finder.find(LetterText.of(String.join("\n", "จึงเรียนมาเพื่อทราบและพิจารณาดำเนินการต่อไป", "", "จังหวัดกระบี่",
                "(ศาลากลางจังหวัด)", "๒๕ เมษายน ๒๕๖๗", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด"))).isPresent());
    }

    @Test
    void aSignatureBlockOcrHasScribbledOn() {
        // The signature read as letters, a digit before the name, a tone mark added to ขอแสดงความนับถือ
        // and a comma read into the name: the name and position are still found.
        Signer s = finder.find(LetterText.of(String.join("\n", "ขอแสดงความนับถื่อ", "-LVZFรรซ", "๒, (นายณัฐวุฒิ, ชัยมงคล)",
                "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน .", "ผู้ว่าราชการจังหวัดศรีสะเกษ"))).value();
        assertEquals("นายณัฐวุฒิ ชัยมงคล", s.name());
        assertEquals("รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดศรีสะเกษ", s.position());
    }

    @Test
    void aRoutingNoteOnTheNamesLine() {
        // เรียน … - เพื่อโปรดทราบ: a handwritten note to the next officer, read onto the same line as the name
        Signer s = finder.find(LetterText.of(String.join("\n", ".s ขอแสดงความนับถือ", "เรียน ทถจ.พิษณุโลก (นายกิตติพงษ์ อินทร์แก้ว)",
                "ผู้ตรวจราชการกรม ปฏิบัติราชการแทน"))).value();
        assertEquals("นายกิตติพงษ์ อินทร์แก้ว", s.name());
        assertEquals("ผู้ตรวจราชการกรม ปฏิบัติราชการแทน", s.position());
    }

    @Test
    void aClosingSentenceAfterASpeck() {
        // a scribble or stray digit read before จึงเรียนมา… on its line still closes a memo
        for (String speck : List.of("๗", "i", "/mj", "ณ")) {
            Signer s = finder.find(LetterText.of(String.join("\n", speck + " จึงเรียนมาเพื่อโปรดพิจารณา", "",
                    "(นางปราณี สุขสวัสดิ์)", "ท้องถิ่นจังหวัดเชียงใหม่"))).value();
            assertEquals("นางปราณี สุขสวัสดิ์", s.name(), speck);
        }
    }

    @Test
    void yoursFaithfullyWithItsVowelsLost() {
        Signer s = finder.find(LetterText.of(String.join("\n", "ขอแสดงความนบถอ", "(นางอรุณี ชัยมงคล)",
                "ผู้ว่าราชการจังหวัดตราด"))).value();
        assertEquals(new Signer("นางอรุณี ชัยมงคล", "ผู้ว่าราชการจังหวัดตราด"), s);
    }

    @Test
    void aTitleAsOcrLeftItIsReadAsTheTitleAndFlagged() {
        // มาย for นาย (first letter misread), น่าง (a tone mark added), นางสวง (สาว garbled), นายุ (a lower vowel added)
        Map<String, String> titles = Map.of(
                "(มายชัยวัฒน์ ธรรมวงศ์)", "นายชัยวัฒน์ ธรรมวงศ์",
                "(น่างมาลินี วงศ์ใหญ่)", "นางมาลินี วงศ์ใหญ่",
                "(นางสวงศิริพร สุขสวัสดิ์)", "นางสาวศิริพร สุขสวัสดิ์",
                "(นายุธนากร บุญมา)", "นายธนากร บุญมา");
        titles.forEach((line, name) -> {
            Found<Signer> found = finder.find(LetterText.of("จึงเรียนมาเพื่อโปรดพิจารณา\n" + line));
            assertEquals(name, found.value().name());
            assertTrue(found.review().get(0).startsWith("signer's name as read: "), line);
        });
        // a title read right is left alone, and not flagged
        Found<Signer> right = finder.find(LetterText.of("จึงเรียนมาเพื่อโปรดพิจารณา\n(นางสาวสมศรี ใจดี)"));
        assertEquals("นางสาวสมศรี ใจดี", right.value().name());
        assertTrue(right.review().isEmpty());
    }

    @Test
    void aDotReadBetweenTheNamesAndTheMarkOfศักดิ์() {
        assertEquals("นางวิไลวรรณ ชัยมงคล", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นางวิไลวรรณ .ชัยมงคล)")).value().name());
        assertEquals("นายพงศ์ศักดิ์ ศรีสุข", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นายพงศ์ศักดิ ศรีสุข)")).value().name());
        // the dots of a rank stay
        assertEquals("พล.ต.อ.สมชาย ใจดี", finder.find(LetterText.of("ขอแสดงความนับถือ\n(พล.ต.อ.สมชาย ใจดี)")).value().name());
    }

    @Test
    void theLettersCommonWordsTheModelWroteIntoANameLoseTheirMark() {
        // เรื่อง ("subject") for เรือง, นั้น ("that") for นัน, นี้ ("this") for นี: no name has these words
        Found<Signer> found = finder.find(LetterText.of("ขอแสดงความนับถือ\n(นายเกียรติศักดิ์ เรื่องศรี)"));
        assertEquals("นายเกียรติศักดิ์ เรืองศรี", found.value().name());
        assertEquals(List.of("signer's name as read: นายเกียรติศักดิ์ เรื่องศรี"), found.review());
        assertEquals("นางนันทนา นาคประเสริฐ", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นางนั้นทนา นาคประเสริฐ)")).value().name());
        assertEquals("นางมาลินี แก้วมณี", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นางมาลินี้ แก้วมณี)")).value().name());
        // a name read right is left as it is
        assertEquals("นายชัยวัฒน์ เรืองศรี", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นายชัยวัฒน์ เรืองศรี)")).value().name());
    }

    @Test
    void spellingsNoWordHasAreRepairedInAName() {
        // ศักดิ์สิทธิ์ without its last ์; ร or จ read before ฐ, which no spelling has
        assertEquals("นางดวงใจ ศักดิ์สิทธิ์", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นางดวงใจ ศักดิ์สิทธิ)")).value().name());
        assertEquals("นายณัฐวุฒิ นาคประเสริฐ", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นายณัรฐวุฒิ นาคประเสริจฐ)")).value().name());
        // ์ on a name's first letter, which is always sounded, is ั misread: after a title, alone, on a surname
        assertEquals("นายณัฐวุฒิ แก้วมณี", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นายณ์ฐวุฒิ แก้วมณี)")).value().name());
        assertEquals("นางสาวณัฐธิดา ศรีสุข", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นางสาวณ์ฐธิดา ศรีสุข)")).value().name());
        assertEquals("นายสมชาย ณัฐกุล", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นายสมชาย ณ์ฐกุล)")).value().name());
        // ์ further in stays: ศักดิ์, a silenced letter before the surname's space
        assertEquals("นายเกียรติศักดิ์ ทองดี", finder.find(LetterText.of("ขอแสดงความนับถือ\n(นายเกียรติศักดิ์ ทองดี)")).value().name());
    }

    @Test
    void anOpeningParenthesisReadAsASlash() {
        assertEquals("นางสุภาพร ปัญญาดี", finder.find(LetterText.of(
                "จึงเรียนมาเพื่อโปรดพิจารณา\nหนังสือที่เสนอมาพร้อมนี้\n/นางสุภาพร ปัญญาดี)\nท้องถิ่นจังหวัดพิษณุโลก")).value().name());
    }

    @Test
    void aNameWhoseOpeningParenthesisWasLostAmongANotesScraps() {
        // a routing note written across the name line, a letter of it between ( and the title
        Found<Signer> noted = finder.find(LetterText.of(String.join("\n", "ขอแสดงความนับถือ", "", "Lz", "",
                "เรียน หน.กลุ่ม าน(บนายกิตติพงษ์ ทองดี)", "- เห็นควรแของผู้สทรธาชกกธจังหวัด ปฏิบัติราชการแทน")));
        assertEquals("นายกิตติพงษ์ ทองดี", noted.value().name());
        assertTrue(noted.review().stream().anyMatch(r -> r.contains("among other marks")), noted.review().toString());
        // a stamp's digits in place of the opening parenthesis
        assertEquals("นายชัยวัฒน์ จันทร์เพ็ญ", finder.find(LetterText.of(String.join("\n", "ภาเนินการตอไป ขอแสดงความนับถือ", "",
                "๒๓ มค. ๙๔นายชัยวัฒน์ จันทร์เพ็ญ)", "ผู้ตรวจราชการกรม ปฏิบัติราชการแทน"))).value().name());
        // a Thai word before the title is no scrap: นายก ("mayor") in a position in parentheses is no name
        assertFalse(finder.find(LetterText.of(String.join("\n", "ขอแสดงความนับถือ", "", "ตำแหน่งนายกเทศมนตรี)"))).isPresent());
    }

    @Test
    void aSignatureBlockWhoseClosingWordsOcrLost() {
        // no ขอแสดงความนับถือ left, a routing note above: a titled name with a position under it still signs
        Signer s = finder.find(LetterText.of(String.join("\n", "๒ ท๊้งนี่ ขอให้บันทึกข้อมูลชุมชน", "@/", "เรียน นอ.เมื่องขอนแก่น", "",
                "- เพื่อโปรดทราบ", "(นางวิไลวรรณ พรหมมา)", "", "ผู้ตรวจราชการกรม ปฏิบัติราชการแทน", "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"))).value();
        assertEquals(new Signer("นางวิไลวรรณ พรหมมา", "ผู้ตรวจราชการกรม ปฏิบัติราชการแทน อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"), s);
        // a titled name with no position under it is not a signature
        assertFalse(finder.find(LetterText.of("ผู้ประสานงาน\n(นายสมชาย ใจดี)\nโทร. ๐ ๒๒๔๑ ๙๐๐๐")).isPresent());
        // จึง read with a tone mark in place of its vowel (จ่ง) still closes a memo
        assertEquals("นายเกียรติศักดิ์ ทองดี", finder.find(LetterText.of(
                "ม จ่งเรียนมาเพื่อโปรดพิจารณา\nหนังสือที่เสนอมาพร้อมนี้\n\n(นายเกียรติศักดิ ์ ทองดี)\nท้องถิ่นจังหวัดขอนแก่น")).value().name());
    }
}
