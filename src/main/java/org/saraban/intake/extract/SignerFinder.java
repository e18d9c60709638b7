package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord.Signer;

/**
 * The signer: the name in parentheses under the signature, after ขอแสดงความนับถือ ("yours
 * faithfully"), and the position on the lines below it (e.g. รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน
 * ผู้ว่าราชการจังหวัดกระบี่, "deputy governor, acting for the governor of Krabi"). A memo (บันทึกข้อความ)
 * has no ขอแสดงความนับถือ: its signature follows the closing sentence (จึงเรียนมาเพื่อ…, "therefore
 * [I] inform you for …"); an order or announcement signs after สั่ง ณ วันที่ / ประกาศ ณ วันที่ ("ordered /
 * announced on"). After those, only a name with a personal title counts, since a stamped letter
 * ends with such a sentence and no signature. Stateless and thread-safe.
 */
public final class SignerFinder {
    /** A speck or scribble OCR read before a closing sentence on its line (๗ จึงเรียนมา…, /mj จึงเรียนมา…). */
    private static final String LEADING_SPECK = "(?:[^\\sก-ฮ]{1,4}|[ก-ฮ])\\s+";
    /** Personal titles a signer's name begins with: นาย, นาง, นางสาว (Mr, Mrs, Miss), ว่าที่ (acting rank), ranks, ดร. and academic titles. */
    private static final String TITLES = "(?:นาย|นาง|ว่าที่|พล\\.?|พัน|ร้อย|จ่า|สิบ|ดร\\.|ศ\\.|รศ\\.|ผศ\\.)";
    private static final Pattern NAME = Pattern.compile("^\\(\\s*([^()]{3,60}?)\\s*\\)$");
    /**
     * A name with a personal title in parentheses anywhere on a line: OCR may put a scribble, a
     * routing note or a stray digit on the same line as the name (๒, (นายณัฐวุฒิ ชัยมงคล)), or read the
     * opening parenthesis as a slash.
     */
    private static final Pattern TITLED_NAME_IN_LINE = Pattern.compile(
            "[(/]\\s*(" + TITLES + "[^()]{2,60}?)\\s*\\)");
    /**
     * A titled name closed by its parenthesis, the opening one lost among a routing note's or a stamp's
     * scraps on the same line: a letter or two between ( and the title (…าน(บนายกิตติพงษ์ ทองดี)), or a
     * digit or Latin letter right before the title (๒๓ มค. ๙๔นายชัยวัฒน์ จันทร์เพ็ญ)). Taken only under
     * the closing words, where a name is due.
     */
    private static final Pattern TITLED_NAME_AFTER_SCRAPS = Pattern.compile(
            "(?:\\(\\S{1,2}?|(?<=[0-9๐-๙A-Za-z]))(" + TITLES + "[^()]{2,60}?)\\s*\\)");
    /**
     * ขอแสดงความนับถือ ("yours faithfully"), anywhere on its line, with a tone mark OCR may have added
     * or the vowels of นับถือ lost (ขอแสดงความนบถอ).
     */
    private static final Pattern YOURS_FAITHFULLY = Pattern.compile("ขอแสดงความน\\u0E31?บถ[\\u0E37\\u0E48-\\u0E4B]*อ");
    /** Words of an official position: governor, director-general, acting for, deputy, chief, … */
    private static final Pattern POSITION = Pattern.compile(
            "ผู้ว่าราชการ|อธิบดี|ราชการแทน|นายอำเภอ|ปลัด|ผู้อำนวยการ|หัวหน้า|รัฐมนตรี|นายก|เลขาธิการ|ท้องถิ่น(?:จังหวัด|อำเภอ)|ผู้บัญชาการ|ประธาน|^รอง|ผู้ตรวจราชการ");
    /** Owning-unit and contact lines that follow the position. */
    private static final Pattern AFTER = Pattern.compile("^(?:สำนัก|กอง|กลุ่ม|ฝ่าย|งาน|ศูนย์|โทร|ไปรษณีย์|ผู้ประสานงาน|คู่มือ|QR)");
    private static final int MAX_POSITION_LINES = 3;
    /** Closing sentences of letters without ขอแสดงความนับถือ: จึงเรียนมา / จึงแจ้งมา (memo), สั่ง ณ / ประกาศ ณ (order, announcement). */
    private static final Pattern OTHER_CLOSING = Pattern.compile(
            "^(?:" + LEADING_SPECK + ")?(?:จ[\\u0E34-\\u0E37\\u0E48-\\u0E4B]?ง\\s?(?:เรียน|แจ้ง)|(?:สั่ง|ประกาศ)\\s?ณ\\s?วันที่)");
    private static final Pattern TITLED = Pattern.compile("^" + TITLES);
    /**
     * นาย / นาง / นางสาว as OCR may leave them: a tone mark or a lower vowel added (น่าง, นายุ), the
     * first letter misread (มาย, บาง), สาว garbled (นางสวง, นางสาง). Only at the start of a name in
     * parentheses under a signature, where nothing but a title can stand.
     */
    private static final Pattern TITLE_AS_READ = Pattern.compile(
            "^[นมบ][\\u0E48-\\u0E4B]?า[\\u0E48-\\u0E4B]?(?:(ย)|ง(ส(?:าว|วง|าง|วว|าา))?)[\\u0E38\\u0E39]?");
    /** A dot OCR read inside a name, after a word of three or more letters (นายวิชัย.วงศ์ใหญ่); not the dot of ดร. or พล.ต. */
    private static final Pattern DOT_IN_NAME = Pattern.compile("(?<=[ก-๙]{3})\\s?\\.\\s?(?=[ก-ฮเแโใไ])");
    /** ศักดิ์ ("dignity"), common in names, has no spelling without its ์, which OCR drops. */
    private static final Pattern SAK_WITHOUT_MARK = Pattern.compile("ศักดิ(?!\\u0E4C)");
    /** Nor has ศักดิ์สิทธิ์ ("sacred"), a common surname, without its last ์ (the top mark the layout cuts off). */
    private static final Pattern SAKSIT_WITHOUT_MARK = Pattern.compile("ศักดิ์สิทธิ(?!\\u0E4C)");
    /**
     * ร or จ read just before ฐ, out of the loop of its head (ณัรฐวุฒิ, ประเสริจฐ): Thai names
     * (ณัฐ…, …ประเสริฐ) never set either right before ฐ, and Thai words hardly ever do.
     */
    private static final Pattern LOOP_BEFORE_THO_THAN = Pattern.compile("[รจ](?=ฐ)");
    /**
     * ์ on the first letter of a given name or a surname: ์ silences a letter, and a name's first letter
     * is always sounded, so what was read as ์ there is the ั it resembles (ณ์ฐวุฒิ for ณัฐวุฒิ).
     */
    private static final Pattern SILENCED_FIRST_LETTER = Pattern.compile(
            "(?<=^" + TITLES + "|^นางสาว|^|\\s)([ก-ฮ])\u0E4C");
    /**
     * The letters' own common words that a tone mark makes of a syllable of a name: เรื่อง ("subject") of
     * เรือง ("bright", as in เรืองศรี), นั้น ("that") of นัน (นันทนา), นี้ ("this") of นี (มาลินี). The model,
     * trained on the letters' wording, writes the mark in; no name has these words, so the mark goes.
     */
    private static final Map<String, String> COMMON_WORDS_IN_NAMES = Map.of("เรื่อง", "เรือง", "นั้น", "นัน", "นี้", "นี");

    /**
     * Where a signature block starts when OCR lost the closing words: the last line with a titled name
     * in parentheses that a position follows within two lines; -1 if there is none.
     */
    private static int signatureWithoutClosing(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!TITLED_NAME_IN_LINE.matcher(lines.get(i)).find()) {
                continue;
            }
            for (int j = i + 1, seen = 0; j < lines.size() && seen < 2; j++) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                if (POSITION.matcher(lines.get(j)).find()) {
                    return i;
                }
                seen++;
            }
        }
        return -1;
    }

    public Found<Signer> find(LetterText letter) {
        List<String> lines = letter.lines();
        int closing = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (YOURS_FAITHFULLY.matcher(lines.get(i)).find()) {
                closing = i;
            }
        }
        boolean titledOnly = false;
        if (closing < 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (OTHER_CLOSING.matcher(lines.get(i)).find()) {
                    closing = i;
                }
            }
            titledOnly = true;
        }
        if (closing < 0) {
            closing = signatureWithoutClosing(lines);
        }
        if (closing < 0) {
            return Found.none(); // stamped letters carry no signature block
        }
        for (int i = closing; i < lines.size(); i++) {
            Matcher m = NAME.matcher(lines.get(i));
            boolean amongScraps = false;
            if (!m.find()) {
                m = TITLED_NAME_IN_LINE.matcher(lines.get(i));
                if (!m.find()) {
                    m = TITLED_NAME_AFTER_SCRAPS.matcher(lines.get(i));
                    if (!m.find()) {
                        continue;
                    }
                    amongScraps = true;
                }
            }
            // a comma OCR read into the space between given name and surname
            String read = m.group(1).replaceAll("\\s*,\\s*", " ").replaceAll("\\s+", " ");
            String name = SAK_WITHOUT_MARK.matcher(DOT_IN_NAME.matcher(read).replaceAll(" ")).replaceAll("ศักดิ์");
            name = SAKSIT_WITHOUT_MARK.matcher(name).replaceAll("ศักดิ์สิทธิ์");
            name = LOOP_BEFORE_THO_THAN.matcher(name).replaceAll("");
            for (Map.Entry<String, String> word : COMMON_WORDS_IN_NAMES.entrySet()) {
                name = name.replace(word.getKey(), word.getValue());
            }
            Matcher title = TITLE_AS_READ.matcher(name);
            if (title.lookingAt()) {
                name = (title.group(1) != null ? "นาย" : title.group(2) != null ? "นางสาว" : "นาง") + name.substring(title.end());
            }
            name = SILENCED_FIRST_LETTER.matcher(name).replaceAll("$1\u0E31");
            if (titledOnly && !TITLED.matcher(name).find()) {
                continue;
            }
            List<String> position = new ArrayList<>();
            int blanks = 0;
            for (int j = i + 1; j < lines.size() && position.size() < MAX_POSITION_LINES; j++) {
                String line = lines.get(j);
                if (line.isEmpty()) {
                    if (++blanks > 1) {
                        break;
                    }
                    continue;
                }
                blanks = 0;
                if (AFTER.matcher(line).find() || !POSITION.matcher(line).find()) {
                    break;
                }
                position.add(line.replaceAll("[\\s.,]+$", "")); // a speck read after the position
            }
            String positionText = position.isEmpty() ? null : String.join(" ", position);
            Found<Signer> signer = Found.of(new Signer(name, positionText));
            if (amongScraps) {
                signer = signer.flag("signer's name read among other marks on its line: " + lines.get(i), Found.REPAIRED);
            }
            return name.equals(read) ? signer : signer.flag("signer's name as read: " + read, Found.REPAIRED);
        }
        return Found.none();
    }
}
