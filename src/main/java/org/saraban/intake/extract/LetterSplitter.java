package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a bundle's text into letters. A letter starts at its number line ({@code ที่ มท ...}), or at
 * the urgency or secrecy mark written just above it; a bundle whose text has no number line is one
 * letter.
 */
public final class LetterSplitter {
    /** ที่ followed by a two-letter code and digits, alone at the start of a line. */
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*ที่\\s+[ก-ฮ]{2}\\s*[0-9๐-๙]");
    /** ด่วน… / ลับ… marks that belong to the letter below them. */
    private static final Pattern MARK_LINE = Pattern.compile("^\\s*(ด่วน(ที่สุด|มาก)?|ลับ(ที่สุด|มาก)?)\\s*$");

    /** One letter: its lines and the pages they came from. */
    public record Letter(List<Line> lines) {
        public List<Integer> pages() {
            return lines.stream().map(Line::page).distinct().sorted().toList();
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Line line : lines) {
                sb.append(line.text()).append('\n');
            }
            return sb.toString().strip();
        }
    }

    /** A line of text and its page. */
    public record Line(int page, String text) {}

    public List<Letter> split(List<PageText> pages) {
        List<Line> lines = new ArrayList<>();
        for (PageText page : pages) {
            for (String line : page.text().split("\\R")) {
                lines.add(new Line(page.number(), line));
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (NUMBER_LINE.matcher(lines.get(i).text()).find()) {
                int start = i;
                // Pull the urgency/secrecy mark (and blank lines) above the number into this letter.
                int j = i - 1;
                while (j >= 0 && (lines.get(j).text().isBlank() || MARK_LINE.matcher(lines.get(j).text()).find())) {
                    if (!lines.get(j).text().isBlank()) {
                        start = j;
                    }
                    j--;
                }
                starts.add(start);
            }
        }
        List<Letter> letters = new ArrayList<>();
        if (starts.isEmpty()) {
            if (lines.stream().anyMatch(l -> !l.text().isBlank())) {
                letters.add(new Letter(trim(lines)));
            }
            return letters;
        }
        // Text before the first number line (a stamp, a header) belongs to the first letter.
        starts.set(0, 0);
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            letters.add(new Letter(trim(lines.subList(starts.get(k), end))));
        }
        return letters;
    }

    private static List<Line> trim(List<Line> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).text().isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).text().isBlank()) {
            to--;
        }
        return List.copyOf(lines.subList(from, to));
    }
}
