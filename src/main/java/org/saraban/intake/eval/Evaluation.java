package org.saraban.intake.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.extract.PageText;
import org.saraban.intake.samples.SampleTruth;

/**
 * Running totals of an evaluation: per group of letters, a {@link FieldScore} for every
 * {@link Field} and for letter boundaries, and the OCR character error rate of their pages. Add one
 * file at a time, then read or print the totals. Not thread-safe.
 */
public final class Evaluation {
    /** The key of the letter-boundary score, beside the {@link Field} keys. */
    public static final String LETTERS = "letters";

    /** Groups of letters reported apart. */
    public enum Group {
        ALL("all letters"),
        SEEN("letters in trained fonts and wording"),
        HELD_OUT_FONT("letters in the held-out font (Norasi)"),
        HELD_OUT_TEXT("letters with held-out wording");

        final String title;

        Group(String title) {
            this.title = title;
        }
    }

    private final LetterPairing pairing = new LetterPairing();
    private final CharacterErrorRate cer = new CharacterErrorRate();
    private final Map<Group, Map<String, FieldScore>> scores = new EnumMap<>(Group.class);
    private final Map<Group, CharacterErrorRate.Count> text = new EnumMap<>(Group.class);
    private final Map<Group, Integer> pages = new EnumMap<>(Group.class);
    private final Map<Group, Set<String>> files = new EnumMap<>(Group.class);
    private final List<Mismatch> mismatches = new ArrayList<>();

    /** A field of a true letter that was not found exactly: what the truth says and what was found. */
    public record Mismatch(String file, int letter, String field, List<String> truth, List<String> found) {}

    public Evaluation() {
        for (Group g : Group.values()) {
            Map<String, FieldScore> byKey = new LinkedHashMap<>();
            for (Field f : Field.values()) {
                byKey.put(f.key(), FieldScore.ZERO);
            }
            byKey.put(LETTERS, FieldScore.ZERO);
            scores.put(g, byKey);
            text.put(g, new CharacterErrorRate.Count(0, 0));
            pages.put(g, 0);
            files.put(g, new HashSet<>());
        }
    }

    /** Every key a threshold may name: the {@link Field} keys and {@value #LETTERS}. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Field f : Field.values()) {
            keys.add(f.key());
        }
        keys.add(LETTERS);
        return keys;
    }

    /**
     * Adds one file: its truth, the text recognized on each page, and the records the pipeline found.
     *
     * @return the file's own scores, for a per-file line
     */
    public FileResult add(String file, SampleTruth.Sample truth, List<PageText> recognized, List<DirectiveRecord> found) {
        return add(file, truth, recognized, found, false);
    }

    /**
     * Adds one file, which is text rather than an image when {@code textInput}: then the
     * {@linkplain Field#imageOnly() image-only} fields are not scored for its letters, since a text
     * can never carry them.
     *
     * @return the file's own scores, for a per-file line
     */
    public FileResult add(String file, SampleTruth.Sample truth, List<PageText> recognized, List<DirectiveRecord> found,
            boolean textInput) {
        List<Field> fields = Arrays.stream(Field.values()).filter(f -> !(textInput && f.imageOnly())).toList();
        List<DirectiveRecord> trueRecords = truth.letters().stream().map(SampleTruth.Letter::record).toList();
        LetterPairing.Result result = pairing.pair(trueRecords, found);
        for (int i = 0; i < result.pairs().size(); i++) {
            LetterPairing.Pair pair = result.pairs().get(i);
            Set<Group> groups = groups(truth.letters().get(i).making());
            for (Field field : fields) {
                List<String> t = field.values(pair.truth());
                List<String> f = pair.found() == null ? List.of() : field.values(pair.found());
                add(groups, field.key(), compare(t, f));
                if (!t.equals(f)) {
                    mismatches.add(new Mismatch(file, i + 1, field.key(), t, f));
                }
            }
            groups.forEach(g -> files.get(g).add(file));
        }
        for (DirectiveRecord extra : result.unpaired()) {
            Set<Group> groups = groups(letterAt(truth, extra.source().pages()).making());
            for (Field field : fields) {
                add(groups, field.key(), new FieldScore(0, field.values(extra).size(), 0, 0, 0));
            }
        }
        // Boundaries: a true letter is found when a found letter spans exactly its pages.
        List<List<Integer>> foundSpans = found.stream().map(r -> r.source().pages()).toList();
        Set<List<Integer>> trueSpans = new HashSet<>();
        for (SampleTruth.Letter letter : truth.letters()) {
            List<Integer> span = letter.record().source().pages();
            trueSpans.add(span);
            boolean hit = foundSpans.contains(span);
            add(groups(letter.making()), LETTERS, new FieldScore(hit ? 1 : 0, 0, hit ? 0 : 1, hit ? 1 : 0, 1));
        }
        for (List<Integer> span : foundSpans) {
            if (!trueSpans.contains(span)) {
                add(groups(letterAt(truth, span).making()), LETTERS, new FieldScore(0, 1, 0, 0, 0));
            }
        }
        CharacterErrorRate.Count fileText = new CharacterErrorRate.Count(0, 0);
        for (int p = 0; p < truth.pageTexts().size() && p < recognized.size(); p++) {
            CharacterErrorRate.Count page = cer.count(truth.pageTexts().get(p), recognized.get(p).text());
            fileText = fileText.plus(page);
            for (Group g : groups(letterAt(truth, List.of(p + 1)).making())) {
                text.merge(g, page, CharacterErrorRate.Count::plus);
                pages.merge(g, 1, Integer::sum);
            }
        }
        int paired = (int) result.pairs().stream().filter(p -> p.found() != null).count();
        return new FileResult(trueRecords.size(), found.size(), paired, fileText.rate());
    }

    /** One file's summary: true letters, letters found, paired, and its OCR error rate. */
    public record FileResult(int trueLetters, int foundLetters, int paired, double cer) {}

    /** Every field of every true letter that was not found exactly, in the order added. */
    public List<Mismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    public FieldScore score(Group group, String key) {
        FieldScore score = scores.get(group).get(key);
        if (score == null) {
            throw new IllegalArgumentException("unknown field '" + key + "'; known: " + String.join(", ", keys()));
        }
        return score;
    }

    public double characterErrorRate(Group group) {
        return text.get(group).rate();
    }

    public int letters(Group group) {
        return (int) scores.get(group).get(LETTERS).letters();
    }

    /** Prints a Markdown table per group that has letters. */
    public void print(PrintWriter out) {
        for (Group g : Group.values()) {
            int letters = letters(g);
            if (letters == 0 || (g == Group.SEEN && letters == letters(Group.ALL))) {
                continue;
            }
            out.printf("### %s: %d letters in %d files, %d pages%n%n", capitalized(g.title), letters,
                    files.get(g).size(), pages.get(g));
            out.println("| field | precision | recall | exact | true values | found values |");
            out.println("|---|---:|---:|---:|---:|---:|");
            for (Map.Entry<String, FieldScore> e : scores.get(g).entrySet()) {
                FieldScore s = e.getValue();
                if (s.letters() == 0) {
                    out.printf("| %s | not scored: text inputs carry no images | | | | |%n", e.getKey());
                    continue;
                }
                out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d | %d |%n", e.getKey(), s.precision(), s.recall(),
                        s.exactRate(), s.expected(), s.found());
            }
            out.printf(Locale.ROOT, "%nOCR character error rate (whitespace ignored): %.3f%n%n", characterErrorRate(g));
        }
    }

    private void add(Set<Group> groups, String key, FieldScore score) {
        for (Group g : groups) {
            scores.get(g).merge(key, score, FieldScore::plus);
        }
    }

    private static FieldScore compare(List<String> truth, List<String> found) {
        List<String> unmatched = new ArrayList<>(found);
        long hits = 0;
        for (String value : truth) {
            if (unmatched.remove(value)) {
                hits++;
            }
        }
        boolean exact = truth.equals(found);
        return new FieldScore(hits, found.size() - hits, truth.size() - hits, exact ? 1 : 0, 1);
    }

    /** The true letter on the first of {@code pages}, or the file's first letter. */
    private static SampleTruth.Letter letterAt(SampleTruth.Sample truth, List<Integer> pages) {
        if (!pages.isEmpty()) {
            for (SampleTruth.Letter letter : truth.letters()) {
                if (letter.record().source().pages().contains(pages.get(0))) {
                    return letter;
                }
            }
        }
        return truth.letters().get(0);
    }

    private static Set<Group> groups(SampleTruth.Making making) {
        Set<Group> groups = EnumSet.of(Group.ALL);
        boolean font = making != null && making.heldOutFont();
        boolean wording = making != null && making.heldOutText();
        if (font) {
            groups.add(Group.HELD_OUT_FONT);
        }
        if (wording) {
            groups.add(Group.HELD_OUT_TEXT);
        }
        if (!font && !wording) {
            groups.add(Group.SEEN);
        }
        return groups;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
