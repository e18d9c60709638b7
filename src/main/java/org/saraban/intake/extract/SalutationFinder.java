package org.saraban.intake.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The salutation (เรียน / ถึง / เสนอ …, "dear" / "to"), with what OCR leaves around its offices taken
 * away: a comma or parenthesis read between two Thai letters of a list of offices (อำเภอ)และ…), and a
 * scrap read after the province that ends it (…จังหวัดน่านม, …จังหวัดนครสวรรค์สิS), since no office is
 * named by a province name with letters after it, nor by one with the first paragraph's words after it
 * (…จังหวัดชลบุรีตามุทีจังหวัด…). A province's name one letter away from exactly one
 * province (จังหวัดอุดรกานี, จังหวัดพิษณุลก) is that province's, as the province in the address repairs
 * a letter's agency code; the record keeps what was read. Stateless and thread-safe.
 */
public final class SalutationFinder {
    private static final Pattern PUNCTUATION_IN_WORDS = Pattern.compile(
            "(?<=[ก-๙])\\s?(?:[,)]|\\.(?=\\s?(?:ทุก|และ)))(\\s?)(?=[ก-๙])");
    /**
     * Words that open the first paragraph (ตามที่, ด้วย, …), which OCR may run on after the last office;
     * not ตามบัญชี / ตามรายชื่อ ("as listed"), with which a salutation may end.
     */
    private static final Pattern PARAGRAPH_WORD = Pattern.compile("ตาม(?!\\s?(?:บัญชี|รายชื่อ))|ด้วย|เนื่อง|อนุสนธิ|ในการนี้");
    private static final int MAX_SCRAP = 3;
    /** Names shorter than this are too close to each other for one letter to tell them apart. */
    private static final int MIN_NEAR_NAME = 5;
    /**
     * The word after the last จังหวัด ("province") of the salutation, where its name stands; a wrapped
     * line may have left a space between them.
     */
    private static final Pattern LAST_PROVINCE = Pattern.compile("จังหวัด\\s?([ก-๎]{" + MIN_NEAR_NAME + ",})$");

    private final HeadingFinder heading = HeadingFinder.salutation();
    private final Pattern provinceThenScrap;
    private final Pattern provinceThenParagraph;
    private final List<String> provinces;
    /** Each province's name, as an automaton accepting every word one edit away from it. */
    private final Map<String, CharacterRunAutomaton> nearProvince = new LinkedHashMap<>();

    public SalutationFinder() {
        this.provinces = new AgencyCodes().provinceNames();
        // where an addressee ends: a province's name, or ทุกจังหวัด / ทุกอำเภอ ("every province / district")
        String addresseeEnd = "(?:จังหวัด(?:" + String.join("|", provinces) + ")|ทุกจังหวัด|ทุกอำเภอ)";
        this.provinceThenScrap = Pattern.compile(addresseeEnd + "\\s?(?!และ|ทุก)(\\S{1," + MAX_SCRAP + "})$");
        this.provinceThenParagraph = Pattern.compile(addresseeEnd + "(?!\\s?(?:และ|ทุก))(.+)$");
        for (String name : provinces) {
            if (name.length() >= MIN_NEAR_NAME) {
                nearProvince.put(name, new CharacterRunAutomaton(new LevenshteinAutomata(name, true).toAutomaton(1)));
            }
        }
    }

    public Found<String> find(String letterText) {
        String read = heading.find(letterText).orElse(null);
        if (read == null) {
            return Found.none();
        }
        String salutation = read.contains("(") ? read : PUNCTUATION_IN_WORDS.matcher(read).replaceAll("$1");
        Matcher paragraph = provinceThenParagraph.matcher(salutation);
        if (paragraph.find() && PARAGRAPH_WORD.matcher(paragraph.group(1)).find()) {
            salutation = salutation.substring(0, paragraph.start(1)).strip();
        }
        Matcher scrap = provinceThenScrap.matcher(salutation);
        if (scrap.find()) {
            salutation = salutation.substring(0, scrap.start(1)).strip();
        }
        Matcher province = LAST_PROVINCE.matcher(salutation);
        if (province.find() && !provinces.contains(province.group(1))) {
            List<String> near = nearProvince.entrySet().stream()
                    .filter(e -> e.getValue().run(province.group(1))).map(Map.Entry::getKey).toList();
            if (near.size() == 1) {
                salutation = salutation.substring(0, province.start()) + "จังหวัด" + near.get(0);
            }
        }
        return salutation.equals(read) ? Found.of(salutation)
                : Found.of(salutation).flag("salutation as read: " + read, Found.REPAIRED);
    }
}
