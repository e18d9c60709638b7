package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import org.saraban.intake.ocr.ThaiTextNormalizer;

/**
 * The normalized text of one letter, as finders read it: Thai spelling repaired (sara am, sara ae,
 * mark order), curly quotes made straight, runs of spaces collapsed, each line stripped. Blank lines
 * are kept because they separate paragraphs and fields. Thai digits are kept: each finder turns
 * the numbers it reads into Arabic digits. Immutable.
 */
public record LetterText(List<String> lines) {
    private static final ThaiTextNormalizer THAI = new ThaiTextNormalizer();

    public LetterText {
        lines = List.copyOf(lines);
    }

    /** Normalizes {@code text}, which may hold several lines. */
    public static LetterText of(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            out.add(normalizeLine(line));
        }
        return new LetterText(out);
    }

    /** One line, normalized as described above. */
    public static String normalizeLine(String line) {
        String s = THAI.normalize(line)
                .replace('\u00A0', ' ')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\t', ' ');
        return s.replaceAll(" {2,}", " ").strip();
    }

    /** The lines joined by line breaks. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The whole text on one line: line breaks become single spaces, paragraphs are kept apart by "\n". */
    public String paragraphs() {
        StringBuilder sb = new StringBuilder();
        boolean blank = true;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!blank) {
                    sb.append('\n');
                }
                blank = true;
                continue;
            }
            if (!blank) {
                sb.append(' ');
            }
            sb.append(line);
            blank = false;
        }
        return sb.toString().strip();
    }

    /** The whole text on one line, every line break a single space. */
    public String flat() {
        return paragraphs().replace('\n', ' ');
    }
}
