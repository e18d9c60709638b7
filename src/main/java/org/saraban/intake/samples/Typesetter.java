package org.saraban.intake.samples;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.saraban.intake.directive.DirectiveRecord.QrCode;
import org.saraban.intake.directive.LetterType;
import org.saraban.intake.samples.ThaiFonts.Typeface;

/**
 * Lays a letter out on A4 pages the way the correspondence regulation (ระเบียบงานสารบรรณ) places
 * its parts, at 300 dpi: emblem, ที่ and office, date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย,
 * indented paragraphs, closing and signature, owning unit; memos with their dotted heading lines;
 * stamped letters with the office stamp instead of a signature; QR codes on a page of their own.
 * Thai lines are broken at word boundaries found by the JDK's Thai dictionary break iterator.
 * Not thread-safe: one instance per thread.
 */
final class Typesetter {
    static final int DPI = 300;
    static final double MM = DPI / 25.4;
    static final int WIDTH = (int) Math.round(210 * MM);
    static final int HEIGHT = (int) Math.round(297 * MM);
    /** TH Sarabun 16 pt, the regulation's size, in pixels. */
    static final float BODY = 16f * DPI / 72f;
    static final Color INK = new Color(20, 20, 20);
    static final Color PEN = new Color(25, 40, 120);
    static final Color RED = new Color(200, 30, 35);

    private static final double LEFT = 30 * MM;
    private static final double RIGHT = WIDTH - 20 * MM;
    private static final double BOTTOM = HEIGHT - 20 * MM;
    private static final double INDENT = 25 * MM;
    private static final double SIGN_CENTRE = 125 * MM;

    private final Typeface face;
    private final RandomGenerator random;
    private final double leading;

    Typesetter(Typeface face, RandomGenerator random) {
        this.face = face;
        this.random = random;
        this.leading = BODY * 1.15;
    }

    /** A typeset page: its image and its text lines in reading order. */
    record Page(BufferedImage image, List<String> lines, List<QrCode> qrCodes) {}

    /** Typesets {@code letter}; {@code firstPage} is the number its first page will have in the file. */
    List<Page> typeset(LetterDraft letter, int firstPage) {
        Flow flow = new Flow(letter.numerals(), letter.secrecy() == null ? null : letter.secrecy().thai(), firstPage);
        switch (letter.type()) {
            case MEMO -> memoHead(flow, letter);
            default -> externalHead(flow, letter);
        }
        body(flow, letter);
        if (letter.type() == LetterType.STAMPED) {
            stampedFoot(flow, letter);
        } else {
            signature(flow, letter);
        }
        if (!letter.ownerLines().isEmpty()) {
            flow.gap(1.5);
            // The owning unit may run into the bottom margin rather than stand alone on a page,
            // unless the margin holds the security class.
            double bottom = letter.secrecy() == null ? HEIGHT - 8 * MM : BOTTOM;
            flow.keep(letter.ownerLines().size(), bottom);
            for (String line : letter.ownerLines()) {
                flow.line(line, LEFT, regular(), bottom);
            }
        }
        if (!letter.qrCodes().isEmpty()) {
            qrPage(flow, letter);
        }
        return flow.finish();
    }

    private Font regular() {
        return face.regular(BODY);
    }

    private void externalHead(Flow flow, LetterDraft letter) {
        Graphics2D g = flow.g;
        double emblemTop = 15 * MM;
        if (letter.type() == LetterType.STAMPED || random.nextInt(4) > 0) {
            Emblem.draw(g, WIDTH / 2.0, emblemTop, 30 * MM, INK);
        }
        if (letter.urgency() != null) {
            flow.at(36 * MM);
            flow.line(letter.urgency().thai(), LEFT, face.bold(BODY * 1.6f), RED);
        }
        flow.at(55 * MM);
        double rightX = 115 * MM;
        flow.lineOnly(flow.numerals.digits("ที่ ") + letter.refNo().raw(), LEFT, regular());
        for (String office : letter.officeLines()) {
            for (String part : wrap(office, regular(), RIGHT - rightX, RIGHT - rightX)) {
                flow.line(part, rightX, regular());
            }
        }
        if (letter.type() != LetterType.STAMPED) {
            flow.gap(0.3);
            flow.line(letter.datePrinted(), WIDTH / 2.0, regular());
        }
        flow.gap(0.4);
        heading(flow, "เรื่อง", letter.subject());
        flow.gap(0.4);
        heading(flow, letter.salutationWord(), letter.salutation());
        if (!letter.references().isEmpty()) {
            flow.gap(0.4);
            labelled(flow, "อ้างถึง", letter.references().stream().map(LetterDraft.Cited::printed).toList());
        }
        if (!letter.enclosures().isEmpty()) {
            flow.gap(0.4);
            labelled(flow, "สิ่งที่ส่งมาด้วย", letter.enclosures().stream().map(LetterDraft.Enclosed::printed).toList());
        }
    }

    private void memoHead(Flow flow, LetterDraft letter) {
        Emblem.draw(flow.g, LEFT + 7 * MM, 12 * MM, 15 * MM, INK);
        flow.at(25 * MM);
        Font title = face.bold(BODY * 1.8f);
        flow.line("บันทึกข้อความ", WIDTH / 2.0 - width("บันทึกข้อความ", title) / 2, title);
        flow.gap(0.3);
        Font label = face.bold(BODY * 1.25f);
        flow.dotted("ส่วนราชการ", letter.officeLines().get(0), LEFT, RIGHT, label);
        String number = flow.numerals.digits("ที่ ") + letter.refNo().raw();
        String date = "วันที่ " + letter.datePrinted();
        flow.dottedPair("ที่", letter.refNo().raw(), "วันที่", letter.datePrinted(), label, number + " " + date);
        flow.dotted("เรื่อง", letter.subject(), LEFT, RIGHT, label);
        flow.gap(0.5);
        heading(flow, letter.salutationWord(), letter.salutation());
    }

    private void body(Flow flow, LetterDraft letter) {
        Font font = regular();
        for (String paragraph : letter.paragraphs()) {
            flow.gap(0.4);
            List<String> lines = wrap(paragraph, font, RIGHT - LEFT - INDENT, RIGHT - LEFT);
            flow.keep(Math.min(2, lines.size()));
            for (int i = 0; i < lines.size(); i++) {
                flow.line(lines.get(i), i == 0 ? LEFT + INDENT : LEFT, font);
            }
        }
    }

    private void signature(Flow flow, LetterDraft letter) {
        Font font = regular();
        flow.gap(0.6);
        flow.keep(5 + letter.positionLines().size());
        if (letter.closing() != null) {
            flow.line(letter.closing(), SIGN_CENTRE - width(letter.closing(), font) / 2, font);
        }
        double top = flow.y;
        flow.gap(2.2);
        Scribble.signature(flow.g, random, SIGN_CENTRE - 22 * MM, top + 0.5 * leading, 40 * MM, 1.3 * leading, PEN);
        String name = "(" + letter.signerName() + ")";
        flow.line(name, SIGN_CENTRE - width(name, font) / 2, font);
        for (String position : letter.positionLines()) {
            flow.line(position, SIGN_CENTRE - width(position, font) / 2, font);
        }
    }

    private void stampedFoot(Flow flow, LetterDraft letter) {
        Font font = regular();
        flow.gap(1.2);
        flow.keep(5);
        flow.line(letter.stampOffice(), SIGN_CENTRE - width(letter.stampOffice(), font) / 2, font);
        double cy = flow.y + 1.2 * leading;
        // The office's round stamp, in red ink, with its emblem.
        Graphics2D g = flow.g;
        g.setColor(RED);
        g.setStroke(new BasicStroke((float) (0.6 * MM)));
        double r = 17 * MM;
        g.draw(new Ellipse2D.Double(SIGN_CENTRE - r, cy - r, 2 * r, 2 * r));
        g.draw(new Ellipse2D.Double(SIGN_CENTRE - r + 3 * MM, cy - r + 3 * MM, 2 * r - 6 * MM, 2 * r - 6 * MM));
        Emblem.draw(g, SIGN_CENTRE, cy - 10 * MM, 20 * MM, RED);
        flow.gap(3.2);
        flow.line(letter.datePrinted(), SIGN_CENTRE - width(letter.datePrinted(), font) / 2, font);
    }

    private void qrPage(Flow flow, LetterDraft letter) {
        flow.newPage(false);
        flow.at(30 * MM);
        Font font = regular();
        Font bold = face.bold(BODY * 1.25f);
        String heading = letter.qrPageHeading();
        flow.line(heading, WIDTH / 2.0 - width(heading, bold) / 2, bold);
        flow.gap(0.8);
        String about = "ตามหนังสือ" + letter.issuer().name() + (letter.urgency() == null ? "" : " " + letter.urgency().thai())
                + flow.numerals.digits(" ที่ ") + letter.refNo().raw() + " ลงวันที่ " + letter.datePrinted();
        List<String> aboutLines = wrap(about, font, RIGHT - LEFT - INDENT, RIGHT - LEFT);
        for (int i = 0; i < aboutLines.size(); i++) {
            flow.line(aboutLines.get(i), i == 0 ? LEFT + INDENT : LEFT, font);
        }
        heading(flow, "เรื่อง", letter.subject());
        Font small = face.regular(BODY * 0.85f);
        for (LetterDraft.Qr qr : letter.qrCodes()) {
            flow.gap(1.2);
            for (String line : wrap(qr.caption(), font, RIGHT - LEFT, RIGHT - LEFT)) {
                flow.line(line, WIDTH / 2.0 - width(line, font) / 2, font);
            }
            double size = 42 * MM;
            flow.g.drawImage(qrImage(qr.payload(), (int) size), (int) (WIDTH / 2.0 - size / 2), (int) (flow.y + 0.3 * leading), null);
            flow.y += size + 0.4 * leading;
            flow.line(qr.payload(), WIDTH / 2.0 - width(qr.payload(), small) / 2, small);
            flow.codes.add(new QrCode(qr.payload(), flow.pageNumber(), qr.caption()));
        }
    }

    /** A heading such as เรื่อง or เรียน: the word, then its text, wrapped under itself. */
    private void heading(Flow flow, String word, String text) {
        Font font = regular();
        double textX = LEFT + width(word + "  ", font);
        List<String> lines = wrap(text, font, RIGHT - textX, RIGHT - textX);
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) {
                flow.pair(word, LEFT, lines.get(0), textX, font);
            } else {
                flow.line(lines.get(i), textX, font);
            }
        }
    }

    /** อ้างถึง or สิ่งที่ส่งมาด้วย with one or more entries, each wrapped under the first. */
    private void labelled(Flow flow, String label, List<String> entries) {
        Font font = regular();
        double textX = LEFT + width(label + "  ", font);
        boolean first = true;
        for (String entry : entries) {
            List<String> lines = wrap(entry, font, RIGHT - textX, RIGHT - textX);
            for (String line : lines) {
                if (first) {
                    flow.pair(label, LEFT, line, textX, font);
                    first = false;
                } else {
                    flow.line(line, textX, font);
                }
            }
        }
    }

    /** Breaks {@code text} into lines at Thai word boundaries; a word wider than a line stands alone. */
    static List<String> wrap(String text, Font font, double firstWidth, double width) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(new Locale("th", "TH"));
        breaks.setText(text);
        int start = 0;
        int lastFit = 0;
        double limit = firstWidth;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (width(text.substring(start, end).strip(), font) <= limit) {
                lastFit = end;
                continue;
            }
            if (lastFit > start) {
                lines.add(text.substring(start, lastFit).strip());
                start = lastFit;
                limit = width;
            }
            if (width(text.substring(start, end).strip(), font) <= limit) {
                lastFit = end;
            } else {
                lines.add(text.substring(start, end).strip());
                start = end;
                lastFit = end;
                limit = width;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start).strip());
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
    }

    private static BufferedImage qrImage(String payload, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x141414 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload " + payload, e);
        }
    }

    /** The pages being filled, the current page's pen and its vertical position (a baseline). */
    private final class Flow {
        final Numerals numerals;
        /** The security class printed at the top and foot of every page, or null. */
        final String mark;
        final List<Page> pages = new ArrayList<>();
        final int firstPage;
        Graphics2D g;
        BufferedImage image;
        List<String> lines;
        List<QrCode> codes;
        double y;

        Flow(Numerals numerals, String mark, int firstPage) {
            this.numerals = numerals;
            this.mark = mark;
            this.firstPage = firstPage;
            newPage(false);
        }

        int pageNumber() {
            return firstPage + pages.size();
        }

        void newPage(boolean continued) {
            if (image != null) {
                closePage();
            }
            image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            lines = new ArrayList<>();
            codes = new ArrayList<>();
            if (mark != null) {
                Font big = face.bold(BODY * 1.6f);
                draw(mark, WIDTH / 2.0 - width(mark, big) / 2, big, RED, 12 * MM);
                lines.add(mark);
                lines.add("");
            }
            y = 20 * MM;
            if (continued) {
                // Continuation pages carry their number, centred: - ๒ -
                String number = "- " + numerals.number(pages.size() + 1) + " -";
                line(number, WIDTH / 2.0 - width(number, regular()) / 2, regular());
                gap(0.8);
            }
        }

        List<Page> finish() {
            closePage();
            image = null;
            return List.copyOf(pages);
        }

        private void closePage() {
            if (mark != null) {
                Font big = face.bold(BODY * 1.6f);
                draw(mark, WIDTH / 2.0 - width(mark, big) / 2, big, RED, HEIGHT - 7 * MM);
                lines.add("");
                lines.add(mark);
            }
            g.dispose();
            pages.add(new Page(image, lines, codes));
        }

        void at(double baseline) {
            y = baseline - leading;
        }

        /** Moves down; the text gets a blank line there, as OCR writes one between blocks. */
        void gap(double lines) {
            y += lines * leading;
            if (!this.lines.isEmpty() && !this.lines.get(this.lines.size() - 1).isEmpty()) {
                this.lines.add("");
            }
        }

        /** Starts a new page unless {@code count} more lines fit on this one. */
        void keep(int count) {
            keep(count, BOTTOM);
        }

        void keep(int count, double bottom) {
            if (y + count * leading > bottom) {
                newPage(true);
            }
        }

        void line(String text, double x, Font font) {
            line(text, x, font, INK);
        }

        void line(String text, double x, Font font, double bottom) {
            keep(1, bottom);
            y += leading;
            draw(text, x, font, INK);
            lines.add(text);
        }

        void line(String text, double x, Font font, Color color) {
            keep(1);
            y += font.getSize2D() > BODY * 1.3f ? font.getSize2D() * 1.05 : leading;
            draw(text, x, font, color);
            lines.add(text);
        }

        /** Text on the line after the current one, leaving the line open for text to its right. */
        void lineOnly(String text, double x, Font font) {
            draw(text, x, font, INK, y + leading);
            lines.add(text);
        }

        void pair(String left, double leftX, String right, double rightX, Font font) {
            keep(1);
            y += leading;
            draw(left, leftX, font, INK);
            draw(right, rightX, font, INK);
            lines.add(left + " " + right);
        }

        /** A memo heading line: bold label, value, dots to {@code to}. */
        void dotted(String label, String value, double from, double to, Font labelFont) {
            Font font = regular();
            double valueX = from + width(label + " ", labelFont);
            List<String> parts = wrap(value, font, to - valueX, to - valueX);
            for (int i = 0; i < parts.size(); i++) {
                // The bold labels stand taller than the text: give the heading lines more room.
                y += leading * 1.2;
                if (i == 0) {
                    draw(label, from, labelFont, INK);
                }
                draw(parts.get(i), valueX + 2 * MM, font, INK);
                dots(valueX, to);
                lines.add(i == 0 ? label + " " + parts.get(i) : parts.get(i));
            }
        }

        void dottedPair(String leftLabel, String leftValue, String rightLabel, String rightValue, Font labelFont, String text) {
            Font font = regular();
            double middle = WIDTH / 2.0 - 5 * MM;
            y += leading * 1.2;
            draw(leftLabel, LEFT, labelFont, INK);
            double lx = LEFT + width(leftLabel + " ", labelFont);
            draw(leftValue, lx + 2 * MM, font, INK);
            dots(lx, middle - 3 * MM);
            draw(rightLabel, middle, labelFont, INK);
            double rx = middle + width(rightLabel + " ", labelFont);
            draw(rightValue, rx + 2 * MM, font, INK);
            dots(rx, RIGHT);
            lines.add(text);
        }

        private void dots(double from, double to) {
            g.setColor(INK);
            for (double x = from; x < to; x += 1.6 * MM) {
                g.fill(new Ellipse2D.Double(x, y + 1.5 * MM, 0.5 * MM, 0.5 * MM));
            }
        }

        private void draw(String text, double x, Font font, Color color) {
            draw(text, x, font, color, y);
        }

        private void draw(String text, double x, Font font, Color color, double baseline) {
            g.setFont(font);
            g.setColor(color);
            g.drawString(text, (float) x, (float) baseline);
        }
    }
}
