package org.saraban.intake.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The salutation (เรียน / ถึง / เสนอ …, "dear" / "to"), with what OCR leaves around its offices taken
 * away: a comma or parenthesis read between two Thai letters of a list of offices (อำเภอ)และ…), and a
 * scrap read after the province that ends it (…จังหวัดน่านม, …จังหวัดนครสวรรค์สิS), since no office is
 * named by a province name with letters after it. Stateless and thread-safe.
 */
public final class SalutationFinder {
    private static final Pattern PUNCTUATION_IN_WORDS = Pattern.compile("(?<=[ก-๙])\\s?[,)](\\s?)(?=[ก-๙])");
    private static final int MAX_SCRAP = 3;

    private final HeadingFinder heading = HeadingFinder.salutation();
    private final Pattern provinceThenScrap;

    public SalutationFinder() {
        this.provinceThenScrap = Pattern.compile(
                "จังหวัด(?:" + String.join("|", new AgencyCodes().provinceNames()) + ")(\\S{1," + MAX_SCRAP + "})$");
    }

    public Found<String> find(String letterText) {
        String read = heading.find(letterText).orElse(null);
        if (read == null) {
            return Found.none();
        }
        String salutation = read.contains("(") ? read : PUNCTUATION_IN_WORDS.matcher(read).replaceAll("$1");
        Matcher scrap = provinceThenScrap.matcher(salutation);
        if (scrap.find()) {
            salutation = salutation.substring(0, scrap.start(1));
        }
        return salutation.equals(read) ? Found.of(salutation)
                : Found.of(salutation).flag("salutation as read: " + read, Found.REPAIRED);
    }
}
