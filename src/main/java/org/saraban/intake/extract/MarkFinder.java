package org.saraban.intake.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.directive.Urgency;

/**
 * Urgency (ด่วนที่สุด "most urgent", ด่วนมาก, ด่วน) and secrecy (ลับที่สุด "top secret", ลับมาก, ลับ)
 * marks, which stand on a line of their own above the number. Stateless and thread-safe.
 */
public final class MarkFinder {
    private static final int HEAD_LINES = 12;

    public Optional<Urgency> urgency(String letterText) {
        return mark(letterText, Urgency.MOST_URGENT.thai(), Urgency.VERY_URGENT.thai(), Urgency.URGENT.thai())
                .map(word -> switch (word) {
                    case "ด่วนที่สุด" -> Urgency.MOST_URGENT;
                    case "ด่วนมาก" -> Urgency.VERY_URGENT;
                    default -> Urgency.URGENT;
                });
    }

    public Optional<Secrecy> secrecy(String letterText) {
        return mark(letterText, Secrecy.TOP_SECRET.thai(), Secrecy.SECRET.thai(), Secrecy.CONFIDENTIAL.thai())
                .map(word -> switch (word) {
                    case "ลับที่สุด" -> Secrecy.TOP_SECRET;
                    case "ลับมาก" -> Secrecy.SECRET;
                    default -> Secrecy.CONFIDENTIAL;
                });
    }

    /** The secrecy mark that fills one of {@code lines} (or starts it), wherever on the page they were. */
    public Optional<Secrecy> secrecyOnALine(List<String> lines) {
        for (String line : lines) {
            Optional<Secrecy> found = secrecy(line);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code line} is a mark's line: the mark alone, or the mark first and then what OCR put
     * beside it (the office of a received stamp).
     */
    static boolean isMarkLine(String line) {
        String stripped = line.strip();
        return AS_FIRST_WORD.keySet().stream().anyMatch(word -> isLineOf(stripped, word));
    }

    /** Whether the stripped {@code line} is {@code word}'s mark: the word alone or first and then a space. */
    private static boolean isLineOf(String line, String word) {
        // OCR may space the word or drop its marks: ด วนที่สุด, ด่วนทีสุด, ดวนทสุด.
        return LetterText.skeleton(line).equals(LetterText.skeleton(word)) || startsAsWord(line, word);
    }


    /**
     * The first of {@code words} (longest first) that fills a line among the first non-blank lines, or
     * starts one and is followed by a space: OCR puts a received stamp printed beside the mark on the
     * same line (ด่วน เลขรับ ๔๑๓๓). A word that only begins the line's first word (ลับแล, a district)
     * is not a mark.
     */
    private static Optional<String> mark(String text, String... words) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(HEAD_LINES).toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] tokens = lines.get(i).split("\\s+");
            String below = i + 1 < lines.size() ? lines.get(i + 1) : "";
            // past a speck read as a line of its own (ด่วน / พ / สุด)
            String belowSpeck = below.length() <= 2 && i + 2 < lines.size() ? lines.get(i + 2) : "";
            for (String word : words) {
                if (isLineOf(lines.get(i), word)
                        || tokens.length == 2 && isSplitOver(tokens[0], tokens[1], word)
                        || isSplitOver(lines.get(i), below, word) || isSplitOver(lines.get(i), belowSpeck, word)
                        || tokens.length == 1 && endsNearby(lines, i, word)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a large mark was read in two pieces, its start and its end (ด่วน / สุด for ด่วนที่สุด), on
     * two lines or spaced apart on one, at most one letter lost between them (the ท of ที่). No line is
     * just สุด or มาก otherwise.
     */
    private static boolean isSplitOver(String line, String next, String word) {
        String whole = LetterText.skeleton(word);
        String start = LetterText.skeleton(line);
        String end = LetterText.skeleton(next);
        int joined = start.length() + end.length();
        return start.length() >= 2 && end.length() >= 2 && joined <= whole.length() && joined >= whole.length() - 1
                && whole.startsWith(start) && whole.endsWith(end);
    }

    /**
     * Whether the mark's start, alone on line {@code i}, has its end as the first word of a line up to
     * three lines before or after it: the layout may set the end on the row of a received stamp printed
     * beside it and read that row first (สุด   วันที่ ๑๒ ก.พ. ๖๗ … ด่วน), or read the office's name
     * between them. An end with another mark's start between is that mark's (ลับ / ด่วน / สุด).
     */
    private static boolean endsNearby(List<String> lines, int i, String word) {
        for (int j = Math.max(0, i - NEARBY); j <= Math.min(lines.size() - 1, i + NEARBY); j++) {
            if (j != i && isSplitOver(lines.get(i), lines.get(j).split("\\s+")[0], word)
                    && lines.subList(Math.min(i, j) + 1, Math.max(i, j)).stream().noneMatch(MarkFinder::isAMarksStart)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line} is ด่วน or ลับ alone, which start the longer marks. */
    private static boolean isAMarksStart(String line) {
        String bare = LetterText.skeleton(line);
        return bare.equals(LetterText.skeleton(Urgency.URGENT.thai())) || bare.equals(LetterText.skeleton(Secrecy.CONFIDENTIAL.thai()));
    }

    private static final int NEARBY = 3;

    /** Whether {@code line} starts with {@code word} (tone marks optional, a stray space inside) and then a space. */
    private static boolean startsAsWord(String line, String word) {
        return AS_FIRST_WORD.get(word).matcher(line).find();
    }

    /** For each mark, the pattern of {@link #startsAsWord}, made once. */
    private static final Map<String, Pattern> AS_FIRST_WORD = Stream.concat(
                    Stream.of(Urgency.values()).map(Urgency::thai), Stream.of(Secrecy.values()).map(Secrecy::thai))
            .collect(Collectors.toUnmodifiableMap(word -> word, MarkFinder::asFirstWord));

    private static Pattern asFirstWord(String word) {
        StringBuilder pattern = new StringBuilder("^");
        for (char c : LetterText.skeleton(word).toCharArray()) {
            pattern.append(Pattern.quote(String.valueOf(c))).append(LetterText.MARK).append("{0,2} ?");
        }
        // the word's last optional space must be a real one: a space, then more text
        return Pattern.compile(pattern + "(?<= )\\S");
    }
}
