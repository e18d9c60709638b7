package org.saraban.intake.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord.Contacts;
import org.saraban.intake.directive.DirectiveRecord.Enclosure;
import org.saraban.intake.directive.DirectiveRecord.InfoDomain;
import org.saraban.intake.directive.DirectiveRecord.Issuer;
import org.saraban.intake.directive.DirectiveRecord.LetterReference;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.ReferenceNumber;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.directive.Urgency;
import org.saraban.intake.samples.LetterDraft.Cited;
import org.saraban.intake.samples.LetterDraft.Enclosed;
import org.saraban.intake.samples.LetterDraft.Qr;
import org.saraban.intake.samples.Offices.Department;
import org.saraban.intake.samples.Offices.Province;
import org.saraban.intake.samples.Wording.Frame;
import org.saraban.intake.samples.Wording.Topic;

/**
 * Composes letters from a random source: who writes to whom about what, with which number, date,
 * references, deadline and signer. All randomness comes from the generator passed in, so a seed
 * gives the same letters every time. Not thread-safe (the generator is not).
 */
final class LetterComposer {
    private static final String URL_CHARS = "abcdefghijkmnopqrstuvwxyz0123456789";

    private final RandomGenerator random;
    private final boolean includeHeldOutText;

    /** @param includeHeldOutText whether held-out topics and frames may be used */
    LetterComposer(RandomGenerator random, boolean includeHeldOutText) {
        this.random = random;
        this.includeHeldOutText = includeHeldOutText;
    }

    /** What a letter's body may ask, and by when. */
    enum DeadlineStyle { NONE, BY_DATE, BY_WEEKDAY_DATE, BEFORE_DATE, NOT_LATER_THAN, MONTHLY, DAYS_AFTER_RECEIPT }

    Topic topic() {
        List<Topic> topics = Wording.TOPICS.stream().filter(t -> includeHeldOutText || !t.heldOut()).toList();
        return People.pick(random, topics);
    }

    Frame frame() {
        List<Frame> frames = Wording.FRAMES.stream().filter(f -> includeHeldOutText || !f.heldOut()).toList();
        return People.pick(random, frames);
    }

    Numerals numerals() {
        return random.nextInt(5) == 0 ? Numerals.ARABIC : Numerals.THAI;
    }

    LocalDate letterDate() {
        return LocalDate.of(2024, 1, 8).plusDays(random.nextInt(640));
    }

    Urgency urgency() {
        return switch (random.nextInt(6)) {
            case 0 -> Urgency.URGENT;
            case 1 -> Urgency.VERY_URGENT;
            case 2, 3 -> Urgency.MOST_URGENT;
            default -> null;
        };
    }

    /** Most letters are not classified; one in twelve is ลับ (confidential), fewer ลับมาก (secret). */
    Secrecy secrecy() {
        int r = random.nextInt(36);
        return r < 3 ? Secrecy.CONFIDENTIAL : r == 3 ? Secrecy.SECRET : null;
    }

    Province province() {
        return People.pick(random, Offices.PROVINCES);
    }

    /** A department's letter to all provinces: หนังสือภายนอก. */
    LetterDraft departmentLetter(Topic topic, Frame frame, Numerals n, LocalDate date, Urgency urgency, String font) {
        Department dept = Offices.department(People.pick(random, topic.senders()));
        ReferenceNumber refNo = refNo(n, dept.agency(), dept.unitCode() + "." + (1 + random.nextInt(9)), true);
        List<Cited> references = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            references.add(cited(n, "หนังสือ" + dept.name(), dept.agency(), dept.unitCode() + "." + (1 + random.nextInt(9)),
                    date.minusDays(60 + random.nextInt(500)), count > 1 ? i + 1 : 0));
        }
        List<Qr> codes = random.nextInt(3) > 0 ? qrCodes(topic) : List.of();
        List<Enclosed> enclosures = new ArrayList<>();
        if (!codes.isEmpty()) {
            enclosures.add(enclosed(n, topic.manual()));
        }
        Body body = body(topic, frame, n, dept.name(), "จังหวัด", date);
        String unit = People.pick(random, dept.units());
        Contacts contacts = new Contacts(List.of(dept.phone() + " ต่อ " + (1000 + random.nextInt(8999))),
                random.nextBoolean() ? List.of(dept.phone().substring(0, 6) + (1000 + random.nextInt(8999))) : List.of(),
                List.of(dept.email()), null);
        return new LetterDraft(LetterType.EXTERNAL, urgency, secrecy(), n, refNo, date,
                new Issuer(dept.name(), n.digits(dept.addressLine()), dept.province()),
                List.of(dept.name(), n.digits(dept.addressLine())),
                n.digits(topic.subject()), "เรียน", "ผู้ว่าราชการจังหวัด ทุกจังหวัด", List.of("ผู้ว่าราชการจังหวัด ทุกจังหวัด"),
                references, enclosures, body.paragraphs(), "ขอแสดงความนับถือ", People.name(random),
                List.of(random.nextBoolean() ? "รองอธิบดี ปฏิบัติราชการแทน" : "ผู้ตรวจราชการกรม ปฏิบัติราชการแทน",
                        dept.signerPosition()),
                null, unit, ownerLines(n, List.of(unit), contacts), contacts, body.deadlines(), body.domains(),
                codes, codes.isEmpty() ? null : "QR Code สิ่งที่ส่งมาด้วย", font,
                topic.key() + "/" + frame.key(), topic.heldOut() || frame.heldOut());
    }

    /**
     * A province's letter to its districts and local governments: forwarding {@code forwarded} when
     * given (a cover letter, หนังสือภายนอก or หนังสือประทับตรา), else about a topic of its own.
     */
    LetterDraft provinceLetter(Province p, LetterDraft forwarded, Topic topic, Frame frame, Numerals n, LocalDate date,
            Urgency urgency, boolean stamped, String font) {
        ReferenceNumber refNo = refNo(n, p.code(), "0023." + (1 + random.nextInt(6)), true);
        String sender = "จังหวัด" + p.name();
        List<Cited> references = new ArrayList<>();
        List<Enclosed> enclosures = new ArrayList<>();
        Body body;
        String variant;
        boolean heldOut;
        if (forwarded != null) {
            String origin = forwarded.issuer().name();
            // The text keeps the number and date as printed; no quantity is printed, so none is known.
            String printed = n.digits("สำเนาหนังสือ" + origin + " ที่ ") + forwarded.refNo().raw() + " ลงวันที่ "
                    + forwarded.datePrinted();
            enclosures.add(new Enclosed(printed, new Enclosure(printed, forwarded.refNo(), forwarded.date(), null)));
            Topic t = topicOf(forwarded);
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(fill(Wording.FORWARD_OPENING.replace("{origin}", origin), sender, "", n, t)
                    + " " + Wording.FORWARD_DETAILS);
            List<Deadline> deadlines = new ArrayList<>();
            DeadlineStyle style = deadlineStyle();
            if (style != DeadlineStyle.NONE) {
                // The province sets its own, earlier deadline for the districts' reports.
                Phrase phrase = deadline(style, n, date, "รายงานผลให้จังหวัดทราบ", sender);
                paragraphs.add(phrase.sentence());
                deadlines.add(phrase.deadline());
            }
            paragraphs.add(Wording.FORWARD_CLOSING);
            body = new Body(paragraphs, deadlines, List.of());
            variant = "forward/" + t.key();
            heldOut = t.heldOut();
        } else {
            if (random.nextBoolean()) {
                references.add(cited(n, "หนังสือจังหวัด" + p.name(), p.code(), "0023." + (1 + random.nextInt(6)),
                        date.minusDays(90 + random.nextInt(700)), 0));
            }
            body = body(topic, frame, n, sender, "อำเภอและองค์กรปกครองส่วนท้องถิ่น", date);
            variant = topic.key() + "/" + frame.key();
            heldOut = topic.heldOut() || frame.heldOut();
        }
        String subject = forwarded != null ? forwarded.subject() : n.digits(topic.subject());
        String unit = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด";
        String group = People.pick(random, Offices.PROVINCE_UNITS);
        String phone = "0 " + (5000 + random.nextInt(4000)) + " " + (1000 + random.nextInt(8999));
        Contacts contacts = new Contacts(List.of(phone), List.of(), List.of(), null);
        List<String> recipients = stamped
                ? List.of("อำเภอทุกอำเภอ", "องค์การบริหารส่วนจังหวัด" + p.name())
                : List.of("นายอำเภอ ทุกอำเภอ", "นายกองค์การบริหารส่วนจังหวัด" + p.name());
        // และ ("and") joins the last addressee.
        String salutation = recipients.get(0) + " และ" + recipients.get(1);
        // A cover letter is as secret as the letter it carries.
        Secrecy secrecy = forwarded != null ? forwarded.secrecy() : secrecy();
        return new LetterDraft(stamped ? LetterType.STAMPED : LetterType.EXTERNAL, urgency, secrecy, n, refNo, date,
                new Issuer(p.cityHall(), n.digits(p.addressLine()), p.name()),
                List.of(p.cityHall(), n.digits(p.addressLine())),
                subject, stamped ? "ถึง" : "เรียน", salutation, recipients,
                references, enclosures, body.paragraphs(), stamped ? null : "ขอแสดงความนับถือ",
                stamped ? null : People.name(random),
                stamped ? List.of() : List.of("รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", "ผู้ว่าราชการจังหวัด" + p.name()),
                stamped ? sender : null, unit + " " + group, ownerLines(n, List.of(unit, group), contacts), contacts,
                body.deadlines(), body.domains(), List.of(), null, font, variant, heldOut);
    }

    /** A memo (บันทึกข้อความ) inside a provincial office, proposing what to do about a topic. */
    LetterDraft memo(Province p, Topic topic, Frame frame, Numerals n, LocalDate date, String font) {
        ReferenceNumber refNo = refNo(n, p.code(), "0023." + (1 + random.nextInt(6)), false);
        String office = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด" + p.name();
        String group = People.pick(random, Offices.PROVINCE_UNITS);
        String phone = "0 " + (5000 + random.nextInt(4000)) + " " + (1000 + random.nextInt(8999));
        Body body = body(topic, frame, n, office, "อำเภอและองค์กรปกครองส่วนท้องถิ่น", date);
        List<String> paragraphs = new ArrayList<>(body.paragraphs());
        // A memo ends by asking its reader to decide, not with a courtesy closing.
        paragraphs.set(paragraphs.size() - 1, "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดลงนามในหนังสือที่เสนอมาพร้อมนี้");
        return new LetterDraft(LetterType.MEMO, null, null, n, refNo, date,
                new Issuer(office, null, p.name()),
                List.of(n.digits(office + " " + group + " โทร. " + phone)),
                n.digits(topic.subject()), "เรียน", "ผู้ว่าราชการจังหวัด" + p.name(), List.of("ผู้ว่าราชการจังหวัด" + p.name()),
                List.of(), List.of(), paragraphs, null, People.name(random),
                // The owning unit is the office and its work group, as on the ส่วนราชการ line.
                List.of("ท้องถิ่นจังหวัด" + p.name()), null, office + " " + group, List.of(),
                new Contacts(List.of(phone), List.of(), List.of(), null),
                body.deadlines(), body.domains(), List.of(), null, font,
                topic.key() + "/" + frame.key(), topic.heldOut() || frame.heldOut());
    }

    private static Topic topicOf(LetterDraft letter) {
        String key = letter.variant().substring(0, letter.variant().indexOf('/'));
        return Wording.TOPICS.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private record Body(List<String> paragraphs, List<Deadline> deadlines, List<InfoDomain> domains) {}

    private Body body(Topic topic, Frame frame, Numerals n, String sender, String recipient, LocalDate date) {
        List<String> paragraphs = new ArrayList<>();
        String opening = fill(frame.opening(), sender, recipient, n, topic);
        if (random.nextInt(3) == 0) {
            // An earlier deadline, long past: a trap for readers that take every date after ภายใน.
            LocalDate past = date.minusDays(200 + random.nextInt(400));
            opening = opening.replace(" นั้น", "") + Wording.PAST_DEADLINE.replace("{date}", n.date(past))
                    + (opening.endsWith(" นั้น") ? " นั้น" : "");
        }
        paragraphs.add(opening);
        paragraphs.add(fill(frame.lead(), sender, recipient, n, topic));
        List<InfoDomain> domains = new ArrayList<>();
        String citation = "";
        if (topic.infoDomain() > 0) {
            int d = topic.infoDomain();
            String name = Wording.INFO_DOMAINS.get(d - 1);
            citation = random.nextInt(4) == 0 ? "ด้าน" + name : "ด้านที่ " + d + " " + name;
            domains.add(new InfoDomain(d, name, topic.domainTopic() == null ? List.of() : List.of(topic.domainTopic())));
        }
        List<String> requests = topic.requests();
        for (int i = 0; i < requests.size(); i++) {
            paragraphs.add(n.digits((i + 1) + ". " + requests.get(i).replace("{domain}", citation)));
        }
        List<Deadline> deadlines = new ArrayList<>();
        DeadlineStyle style = deadlineStyle();
        if (style != DeadlineStyle.NONE) {
            Phrase phrase = deadline(style, n, date, topic.action(), sender);
            paragraphs.add(phrase.sentence());
            deadlines.add(phrase.deadline());
        }
        paragraphs.add(frame.closing());
        return new Body(paragraphs, deadlines, domains);
    }

    private DeadlineStyle deadlineStyle() {
        DeadlineStyle[] styles = DeadlineStyle.values();
        // NONE twice as likely as each phrasing: many letters set no deadline.
        int pick = random.nextInt(styles.length + 1);
        return pick >= styles.length ? DeadlineStyle.NONE : styles[pick];
    }

    /** A deadline sentence and what it means. */
    private record Phrase(String sentence, Deadline deadline) {}

    private Phrase deadline(DeadlineStyle style, Numerals n, LocalDate letterDate, String action, String sender) {
        LocalDate due = letterDate.plusDays(14 + random.nextInt(50));
        String lead = "ทั้งนี้ ขอให้" + action;
        return switch (style) {
            case BY_DATE -> absolute(lead + "ให้แล้วเสร็จ", "ภายในวันที่ " + n.date(due), action, due);
            case BY_WEEKDAY_DATE -> {
                while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    due = due.plusDays(1);
                }
                yield absolute(lead + "ให้แล้วเสร็จ", "ภายในวัน" + Numerals.weekday(due) + "ที่ " + n.date(due), action, due);
            }
            case BEFORE_DATE -> absolute(lead + "ให้แล้วเสร็จ", "ก่อนวันที่ " + n.date(due), action, due);
            case NOT_LATER_THAN -> absolute(lead + " ", "ไม่เกินวันที่ " + n.date(due), action, due);
            case MONTHLY -> {
                int day = 1 + random.nextInt(10);
                String phrase = "ภายในวันที่ " + n.number(day) + " ของทุกเดือน";
                yield new Phrase(lead + "เป็นประจำ " + phrase,
                        new Deadline(Deadline.Kind.MONTHLY, null, day, null, null, "FREQ=MONTHLY;BYMONTHDAY=" + day, action, phrase));
            }
            case DAYS_AFTER_RECEIPT -> {
                int days = List.of(7, 15, 30).get(random.nextInt(3));
                String phrase = "ภายใน " + n.number(days) + " วัน นับแต่ได้รับหนังสือฉบับนี้";
                // The action is the whole clause before the deadline, the report to the sender included.
                String clause = action + "และแจ้งผลให้" + sender + "ทราบ";
                yield new Phrase("ทั้งนี้ ขอให้" + clause + " " + phrase,
                        new Deadline(Deadline.Kind.RELATIVE, null, null, days, Deadline.From.RECEIPT, null, clause, phrase));
            }
            case NONE -> throw new IllegalArgumentException("no deadline to phrase");
        };
    }

    private static Phrase absolute(String lead, String phrase, String action, LocalDate due) {
        return new Phrase(lead + phrase, new Deadline(Deadline.Kind.ABSOLUTE, due, null, null, null, null, action, phrase));
    }

    private static String fill(String template, String sender, String recipient, Numerals n, Topic topic) {
        return n.digits(template
                .replace("{background}", topic.background())
                .replace("{purpose}", topic.purpose())
                .replace("{sender}", sender)
                .replace("{recipient}", recipient));
    }

    private ReferenceNumber refNo(Numerals n, String agency, String unit, boolean circular) {
        String serial = Integer.toString(circular ? 100 + random.nextInt(9800) : 10 + random.nextInt(990));
        String text = agency + " " + unit + "/" + (circular ? "ว " : "") + serial;
        return new ReferenceNumber(text, n.digits(text), agency, unit, circular, serial);
    }

    private Cited cited(Numerals n, String from, String agency, String unit, LocalDate date, int number) {
        ReferenceNumber refNo = refNo(n, agency, unit, true);
        String text = from + " ที่ " + refNo.raw() + " ลงวันที่ " + n.date(date);
        String printed = (number > 0 ? n.number(number) + ". " : "") + text;
        return new Cited(printed, new LetterReference(refNo, date, text));
    }

    /** An enclosure printed by its title alone: no number, date or quantity on the page. */
    private static Enclosed enclosed(Numerals n, String what) {
        return new Enclosed(n.digits(what), new Enclosure(n.digits(what), null, null, null));
    }

    private List<Qr> qrCodes(Topic topic) {
        List<Qr> codes = new ArrayList<>();
        codes.add(new Qr(shortUrl(), topic.manual()));
        if (random.nextInt(3) == 0) {
            codes.add(new Qr("https://info.dla.go.th/public/manual/" + topic.key() + "-" + (2566 + random.nextInt(3)) + ".pdf",
                    "แบบฟอร์มและเอกสารประกอบ"));
        }
        return codes;
    }

    private String shortUrl() {
        String host = People.pick(random, List.of("https://shorturl.asia/", "https://bit.ly/", "https://qrgo.page.link/"));
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 5 + random.nextInt(3); i++) {
            id.append(URL_CHARS.charAt(random.nextInt(URL_CHARS.length())));
        }
        return host + id;
    }

    private static List<String> ownerLines(Numerals n, List<String> units, Contacts contacts) {
        List<String> lines = new ArrayList<>(units);
        contacts.phones().forEach(p -> lines.add(n.digits("โทร. " + p)));
        contacts.faxes().forEach(f -> lines.add(n.digits("โทรสาร " + f)));
        contacts.emails().forEach(e -> lines.add("ไปรษณีย์อิเล็กทรอนิกส์ " + e));
        return lines;
    }
}
