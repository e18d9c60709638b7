package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord.Enclosure;
import org.saraban.intake.directive.DirectiveRecord.LetterReference;
import org.saraban.intake.directive.ReferenceNumber;

/**
 * The อ้างถึง ("with reference to") and สิ่งที่ส่งมาด้วย ("enclosed") blocks under the subject:
 * each item with its reference number, its date (after ลงวันที่, "dated") and, for enclosures, the
 * quantity (จำนวน ๑ ชุด, "one set"). A block runs over the lines OCR breaks it into, blank ones
 * included, until the body or the next heading; numbered items ({@code ๑. … ๒. …}) are split.
 * Stateless and thread-safe.
 */
public final class LetterReferenceFinder {
    private static final String D = "[0-9๐-๙]";
    /** อ้างถึง ("with reference to"), sometimes after a dash. */
    private static final Pattern REFERENCES = Pattern.compile("^(?:-\\s?)?อ้าง\\s?ถึง\\s*(.*)$");
    /** สิ่งที่ส่งมาด้วย ("enclosed"). */
    private static final Pattern ENCLOSURES = Pattern.compile("^(?:-\\s?)?สิ่ง\\s?ที่\\s?ส่ง\\s?มา\\s?ด้วย\\s*(.*)$");
    /** Lines that end a block: another heading, or the opening of the body. */
    private static final Pattern BLOCK_END = Pattern.compile(
            "^(?:-\\s?)?(?:อ้าง\\s?ถึง|สิ่ง\\s?ที่\\s?ส่ง\\s?มา\\s?ด้วย|เรื่อง|เรียน|ถึง|ตามที่|ด้วย|เนื่องด้วย|เนื่องจาก|ในการนี้|จึง|ขอแสดงความนับถือ)");
    private static final Pattern ITEM = Pattern.compile("^(" + D + "{1,2})\\s?\\.\\s?(?!" + D + ")");
    /** จำนวน N <unit> ("quantity"). */
    private static final Pattern QUANTITY = Pattern.compile("จำนวน\\s?(" + D + "{1,4})\\s?([ก-๛]+)");
    /**
     * A line of nothing but scraps of one or two characters with a slash or a digit among them (ม/ ๗ ๑/):
     * a hand-written note OCR read between a number's ว and its serial.
     */
    private static final Pattern SCRIBBLE = Pattern.compile("(?=.*[/0-9๐-๙])\\s*(?:\\S{1,2}\\s+)*\\S{1,2}\\s*");
    /** Body lines are long; a wrapped block line is short. */
    private static final int MAX_BLOCK_LINE = 110;

    private final ReferenceNumberParser parser = new ReferenceNumberParser();

    /** One item of a block, with what the parser and the date reader flagged. */
    public record Item<T>(T value, List<String> review, double confidence) {}

    public List<Item<LetterReference>> references(LetterText letter) {
        List<Item<LetterReference>> out = new ArrayList<>();
        for (String item : items(letter, REFERENCES, true)) {
            Found<ReferenceNumber> refNo = refNo(item);
            Found<ThaiDate> date = date(item);
            out.add(new Item<>(new LetterReference(refNo.value(), date.value() == null ? null : date.value().date(), item),
                    merge(refNo, date), Math.min(refNo.isPresent() ? refNo.confidence() : Found.SURE, date.isPresent() ? date.confidence() : Found.SURE)));
        }
        return out;
    }

    public List<Item<Enclosure>> enclosures(LetterText letter) {
        List<Item<Enclosure>> out = new ArrayList<>();
        for (String item : items(letter, ENCLOSURES, false)) {
            Matcher q = QUANTITY.matcher(item);
            String quantity = null;
            String text = item;
            if (q.find()) {
                quantity = ThaiDigits.toArabic(q.group(1)) + " " + q.group(2);
                text = (item.substring(0, q.start()) + item.substring(q.end())).strip().replaceAll("\\s+", " ");
            }
            Found<ReferenceNumber> refNo = refNo(text);
            Found<ThaiDate> date = date(text);
            out.add(new Item<>(new Enclosure(text, refNo.value(), date.value() == null ? null : date.value().date(), quantity),
                    merge(refNo, date), Math.min(refNo.isPresent() ? refNo.confidence() : Found.SURE, date.isPresent() ? date.confidence() : Found.SURE)));
        }
        return out;
    }

    private Found<ReferenceNumber> refNo(String item) {
        return parser.find(item).orElse(Found.none());
    }

    /** The date after ลงวันที่ ("dated"), or else the first date in the item. */
    private static Found<ThaiDate> date(String item) {
        int dated = item.indexOf("ลงวันที่");
        Matcher m = ThaiDate.PATTERN.matcher(item);
        if (m.find(Math.max(dated, 0))) {
            return ThaiDate.read(m);
        }
        return Found.none();
    }

    private static List<String> merge(Found<?> a, Found<?> b) {
        List<String> all = new ArrayList<>(a.review());
        all.addAll(b.review());
        return all;
    }

    /**
     * The items of every block opened by {@code heading}, each on one line.
     *
     * @param citations whether each item cites a letter and ends with its date (อ้างถึง); an enclosure
     *     may go on after its date with its quantity
     */
    static List<String> items(LetterText letter, Pattern heading, boolean citations) {
        List<String> lines = letter.lines();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher h = heading.matcher(lines.get(i));
            if (!h.find()) {
                continue;
            }
            List<String> block = new ArrayList<>();
            if (!h.group(1).isBlank()) {
                block.add(h.group(1));
            }
            int j = i + 1;
            boolean blankBefore = false;
            for (; j < lines.size(); j++) {
                String line = lines.get(j);
                if (line.isEmpty()) {
                    blankBefore = true;
                    continue;
                }
                if (BLOCK_END.matcher(line).find() || line.length() > MAX_BLOCK_LINE
                        || citations && blankBefore && !ITEM.matcher(line).find() && endsDated(block)) {
                    break;
                }
                if (SCRIBBLE.matcher(line).matches()) {
                    continue; // a note written across the block, which would run into the number it cuts
                }
                block.add(line);
                blankBefore = false;
            }
            items.addAll(splitItems(block));
            i = j - 1;
        }
        return items;
    }

    /**
     * Whether the block's last line ends a citation with its date (… ลงวันที่ ๕ ตุลาคม ๒๕๖๖): after that
     * and a blank line only a numbered item goes on; anything else is the body, whatever OCR made of its
     * first words.
     */
    private static boolean endsDated(List<String> block) {
        // the date itself may be wrapped: ลงวันที่ ๒๒ / มีนาคม ๒๕๖๗
        String end = String.join(" ", block.subList(Math.max(0, block.size() - 2), block.size()));
        Matcher date = ThaiDate.PATTERN.matcher(end);
        boolean dated = false;
        while (date.find()) {
            dated = date.end() > end.length() - block.get(block.size() - 1).length() - 1;
        }
        return dated;
    }

    private static List<String> splitItems(List<String> block) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block) {
            Matcher item = ITEM.matcher(line);
            if (item.find()) {
                add(items, current);
                current = new StringBuilder(line.substring(item.end()));
            } else {
                current.append(current.isEmpty() ? "" : " ").append(line);
            }
        }
        add(items, current);
        return items;
    }

    private static void add(List<String> items, StringBuilder item) {
        String text = item.toString().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            items.add(text);
        }
    }
}
