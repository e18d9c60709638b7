package org.saraban.intake.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.saraban.intake.directive.Deadline;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.Contacts;
import org.saraban.intake.directive.DirectiveRecord.Enclosure;
import org.saraban.intake.directive.DirectiveRecord.InfoDomain;
import org.saraban.intake.directive.DirectiveRecord.Issuer;
import org.saraban.intake.directive.DirectiveRecord.LetterReference;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.directive.DirectiveRecord.ReceivedStamp;
import org.saraban.intake.directive.DirectiveRecord.Signer;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.directive.ReferenceNumber;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.directive.Urgency;

/**
 * Turns the text of one scan into one directive record per letter. Stateless and thread-safe.
 *
 * <p>The chain, per letter: {@link LetterSplitter} (with {@link ReceivedStampFinder}) cuts the
 * bundle; then over the letter's normalized text ({@link LetterText}, with {@link InstitutionNames};
 * stamps left out): {@link LetterTypeFinder}, {@link MarkFinder}, {@link ReferenceNumberParser} and
 * {@link ReferenceNumberRepair}, {@link LetterDateFinder}, {@link IssuerFinder}, {@link HeadingFinder}
 * (subject) and {@link SalutationFinder} with {@link RecipientSplitter}, {@link LetterReferenceFinder} (อ้างถึง,
 * สิ่งที่ส่งมาด้วย), {@link DeadlineFinder}, {@link InfoDomainFinder}, {@link SignerFinder},
 * {@link ContactFinder}, {@link QrCaptionFinder}, {@link LinkFinder}. Last, {@code enclosedBy} links
 * a letter to the earlier letter of the bundle that names its number.
 *
 * <p>Record ids are the first 16 hex digits of the file's SHA-256 and the letter's position, so the
 * same file always gives the same ids.
 */
public final class DirectiveExtractor {
    private static final Pattern NUMBER_LINE = Pattern.compile("^ที่\\s+(.*)$");
    private static final Pattern SUBJECT = Pattern.compile("^เรื่อง\\s");
    /** What a letter number starts with: a two-letter agency code and a digit (มท ๐๘๑๐…), or an order's number and year (๑๒/๒๕๖๘). */
    /** Lines at the top and the foot of a page that may hold its secrecy mark (with a page number, a speck). */
    private static final int PAGE_EDGE_LINES = 3;
    private static final Pattern LIKE_A_NUMBER = Pattern.compile("^(?:[ก-ฮ]{2}\\s?[0-9๐-๙]|[0-9๐-๙]{1,5}\\s?/\\s?[0-9๐-๙]{4})");
    /** สิ่งที่ส่งมาด้วย / สิ่งที่ส่งมาพร้อมนี้: "what is sent with this". */
    private static final Pattern SENDS = Pattern.compile("สิ่ง\\s?ที่\\s?ส่ง\\s?มา\\s?(?:ด้วย|พร้อม)");

    private final LetterSplitter splitter = new LetterSplitter();
    private final LetterTypeFinder types = new LetterTypeFinder();
    private final MarkFinder marks = new MarkFinder();
    private final ReferenceNumberParser refNos = new ReferenceNumberParser();
    private final ReferenceNumberRepair repair = new ReferenceNumberRepair();
    private final LetterDateFinder dates = new LetterDateFinder();
    private final IssuerFinder issuers = new IssuerFinder();
    private final HeadingFinder subjects = HeadingFinder.subject();
    private final SalutationFinder salutations = new SalutationFinder();
    private final RecipientSplitter recipients = new RecipientSplitter();
    private final LetterReferenceFinder letterReferences = new LetterReferenceFinder();
    private final DeadlineFinder deadlines = new DeadlineFinder();
    private final InfoDomainFinder infoDomains = new InfoDomainFinder();
    private final SignerFinder signers = new SignerFinder();
    private final ContactFinder contacts = new ContactFinder();
    private final QrCaptionFinder qrCaptions = new QrCaptionFinder();
    private final LinkFinder links = new LinkFinder();
    private final QuoteFinder quoteFinder = new QuoteFinder();

    public List<DirectiveRecord> extract(ScanText scan) {
        List<LetterSplitter.Letter> letters = splitter.split(scan.pages());
        double ocrConfidence = scan.pages().stream().mapToDouble(PageText::confidence).average().orElse(0);
        StringBuilder bundle = new StringBuilder();
        scan.pages().forEach(p -> bundle.append(LetterText.of(p.text()).flat()).append('\n'));
        List<ReferenceNumber> quotes = refNos.findAll(bundle).stream().map(Found::value).toList();
        StringBuilder paragraphs = new StringBuilder();
        scan.pages().forEach(p -> paragraphs.append(LetterText.of(p.text()).paragraphs()).append('\n'));
        List<QuoteFinder.Quote> dated = quoteFinder.find(paragraphs.toString());
        List<DirectiveRecord> records = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            records.add(extractLetter(scan, letters.get(i), i + 1, ocrConfidence, quotes, dated));
        }
        return linkEnclosures(records);
    }

    private DirectiveRecord extractLetter(ScanText scan, LetterSplitter.Letter letter, int position, double ocrConfidence,
            List<ReferenceNumber> quotes, List<QuoteFinder.Quote> dated) {
        LetterText body = letter.body();
        String text = body.text();
        List<String> review = new ArrayList<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        LocalDate scannedOn = scan.ingestedAt() == null ? null : LocalDate.ofInstant(scan.ingestedAt(), ZoneOffset.UTC);

        Found<LetterType> type = keep("letterType", types.find(body), review, confidence);
        LocalDate receivedOn = letter.stampBlocks().stream().map(ReceivedStampFinder.Block::stamp)
                .filter(stamp -> stamp != null && stamp.date() != null).map(ReceivedStamp::date).findFirst().orElse(null);
        List<LetterReferenceFinder.Item<LetterReference>> referenceItems = letterReferences.references(body);
        List<LetterReferenceFinder.Item<Enclosure>> enclosureItems = letterReferences.enclosures(body);
        LocalDate latestCited = Stream.concat(referenceItems.stream().map(i -> i.value().date()),
                enclosureItems.stream().map(i -> i.value().date())).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate earliestDeadline = deadlines.find(body, null, receivedOn).value().stream()
                .map(Deadline::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Found<ThaiDate> date = keep("date", dates.find(body, scannedOn, receivedOn,
                new LetterDateFinder.Bounds(latestCited, earliestDeadline)), review, confidence);
        String salutation = keep("salutation", salutations.find(text), review, confidence).value();
        List<String> addressees = recipients.split(salutation);
        if (!addressees.isEmpty()) {
            confidence.put("recipients", Found.SURE);
        }
        Optional<String> numberLine = numberLine(body);
        Found<ReferenceNumber> ownNumber = numberLine.flatMap(refNos::find)
                .or(() -> numberLine.flatMap(refNos::findOrderNumber))
                .or(() -> numberLine.flatMap(refNos::findWithCodeTooLong))
                .orElse(Found.none());
        // The address's province can repair the number; a stamped letter's province comes from the repaired number.
        Found<Issuer> addressed = issuers.find(body, null);
        String province = addressed.isPresent() ? addressed.value().province() : null;
        if (province == null) {
            province = issuers.provinceOfOffice(body.flat()).orElse(null);
        }
        ReferenceNumberRepair.Evidence evidence =
                new ReferenceNumberRepair.Evidence(quotes, province, recipients.addressesMany(salutation));
        Found<ReferenceNumber> refNo = keep("refNo", repair.repair(ownNumber, evidence), review, confidence);
        Found<Issuer> issuer = keep("issuer", addressed.isPresent() ? addressed : issuers.find(body, refNo.value()), review, confidence);
        if (!refNo.isPresent()) {
            review.add("no reference number (ที่) found");
        }
        String subject = keep("subject", Found.of(subjects.find(text).orElse(null)), review, confidence).value();
        date = checkAgainstQuotes(refNo.value(), date, subject, dated, review);
        if (date.isPresent()) {
            confidence.put("date", date.confidence());
        }
        if (!date.isPresent() && date.review().isEmpty()) {
            review.add("no letter date found");
        }

        List<LetterReference> references = new ArrayList<>();
        double referenceConfidence = Found.SURE;
        for (LetterReferenceFinder.Item<LetterReference> item : referenceItems) {
            Found<ReferenceNumber> n = repair.repair(new Found<>(item.value().refNo(), item.confidence(), item.review()), evidence);
            references.add(new LetterReference(n.value(), item.value().date(), item.value().text()));
            review.addAll(n.review());
            referenceConfidence = Math.min(referenceConfidence, n.isPresent() ? n.confidence() : item.confidence());
        }
        if (!references.isEmpty()) {
            confidence.put("references", referenceConfidence);
        }
        List<Enclosure> enclosures = new ArrayList<>();
        double enclosureConfidence = Found.SURE;
        for (LetterReferenceFinder.Item<Enclosure> item : enclosureItems) {
            Found<ReferenceNumber> n = repair.repair(new Found<>(item.value().refNo(), item.confidence(), item.review()), evidence);
            Enclosure e = item.value();
            enclosures.add(new Enclosure(e.text(), n.value(), e.date(), e.quantity()));
            review.addAll(n.review());
            enclosureConfidence = Math.min(enclosureConfidence, n.isPresent() ? n.confidence() : item.confidence());
        }
        if (!enclosures.isEmpty()) {
            confidence.put("enclosures", enclosureConfidence);
        }

        List<ReceivedStamp> stamps = new ArrayList<>();
        for (ReceivedStampFinder.Block block : letter.stampBlocks()) {
            if (block.stamp() == null) {
                continue;
            }
            stamps.add(block.stamp());
            review.addAll(block.review());
            LocalDate received = block.stamp().date();
            if (received != null && date.isPresent() && received.isBefore(date.value().date())) {
                review.add("received stamp date " + received + " is before the letter's date " + date.value().date());
            }
        }
        if (!stamps.isEmpty()) {
            confidence.put("receivedStamps", review.stream().anyMatch(r -> r.startsWith("received")) ? Found.DOUBTFUL : Found.SURE);
        }
        List<Deadline> ownDeadlines = keep("deadlines",
                deadlines.find(body, date.isPresent() ? date.value().date() : null, receivedOn), review, confidence).value();
        List<InfoDomain> domains = keep("infoDomains", infoDomains.find(body), review, confidence).value();
        Found<Signer> signer = keep("signer", signers.find(body), review, confidence);
        ContactFinder.Result contact = contacts.find(body);
        Found<String> ownerUnit = keep("ownerUnit", contact.ownerUnit(), review, confidence);
        Found<Contacts> contactList = keep("contacts", contact.contacts(), review, confidence);
        List<Integer> pages = letter.pages();
        List<QrCode> qrCodes = qrCaptions.label(scan.qrCodes().stream().filter(q -> pages.contains(q.page())).toList(), body);
        // A received stamp printed beside a mark can share its line and hide it with the stamp's lines:
        // read the marks without the stamps first, then with them.
        String withStamps = LetterText.of(letter.text()).text();
        Optional<Urgency> urgency = marks.urgency(text).or(() -> marks.urgency(withStamps));
        // The class of secrecy is printed at the top and the foot of every page; OCR may lose the first one.
        Optional<Secrecy> secrecy = marks.secrecy(text).or(() -> marks.secrecy(withStamps))
                .or(() -> marks.secrecyOnALine(letter.pageEdges(PAGE_EDGE_LINES).stream().map(LetterText::normalizeLine).toList()));
        urgency.ifPresent(u -> confidence.put("urgency", Found.SURE));
        secrecy.ifPresent(s -> confidence.put("secrecy", Found.SURE));
        confidence.put("ocr", scan.pages().stream().filter(p -> pages.contains(p.number()))
                .mapToDouble(PageText::confidence).average().orElse(ocrConfidence));

        return new DirectiveRecord(
                DirectiveRecord.SCHEMA_VERSION,
                scan.sha256().substring(0, 16) + "-" + position,
                new DirectiveRecord.Source(scan.file(), scan.sha256(), pages, scan.ingestedAt()),
                type.value(),
                urgency.orElse(null),
                secrecy.orElse(null),
                refNo.value(),
                date.isPresent() ? date.value().date() : null,
                date.isPresent() ? date.value().raw() : null,
                issuer.value(),
                subject,
                salutation,
                addressees,
                references,
                enclosures,
                domains,
                ownDeadlines == null ? List.of() : ownDeadlines,
                signer.value(),
                ownerUnit.value(),
                contactList.value(),
                stamps,
                qrCodes,
                links.find(LetterText.of(letter.text())),
                null,
                LetterText.of(letter.text()).text(),
                confidence,
                List.copyOf(new LinkedHashSet<>(review)));
    }

    /** Records the finding's confidence (when it found something) and review reasons; returns it. */
    private static <T> Found<T> keep(String field, Found<T> found, List<String> review, Map<String, Double> confidence) {
        boolean present = found.isPresent() && !(found.value() instanceof List<?> l && l.isEmpty());
        if (present) {
            confidence.put(field, found.confidence());
        }
        review.addAll(found.review());
        return found;
    }

    /**
     * Compares the letter with the places its bundle quotes it (same number, or same subject):
     * a disagreeing date or number goes to review; a date the letter's own line lost is taken
     * from a quote of the same number.
     */
    private static Found<ThaiDate> checkAgainstQuotes(ReferenceNumber own, Found<ThaiDate> date, String subject,
            List<QuoteFinder.Quote> quotes, List<String> review) {
        Found<ThaiDate> result = date;
        String compactSubject = subject == null ? null : subject.replace(" ", "");
        for (QuoteFinder.Quote q : quotes) {
            boolean sameNumber = same(q.refNo(), own);
            boolean sameSubject = compactSubject != null && q.subject() != null
                    && q.subject().replace(" ", "").startsWith(compactSubject);
            if (!sameNumber && !sameSubject) {
                continue;
            }
            if (!sameNumber && own != null) {
                review.add("this letter is quoted in the bundle with the number " + q.refNo().raw() + ", its own is " + own.raw());
            }
            if (q.date() == null) {
                continue;
            }
            if (result.isPresent() && !q.date().date().equals(result.value().date())) {
                String reason = "this letter is quoted in the bundle as dated " + q.date().raw() + " (" + q.date().date()
                        + "), its own date line says " + result.value().raw() + " (" + result.value().date() + ")";
                result = result.flag(reason, Found.DOUBTFUL);
                review.add(reason);
            } else if (!result.isPresent() && sameNumber) {
                result = new Found<>(q.date(), Found.REPAIRED,
                        List.of("letter date taken from the bundle's quote of " + q.refNo().raw() + ": " + q.date().raw()));
                review.addAll(result.review());
            }
        }
        return result;
    }

    /**
     * The letter's own number line, in its head: a ที่ line below เรื่อง belongs to a quote, not to this
     * letter. Among the ที่ lines above it, the first that goes on like a number (agency code and
     * digits, or digits): OCR also reads a ที่ out of the emblem or a stamp, with a name after it.
     */
    private static Optional<String> numberLine(LetterText text) {
        Optional<String> first = Optional.empty();
        for (String line : text.lines()) {
            if (SUBJECT.matcher(line).find()) {
                break;
            }
            Matcher m = NUMBER_LINE.matcher(line);
            if (m.find()) {
                if (LIKE_A_NUMBER.matcher(m.group(1)).find()) {
                    return Optional.of(m.group(1));
                }
                first = first.or(() -> Optional.of(m.group(1)));
            }
        }
        return first;
    }

    /** Sets {@code enclosedBy} of each letter whose number an earlier letter's สิ่งที่ส่งมาด้วย or อ้างถึง names. */
    private static List<DirectiveRecord> linkEnclosures(List<DirectiveRecord> records) {
        List<DirectiveRecord> out = new ArrayList<>(records);
        for (int i = 1; i < records.size(); i++) {
            DirectiveRecord letter = records.get(i);
            if (letter.refNo() == null) {
                continue;
            }
            boolean linked = false;
            for (int c = 0; c < i && !linked; c++) {
                DirectiveRecord cover = records.get(c);
                boolean names = cover.enclosures().stream().anyMatch(e -> same(e.refNo(), letter.refNo()))
                        || cover.references().stream().anyMatch(r -> same(r.refNo(), letter.refNo()));
                if (names) {
                    out.set(i, withEnclosedBy(letter, cover.id(), letter.review()));
                    linked = true;
                }
            }
            // A cover that says it sends something (สิ่งที่ส่งมาด้วย / สิ่งที่ส่งมาพร้อมนี้) without naming
            // a number may be this letter's cover: not linked, but said.
            for (int c = i - 1; c >= 0 && !linked; c--) {
                DirectiveRecord cover = records.get(c);
                if (cover.text() != null && SENDS.matcher(cover.text()).find()
                        && cover.enclosures().stream().allMatch(e -> e.refNo() == null)) {
                    List<String> review = new ArrayList<>(letter.review());
                    review.add("may be enclosed with " + cover.id() + ": that letter mentions what it sends without naming this number");
                    out.set(i, withEnclosedBy(letter, null, review));
                    linked = true;
                }
            }
        }
        return out;
    }

    private static boolean same(ReferenceNumber a, ReferenceNumber b) {
        return a != null && b != null && a.agencyCode().equals(b.agencyCode()) && a.unitCode().equals(b.unitCode())
                && a.serial().equals(b.serial()) && !a.serial().contains("?");
    }

    private static DirectiveRecord withEnclosedBy(DirectiveRecord r, String coverId, List<String> review) {
        return new DirectiveRecord(r.schemaVersion(), r.id(), r.source(), r.letterType(), r.urgency(), r.secrecy(), r.refNo(),
                r.date(), r.dateRaw(), r.issuer(), r.subject(), r.salutation(), r.recipients(), r.references(), r.enclosures(),
                r.infoDomains(), r.deadlines(), r.signer(), r.ownerUnit(), r.contacts(), r.receivedStamps(), r.qrCodes(),
                r.links(), coverId, r.text(), r.confidence(), review);
    }
}
