package org.saraban.intake.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.DirectiveRecord.ReceivedStamp;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.ingest.ContentHash;
import org.saraban.intake.samples.Offices.Province;
import org.saraban.intake.samples.ScanEffects.Mode;
import org.saraban.intake.samples.ScanEffects.Style;
import org.saraban.intake.samples.ScanWriter.Format;
import org.saraban.intake.samples.ThaiFonts.Typeface;

/**
 * Makes a set of sample scans with their truth. Sample {@code i} of seed {@code s} is always the same
 * file, whatever the count: each sample draws from its own random source, split from the seed.
 *
 * <p>The layouts cycle through a department's letter, a bundle (a province's cover letter, the
 * department's letter it forwards and the QR code page), a memo, a stamped letter and a province's
 * own letter; every fourth sample is set in the held-out font. Not thread-safe.
 */
public final class SampleGenerator {
    /** The kinds of sample file. */
    public enum Layout { EXTERNAL, BUNDLE, MEMO, STAMPED, PROVINCE }

    private static final List<Layout> CYCLE = List.of(Layout.EXTERNAL, Layout.BUNDLE, Layout.MEMO, Layout.STAMPED,
            Layout.BUNDLE, Layout.PROVINCE);

    private final ThaiFonts fonts;
    private final boolean includeHeldOutText;
    private final String face;
    private final ScanWriter writer = new ScanWriter();
    private final SampleTruth truth = new SampleTruth();

    /** @param includeHeldOutText whether letters may use the held-out topics and wordings */
    public SampleGenerator(ThaiFonts fonts, boolean includeHeldOutText) {
        this(fonts, includeHeldOutText, ThaiFonts.DEFAULT_FACE);
    }

    /**
     * @param face the TLWG face letters are set in; every fourth sample is still set in the held-out
     *     face, so that a set always measures reading an unseen font
     */
    public SampleGenerator(ThaiFonts fonts, boolean includeHeldOutText, String face) {
        this.fonts = fonts;
        this.includeHeldOutText = includeHeldOutText;
        this.face = face;
    }

    /** What was written for one sample. */
    public record Written(Path scan, Layout layout, String font, int pages, String format, String scanStyle,
            List<String> variants) {}

    /** Writes samples 1..count of {@code seed} into {@code folder}, with a README listing them. */
    public List<Written> generate(long seed, int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Written> written = new ArrayList<>();
        int width = Math.max(2, Integer.toString(count).length());
        for (int i = 1; i <= count; i++) {
            written.add(generate(seed, i, String.format("%0" + width + "d", i), folder));
        }
        Files.writeString(folder.resolve("README.md"), readme(seed, count, written), StandardCharsets.UTF_8);
        return written;
    }

    /** Writes sample {@code index} of {@code seed}. */
    public Written generate(long seed, int index, String label, Path folder) throws IOException {
        RandomGenerator random = new SplittableRandom(seed * 1_000_003L + index);
        Layout layout = CYCLE.get((index - 1) % CYCLE.size());
        String face = index % 4 == 0 ? ThaiFonts.HELD_OUT_FACE : this.face;
        Typeface typeface = fonts.face(face);
        Typeface hand = fonts.face(ThaiFonts.HAND_FACE);
        LetterComposer composer = new LetterComposer(random, includeHeldOutText);
        Province province = composer.province();

        List<LetterDraft> letters = new ArrayList<>();
        LocalDate date = composer.letterDate();
        switch (layout) {
            case EXTERNAL -> letters.add(composer.departmentLetter(composer.topic(), composer.frame(), composer.numerals(),
                    date, composer.urgency(), face));
            case BUNDLE -> {
                Numerals n = composer.numerals();
                LetterDraft forwarded = composer.departmentLetter(composer.topic(), composer.frame(), n, date,
                        composer.urgency(), face);
                LetterDraft cover = composer.provinceLetter(province, forwarded, null, null, n,
                        date.plusDays(3 + random.nextInt(8)), forwarded.urgency(), random.nextInt(3) == 0, face);
                letters.add(cover);
                letters.add(forwarded);
            }
            case MEMO -> letters.add(composer.memo(province, composer.topic(), composer.frame(), composer.numerals(), date, face));
            case STAMPED, PROVINCE -> letters.add(composer.provinceLetter(province, null, composer.topic(), composer.frame(),
                    composer.numerals(), date, composer.urgency(), layout == Layout.STAMPED, face));
        }

        Typesetter typesetter = new Typesetter(typeface, random);
        Overprint overprint = new Overprint(typeface, hand, random);
        List<BufferedImage> images = new ArrayList<>();
        List<String> pageTexts = new ArrayList<>();
        List<List<Integer>> letterPages = new ArrayList<>();
        List<List<DirectiveRecord.QrCode>> letterCodes = new ArrayList<>();
        List<List<ReceivedStamp>> letterStamps = new ArrayList<>();
        for (int k = 0; k < letters.size(); k++) {
            LetterDraft letter = letters.get(k);
            List<Typesetter.Page> pages = typesetter.typeset(letter, images.size() + 1);
            List<Integer> numbers = new ArrayList<>();
            List<DirectiveRecord.QrCode> codes = new ArrayList<>();
            for (Typesetter.Page page : pages) {
                images.add(page.image());
                pageTexts.add(String.join("\n", page.lines()));
                numbers.add(images.size());
                codes.addAll(page.qrCodes());
            }
            List<ReceivedStamp> stamps = new ArrayList<>();
            BufferedImage first = pages.get(0).image();
            Numerals n = letter.numerals();
            LocalDate received = letter.date().plusDays(1 + random.nextInt(6));
            if (letter.type() != LetterType.MEMO && (k > 0 || random.nextInt(4) > 0)) {
                // A department's letter, or one enclosed by the cover, is received at the city hall; the
                // province's own letter at a district office or the provincial administration.
                boolean provinceLetter = letter.issuer().name().equals(province.cityHall());
                String office = k > 0 || !provinceLetter
                        ? "ศาลากลางจังหวัด" + province.name()
                        : People.pick(random, List.of("ที่ว่าการอำเภอเมือง", "องค์การบริหารส่วนจังหวัด")) + province.name();
                stamps.add(overprint.receivedStamp(first, office, received, n));
            }
            if (random.nextInt(5) < 2) {
                overprint.routingNote(first, People.pick(random, List.of("ผวจ." + province.name(), "ทถจ." + province.name(),
                        "นอ.เมือง" + province.name(), "หน.กลุ่มงาน")), received, n);
            }
            letterPages.add(numbers);
            letterCodes.add(codes);
            letterStamps.add(stamps);
        }

        Format format = format(random, images.size());
        Style style = style(random, format);
        int upsideDown = random.nextInt(15) == 0 ? random.nextInt(images.size()) : -1;
        ScanEffects scanner = new ScanEffects(random);
        List<BufferedImage> scanned = new ArrayList<>();
        for (int p = 0; p < images.size(); p++) {
            scanned.add(scanner.scan(images.get(p), style, p == upsideDown));
            images.set(p, null); // a rendered page is 35 MB; let it go once scanned
        }
        String name = label + "-" + layout.name().toLowerCase() + "." + format.extension;
        Path file = folder.resolve(name);
        writer.write(scanned, format, style.jpegQuality(), file);

        String scanText = format + ", " + style.describe() + (upsideDown >= 0 ? ", page " + (upsideDown + 1) + " upside down" : "");
        String sha256 = ContentHash.sha256(file);
        // A fixed ingest time (09:00 in Thailand, a week after the last letter), so truth files never change.
        Instant ingestedAt = letters.get(letters.size() - 1).date().plusDays(7).atTime(2, 0).toInstant(ZoneOffset.UTC);
        List<SampleTruth.Letter> truthLetters = new ArrayList<>();
        for (int k = 0; k < letters.size(); k++) {
            LetterDraft letter = letters.get(k);
            DirectiveRecord record = letter.truth(name, sha256, k + 1, ingestedAt, letterPages.get(k), letterCodes.get(k), letterStamps.get(k));
            truthLetters.add(new SampleTruth.Letter(record, new SampleTruth.Making(
                    k == 0 && layout == Layout.BUNDLE ? "bundle-cover" : layout.name().toLowerCase(),
                    letter.font(), letter.variant(), letter.heldOutFont(), letter.heldOutText(), scanText)));
        }
        truth.write(file, new SampleTruth.Sample(truthLetters, pageTexts));
        return new Written(file, layout, face, scanned.size(), format.name(), scanText,
                letters.stream().map(LetterDraft::variant).toList());
    }

    private static Format format(RandomGenerator random, int pages) {
        int r = random.nextInt(10);
        if (pages > 1) {
            return r < 6 ? Format.PDF : Format.TIFF;
        }
        return r < 3 ? Format.PDF : r < 5 ? Format.TIFF : r < 8 ? Format.JPEG : Format.PNG;
    }

    private static Style style(RandomGenerator random, Format format) {
        Mode mode = switch (format) {
            case TIFF, PNG -> Mode.BLACK_AND_WHITE;
            case JPEG -> random.nextInt(10) < 7 ? Mode.GREY : Mode.COLOUR;
            case PDF -> {
                int r = random.nextInt(20);
                yield r < 10 ? Mode.BLACK_AND_WHITE : r < 19 ? Mode.GREY : Mode.COLOUR;
            }
        };
        // 300 dpi only in black and white: grey and colour pages at 300 dpi would make the set too big to ship.
        int dpi = mode == Mode.BLACK_AND_WHITE && random.nextInt(3) == 0 ? 300 : 200;
        double skew = random.nextInt(10) < 3 ? random.nextDouble() * 0.6 - 0.3 : random.nextDouble() * 6 - 3;
        // Noise in grey costs JPEG size fast; in black and white it only leaves specks.
        double noise = mode == Mode.BLACK_AND_WHITE ? random.nextDouble() * 20 : random.nextDouble() * 3;
        double lighting = random.nextBoolean() ? random.nextDouble() * 0.25 : 0;
        float quality = 0.3f + random.nextFloat() * 0.2f;
        return new Style(dpi, mode, skew, noise, random.nextInt(4) == 0, lighting, quality);
    }

    private String readme(long seed, int count, List<Written> written) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Sample letters\n\n")
                .append("Made by the project's generator, not scanned: every letter, name and number here is invented.\n")
                .append("Regenerate with\n\n")
                .append("    saraban samples --seed ").append(seed).append(" --count ").append(count)
                .append(includeHeldOutText ? " --held-out" : "")
                .append(face.equals(ThaiFonts.DEFAULT_FACE) ? "" : " --face " + face).append(" --out <folder>\n\n")
                .append("Each scan `NAME.ext` has its truth beside it: `NAME.truth.json` (the directive records a perfect\n")
                .append("reader would write, plus a `sample` object saying how each letter was made) and `NAME.truth.txt`\n")
                .append("(the printed text of each page, pages separated by form feeds; stamps and handwriting are not in it).\n")
                .append("Letters set in ").append(ThaiFonts.HELD_OUT_FACE).append(" use the font held out of OCR training.\n")
                .append("The topics and wording held out for evaluation appear only in sets made with `--held-out`.\n\n")
                .append("Measure the pipeline on them with `saraban eval <folder>` (see docs/accuracy.md); `saraban demo` ingests them.\n\n")
                .append("| file | layout | font | pages | scan | text variants |\n|---|---|---|---|---|---|\n");
        for (Written w : written) {
            sb.append("| ").append(w.scan().getFileName()).append(" | ").append(w.layout().name().toLowerCase())
                    .append(" | ").append(w.font()).append(" | ").append(w.pages()).append(" | ").append(w.scanStyle())
                    .append(" | ").append(String.join(", ", w.variants())).append(" |\n");
        }
        return sb.toString();
    }
}
