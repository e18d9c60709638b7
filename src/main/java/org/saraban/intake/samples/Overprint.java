package org.saraban.intake.samples;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.saraban.intake.directive.DirectiveRecord.ReceivedStamp;
import org.saraban.intake.samples.ThaiFonts.Typeface;

/**
 * What the receiving office puts on the paper after it was printed: the received stamp (เลขรับ,
 * วันที่, เวลา, in blue or red ink, filled in by hand) and routing notes in the margin (เรียน … -
 * เพื่อโปรดพิจารณา, "to … for consideration"). Both cross the printed text, as they do on real
 * paper. Not thread-safe.
 */
final class Overprint {
    static final Color BLUE_INK = new Color(35, 70, 185);
    static final Color RED_INK = new Color(200, 35, 45);

    private final Typeface print;
    private final Typeface hand;
    private final RandomGenerator random;

    Overprint(Typeface print, Typeface hand, RandomGenerator random) {
        this.print = print;
        this.hand = hand;
        this.random = random;
    }

    /** Stamps the top right of {@code page} as received by {@code office} on {@code date}; returns what it says. */
    ReceivedStamp receivedStamp(BufferedImage page, String office, LocalDate date, Numerals n) {
        double mm = Typesetter.MM;
        String number = Integer.toString(1000 + random.nextInt(29000));
        int hour = 8 + random.nextInt(8);
        int minute = random.nextInt(12) * 5;
        String time = String.format("%02d:%02d", hour, minute);
        Graphics2D g = pen(page);
        double x = (118 + random.nextInt(12)) * mm;
        double y = (14 + random.nextInt(30)) * mm;
        g.rotate(Math.toRadians(random.nextDouble() * 8 - 4), x, y);
        Color ink = random.nextInt(3) == 0 ? RED_INK : BLUE_INK;
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) (0.7 * mm)));
        double w = 62 * mm;
        double h = 32 * mm;
        g.draw(new RoundRectangle2D.Double(x, y, w, h, 3 * mm, 3 * mm));
        Font label = print.bold(Typesetter.BODY * 0.8f);
        g.setFont(label);
        double officeWidth = Typesetter.width(office, label);
        g.drawString(office, (float) (x + (w - officeWidth) / 2), (float) (y + 8 * mm));
        String[] labels = {"เลขรับ", "วันที่", "เวลา"};
        Font written = hand.regular(Typesetter.BODY * 0.85f);
        String[] values = {number, n.shortDate(date), n.digits(time.replace(':', '.')) + " น."};
        for (int i = 0; i < labels.length; i++) {
            float baseline = (float) (y + (15.5 + i * 7.5) * mm);
            g.setColor(ink);
            g.setFont(label);
            g.drawString(labels[i], (float) (x + 3 * mm), baseline);
            g.setColor(Typesetter.PEN);
            g.setFont(written);
            g.drawString(values[i], (float) (x + 18 * mm + random.nextInt(6) * mm), baseline - (float) (random.nextDouble() * mm));
        }
        g.dispose();
        return new ReceivedStamp(office, number, date, time);
    }

    /** Writes a routing note by hand in the lower part of {@code page}. */
    void routingNote(BufferedImage page, String to, LocalDate date, Numerals n) {
        double mm = Typesetter.MM;
        Graphics2D g = pen(page);
        // Bottom left, beside the signature: notes cross the owning unit's lines, not the signature.
        double x = (18 + random.nextInt(40)) * mm;
        double y = (212 + random.nextInt(25)) * mm;
        g.rotate(Math.toRadians(random.nextDouble() * 10 - 7), x, y);
        g.setColor(Typesetter.PEN);
        g.setFont(hand.regular(Typesetter.BODY * 0.95f));
        List<String> lines = List.of("เรียน " + to,
                People.pick(random, List.of("- เพื่อโปรดพิจารณา", "- เพื่อโปรดทราบ", "- เห็นควรแจ้ง อปท. ทราบ")),
                People.pick(random, List.of("- มอบ กง.สส.", "- ดำเนินการต่อไป", "")));
        double lineHeight = 8 * mm;
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) x, (float) (y + i * lineHeight));
        }
        Scribble.signature(g, random, x + 10 * mm, y + 2.6 * lineHeight, 28 * mm, 7 * mm, Typesetter.PEN);
        g.setFont(hand.regular(Typesetter.BODY * 0.8f));
        g.drawString(n.shortDate(date), (float) (x + 12 * mm), (float) (y + 4.6 * lineHeight));
        g.dispose();
    }

    private static Graphics2D pen(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setTransform(new AffineTransform());
        return g;
    }
}
