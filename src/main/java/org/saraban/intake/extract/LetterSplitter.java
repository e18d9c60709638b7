package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a bundle's text into letters. A letter starts at its number line ({@code ที่ มท ...}) when
 * a heading (เรื่อง, เรียน, ถึง) follows it, and takes with it what stands just above: its urgency
 * or secrecy mark, a memo's head (บันทึกข้อความ, ส่วนราชการ), and the receiving stamps and routing
 * notes put on its first page. A number line inside an อ้างถึง or สิ่งที่ส่งมาด้วย block does not
 * start a letter. A bundle whose text has no number line is one letter; text above the first number
 * line is a letter of its own when it has a subject and a salutation (its number line lost to the OCR),
 * and so is a page whose head has them after a letter that has ended. Stateless and thread-safe.
 */
public final class LetterSplitter {
    /** ที่ followed by a two-letter code and digits, at the start of a line. */
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*ที่\\s+[ก-ฮ]{2}\\s*[0-9๐-๙]");
    /**
     * A number line whose ที่ and agency code the OCR turned into a few other characters (NUN ๐๘๑๐.๕/ว ๒๕๓),
     * or whose code it read with a letter too many (ที่ ทกส ๐๖๐๔.๗/ว ๒๐๒๗): the unit code (four digits, a
     * point, a digit or two) and its slash still show it. Such a line starts a letter like a number line.
     */
    private static final Pattern CODELESS_NUMBER_LINE = Pattern.compile(
            "^(?:ที่\\s+)?\\S{1,4}\\s+[0-9๐-๙]{4}\\.[0-9๐-๙]{1,2}\\s?/");
    /** A memo's head (บันทึกข้อความ "memo", ส่วนราชการ "issuing unit"), which belongs to the letter below. */
    private static final Pattern MEMO_HEAD = Pattern.compile("^\s*(?:บันทึก\s?ข้อความ|ส่วนราชการ)");
    /**
     * Lines that end a letter: ขอแสดงความนับถือ (yours faithfully), the signer's name in brackets, a
     * position signed on behalf (ปฏิบัติราชการแทน), contacts (โทร phone, โทรสาร fax, ไปรษณีย์อิเล็กทรอนิกส์
     * e-mail), a page number (- ๒ -).
     */
    private static final Pattern LETTER_END = Pattern.compile(
            "^\\s*(?:ขอแสดงความนับถือ|\\(|โทร|ไปรษณีย์|ผู้ประสานงาน|-\\s?[0-9๐-๙]{1,2}\\s?-)|ปฏิบัติราชการแทน|@");
    /** At most this many short unrecognized lines above a number line are taken as the letter's head. */
    private static final int MAX_LOOSE_HEAD_LINES = 8;
    private static final int MAX_LOOSE_HEAD_LINE = 50;
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:เรื่อง|เรียน|ถึง|เสนอ)\\s");
    /** A letter's subject (เรื่อง) and salutation (เรียน "dear", ถึง "to", เสนอ "to [a superior]") lines. */
    private static final Pattern SUBJECT_LINE = Pattern.compile("^\\s*เรื่อง\\s");
    private static final Pattern SALUTATION_LINE = Pattern.compile("^\\s*(?:เรียน|ถึง|เสนอ)\\s");
    /** Blocks a quoted number line can sit in. */
    private static final Pattern QUOTING = Pattern.compile("^\\s*(?:-\\s?)?(?:อ้างถึง|สิ่งที่ส่งมาด้วย|ตามหนังสือ|หนังสือ)");
    private static final int HEADING_WITHIN = 25;
    /** How far into a page (lines with text) a letter's subject may stand: past its marks, stamps, number and address. */
    private static final int PAGE_HEAD_LINES = 15;
    /** How many lines under the subject its salutation stands at most. */
    private static final int SALUTATION_WITHIN = 4;
    /** The title of an order or announcement (คำสั่ง…, ประกาศ…, ระเบียบ…), which has no agency code. */
    private static final Pattern TITLE_LINE = Pattern.compile("^(?:คำสั่ง|ประกาศ|ระเบียบ)\\S");
    /** What follows such a title within a few lines: its number (ที่ ๑/๒๕๖๘) or เรื่อง. */
    private static final Pattern TITLE_FOLLOWER = Pattern.compile("^(?:ที่\\s+[0-9๐-๙]|เรื่อง\\s|ว่าด้วย)");
    private static final int MAX_TITLE = 80;

    private final ReceivedStampFinder stamps = new ReceivedStampFinder();

    /** One letter: its lines, their pages, and the stamp blocks among them (line indexes within the letter). */
    public record Letter(List<Line> lines, List<ReceivedStampFinder.Block> stampBlocks) {
        public Letter {
            lines = List.copyOf(lines);
            stampBlocks = List.copyOf(stampBlocks);
        }

        public List<Integer> pages() {
            return lines.stream().map(Line::page).distinct().sorted().toList();
        }

        /** The letter's text as read, stamps included. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Line line : lines) {
                sb.append(line.text()).append('\n');
            }
            return sb.toString().strip();
        }

        /** The first and the last {@code count} lines with text of each of the letter's pages, one per line. */
        public List<String> pageEdges(int count) {
            List<String> edges = new ArrayList<>();
            for (int page : pages()) {
                List<String> onPage = lines.stream().filter(l -> l.page() == page && !l.text().isBlank()).map(Line::text).toList();
                edges.addAll(onPage.subList(0, Math.min(count, onPage.size())));
                // the last ones, unless the page is so short that they are the first ones again
                edges.addAll(onPage.subList(Math.min(onPage.size(), Math.max(count, onPage.size() - count)), onPage.size()));
            }
            return edges;
        }

        /** The letter's text without its stamps and routing notes, which other finders must not read. */
        public LetterText body() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                final int at = i;
                boolean stamp = stampBlocks.stream().anyMatch(b -> b.from() <= at && at < b.to());
                out.add(stamp ? "" : lines.get(i).text());
            }
            return LetterText.ofLines(out);
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
        List<String> texts = lines.stream().map(l -> LetterText.normalizeLine(l.text())).toList();
        Set<Integer> pageStarts = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page() != lines.get(i - 1).page()) {
                pageStarts.add(i);
            }
        }
        List<ReceivedStampFinder.Block> blocks = stamps.blocks(texts, pageStarts);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if ((NUMBER_LINE.matcher(texts.get(i)).find() || CODELESS_NUMBER_LINE.matcher(texts.get(i)).find())
                    && headingFollows(texts, i) && !quoted(texts, i)) {
                starts.add(pullAbove(lines, texts, blocks, i));
            } else if (isTitle(texts, i)) {
                starts.add(pullAbove(lines, texts, blocks, i));
            }
        }
        for (int page : pageStarts.stream().sorted().toList()) {
            if (startsUnnumberedLetter(texts, starts, page)) {
                starts.add(page);
            }
        }
        Collections.sort(starts);
        List<Letter> letters = new ArrayList<>();
        if (starts.isEmpty()) {
            if (lines.stream().anyMatch(l -> !l.text().isBlank())) {
                letters.add(letter(lines, 0, lines.size(), blocks));
            }
            return letters;
        }
        // Text before the first letter (a stamp, a header) belongs to the first letter, unless it is a
        // letter itself, one whose number line OCR lost: it has its subject and its salutation.
        if (isALetter(texts.subList(0, starts.get(0)))) {
            starts.add(0, 0);
        } else {
            starts.set(0, 0);
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            letters.add(letter(lines, starts.get(k), end, blocks));
        }
        return letters;
    }

    /**
     * Whether the page starting at line {@code page} starts a letter whose number line OCR lost (a
     * received stamp printed over it): its head has a subject with a salutation under it, no number
     * line starts a letter there, and the letter before has its own subject and has ended (signature,
     * contacts) by then.
     */
    private static boolean startsUnnumberedLetter(List<String> texts, List<Integer> starts, int page) {
        int subject = -1;
        for (int j = page, seen = 0; j < texts.size() && seen < PAGE_HEAD_LINES && subject < 0; j++) {
            if (!texts.get(j).isBlank()) {
                seen++;
                subject = SUBJECT_LINE.matcher(texts.get(j)).find() ? j : -1;
            }
        }
        int subjectLine = subject;
        if (subject < 0 || starts.stream().anyMatch(s -> s >= page && s <= subjectLine)) {
            return false;
        }
        boolean salutation = texts.subList(subject + 1, Math.min(texts.size(), subject + 1 + SALUTATION_WITHIN)).stream()
                .anyMatch(t -> SALUTATION_LINE.matcher(t).find());
        int before = starts.stream().filter(s -> s < page).mapToInt(Integer::intValue).max().orElse(0);
        List<String> previous = texts.subList(before, page);
        return salutation && previous.stream().anyMatch(t -> SUBJECT_LINE.matcher(t).find())
                && previous.stream().anyMatch(t -> LETTER_END.matcher(t).find());
    }

    private static boolean isALetter(List<String> texts) {
        return texts.stream().anyMatch(t -> SUBJECT_LINE.matcher(t).find())
                && texts.stream().anyMatch(t -> SALUTATION_LINE.matcher(t).find());
    }

    private static boolean headingFollows(List<String> texts, int at) {
        for (int j = at + 1; j < texts.size() && j <= at + HEADING_WITHIN; j++) {
            if (HEADING.matcher(texts.get(j)).find()) {
                return true;
            }
            if (NUMBER_LINE.matcher(texts.get(j)).find()) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTitle(List<String> texts, int at) {
        String line = texts.get(at);
        if (!TITLE_LINE.matcher(line).find() || line.length() > MAX_TITLE) {
            return false;
        }
        int seen = 0;
        for (int j = at + 1; j < texts.size() && seen < 3; j++) {
            if (texts.get(j).isBlank()) {
                continue;
            }
            seen++;
            if (TITLE_FOLLOWER.matcher(texts.get(j)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(List<String> texts, int at) {
        for (int j = at - 1; j >= 0; j--) {
            if (!texts.get(j).isBlank()) {
                return QUOTING.matcher(texts.get(j)).find() && !texts.get(j).contains("ลงวันที่");
            }
        }
        return false;
    }

    /**
     * The first line of the letter whose number is on line {@code at}: marks and stamps above it on
     * the same page come along, and so do short lines up to the top of the page or to the end of the
     * letter before (a stamp OCR has garbled past recognition, a mark printed beside it).
     * A mark at the foot of the page before is that page's own (a secret letter repeats its mark at
     * the top and the bottom of every page).
     */
    private static int pullAbove(List<Line> lines, List<String> texts, List<ReceivedStampFinder.Block> blocks, int at) {
        int start = at;
        int highestLoose = -1;
        int loose = 0;
        int j = at - 1;
        int page = lines.get(at).page();
        while (j >= 0 && lines.get(j).page() == page) {
            final int line = j;
            String text = texts.get(j);
            if (text.isBlank()) {
                j--;
                continue;
            }
            if (isHead(text)) {
                start = j;
                j--;
                continue;
            }
            ReceivedStampFinder.Block block = blocks.stream().filter(b -> b.from() <= line && line < b.to()).findFirst().orElse(null);
            if (block != null) {
                start = block.from();
                j = block.from() - 1;
                continue;
            }
            if (LETTER_END.matcher(text).find()) {
                break;
            }
            if (loose < MAX_LOOSE_HEAD_LINES && text.strip().replaceAll("\\s+", " ").length() <= MAX_LOOSE_HEAD_LINE) {
                highestLoose = j;
                loose++;
                j--;
                continue;
            }
            return start;
        }
        // the top of the page or the end of the letter before: the short lines on the way are this letter's
        return highestLoose >= 0 ? Math.min(start, highestLoose) : start;
    }

    /** Whether {@code line} is an urgency or secrecy mark, or a memo's head. */
    private static boolean isHead(String line) {
        return MEMO_HEAD.matcher(line).find() || MarkFinder.isMarkLine(line);
    }

    private static Letter letter(List<Line> lines, int from, int to, List<ReceivedStampFinder.Block> blocks) {
        int a = from;
        int b = to;
        while (a < b && lines.get(a).text().isBlank()) {
            a++;
        }
        while (b > a && lines.get(b - 1).text().isBlank()) {
            b--;
        }
        final int start = a;
        final int end = b;
        List<ReceivedStampFinder.Block> own = blocks.stream()
                .filter(k -> k.from() >= start && k.to() <= end)
                .map(k -> new ReceivedStampFinder.Block(k.from() - start, k.to() - start, k.stamp(), k.dateRaw(), k.review()))
                .toList();
        return new Letter(lines.subList(start, end), own);
    }
}
