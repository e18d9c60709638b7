package org.saraban.intake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saraban.intake.directive.ReferenceNumber;

class ReferenceNumberRepairTest {
    private final ReferenceNumberParser parser = new ReferenceNumberParser();
    private final ReferenceNumberRepair repair = new ReferenceNumberRepair();

    private Found<ReferenceNumber> parse(String text) {
        return parser.find(text).orElseThrow();
    }

    @Test
    void provinceCodeCorrectedFromTheAddress() {
        // ขร beside an address in เชียงราย is ชร (ข and ช look alike to the OCR).
        Found<ReferenceNumber> read = parse("ที่ ขร ๐๐๒๓.๓/ว ๑๒๓๔");
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(), "เชียงราย", false));
        assertEquals("ชร 0023.3/ว 1234", f.value().text());
        assertEquals("ขร ๐๐๒๓.๓/ว ๑๒๓๔", f.value().raw());
        assertEquals(List.of("agency code ขร read as ชร: the letter's address is in เชียงราย"), f.review());
        assertEquals(Found.REPAIRED, f.confidence());
    }

    @Test
    void codeWithALetterTooManySettledByTheSameNumberQuotedInTheBundle() {
        // ทกส: both กส (Kalasin) and ทส are codes; the cover letter encloses ทส ๐๖๐๔.๗/ว ๒๐๒๗
        Found<ReferenceNumber> read = parser.findWithCodeTooLong("ทกส ๐๖๐๔.๗/ว ๒๐๒๗           ก่  ยสรณ์รJE น.").orElseThrow();
        assertEquals("ทกส", read.value().agencyCode());
        assertTrue(read.review().get(0).startsWith("unknown agency code ทกส"));
        List<ReferenceNumber> quotes = parser.findAll("สำเนาหนังสือกรมทรัพยากรน้ำ ที่ ทส ๐๖๐๔.๗/ว\n๒๐๒๗ ลงวันที่ ๒๔ กันยายน ๒๕๖๘")
                .stream().map(Found::value).toList();
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(quotes, null, true));
        assertEquals("ทส 0604.7/ว 2027", f.value().text());
        assertEquals(List.of("agency code ทกส read as ทส: the same number is quoted in the bundle as ทส ๐๖๐๔.๗/ว\n๒๐๒๗"), f.review());
        assertEquals(Found.REPAIRED, f.confidence());
        // with another serial quoted, nothing is settled
        List<ReferenceNumber> other = parser.findAll("ที่ ทส ๐๖๐๔.๗/ว ๒๐๒๘").stream().map(Found::value).toList();
        assertSame(read, repair.repair(read, new ReferenceNumberRepair.Evidence(other, null, true)));
    }

    @Test
    void codeCorrectedFromNumbersOfTheSameUnitQuotedInTheBundleBeforeTheAddress() {
        // a ministry department's letter from Bangkok: นท is a letter from กท (the address) and from มท,
        // which the letter quotes with the same unit ๐๘๑๐
        Found<ReferenceNumber> read = parse("ที่ นท ๐๘๑๐.๖/ว ๘๑๙๑");
        List<ReferenceNumber> quotes = List.of(parse("ที่ มท ๐๘๑๐.๒/ว ๗๔๘๗").value());
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(quotes, "กรุงเทพมหานคร", true));
        assertEquals("มท 0810.6/ว 8191", f.value().text());
        assertEquals(List.of("agency code นท read as มท: the bundle quotes numbers of the same unit with that code"), f.review());
        // a quote of another unit says nothing about it: the address decides
        List<ReferenceNumber> other = List.of(parse("ที่ มท ๐๘๐๔.๒/ว ๗๔๘๗").value());
        assertEquals("กท 0810.6/ว 8191",
                repair.repair(read, new ReferenceNumberRepair.Evidence(other, "กรุงเทพมหานคร", true)).value().text());
    }

    @Test
    void provinceCodeReadWithALetterTooManyCorrectedFromTheAddress() {
        // อดต leaves อด (อุดรธานี) or อต (อุตรดิตถ์) with a letter left out; the address tells which
        Found<ReferenceNumber> read = parser.findWithCodeTooLong("อดต ๐๐๒๓.๑/ว ๓๘๔๐").orElseThrow();
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(), "อุดรธานี", true));
        assertEquals("อด 0023.1/ว 3840", f.value().text());
        assertEquals(List.of("agency code อดต read as อด: the letter's address is in อุดรธานี"), f.review());
    }

    @Test
    void aCircularsWLostToTheOcrComesBackFromTheSameNumberQuotedWithIt() {
        Found<ReferenceNumber> read = parse("ที่ มท ๐๘๑๐.๙/๔๘๐๔");
        List<ReferenceNumber> quotes = List.of(parse("ที่ มท ๐๘๑๐.๙/ว ๔๘๐๔").value());
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(quotes, null, false));
        assertEquals("มท 0810.9/ว 4804", f.value().text());
        assertEquals(Found.REPAIRED, f.confidence());
        // another serial quoted with ว says nothing about this one
        List<ReferenceNumber> other = List.of(parse("ที่ มท ๐๘๑๐.๙/ว ๔๘๐๕").value());
        assertSame(read, repair.repair(read, new ReferenceNumberRepair.Evidence(other, null, false)));
    }

    @Test
    void provinceCodeNotCorrectedWhenTheAddressDoesNotSupportIt() {
        // นก is two letters away from กท (กรุงเทพมหานคร): flagged, left as read.
        Found<ReferenceNumber> read = parse("ที่ นก ๑๘๑๐.๗/ว ๓๙๙");
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(), "กรุงเทพมหานคร", true));
        assertSame(read, f);
        assertTrue(f.review().get(0).startsWith("unknown agency code นก"));
    }

    @Test
    void circularMarkRestoredFromTheSameNumberQuotedElsewhere() {
        Found<ReferenceNumber> read = parse("ที่ มท ๐๘๑๐.๗/๑ ๑๐๕๕");
        ReferenceNumber quote = parse("ตามหนังสือ ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕").value();
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(quote), null, false));
        assertEquals("มท 0810.7/ว 1055", f.value().text());
        assertEquals(true, f.value().circular());
        assertEquals(1, f.review().size());
        assertTrue(f.review().get(0).contains("completed from the same number quoted"));
    }

    @Test
    void circularMarkRestoredForALetterToMany() {
        Found<ReferenceNumber> read = parse("ที่ มท ๐๘๑๐.๗/๑ ๑๐๕๕");
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(), null, true));
        assertEquals("มท 0810.7/ว 1055", f.value().text());
        assertTrue(f.review().get(0).contains("addressed to many recipients"));
    }

    @Test
    void loneDigitLeftOpenWithoutEvidence() {
        Found<ReferenceNumber> read = parse("ที่ มท ๐๘๑๐.๗/๑ ๑๐๕๕");
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(), null, false));
        assertNull(f.value().circular());
        assertTrue(f.confidence() <= Found.DOUBTFUL);
    }

    @Test
    void unsureDigitCompletedOnlyByAQuoteThatAgrees() {
        Found<ReferenceNumber> read = parse("ที่ กบ ๐๐๒๓.๖/ว ๕๕๓)๒");
        ReferenceNumber agrees = parse("ที่ กบ ๐๐๒๓.๖/ว ๕๕๓๑๒").value();
        ReferenceNumber otherUnit = parse("ที่ กบ ๐๐๒๓.๓/ว ๕๕๓๘๒").value();
        Found<ReferenceNumber> f = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(otherUnit, agrees), null, true));
        assertEquals("กบ 0023.6/ว 55312", f.value().text());
        Found<ReferenceNumber> alone = repair.repair(read, new ReferenceNumberRepair.Evidence(List.of(otherUnit), null, true));
        assertEquals("กบ 0023.6/ว 553?2", alone.value().text());
        assertTrue(alone.review().get(0).contains("unsure of a digit"));
    }
}
