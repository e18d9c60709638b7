package org.saraban.intake.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;

/**
 * A Garuda-like bird with spread wings, drawn from simple shapes, standing for the emblem that heads
 * official letters. It is the project's own drawing, not a copy of the state emblem: it only needs to
 * put a dark, busy figure where scanners and OCR meet the real one.
 */
final class Emblem {
    private Emblem() {}

    /** Draws the emblem {@code height} pixels tall with its top centre at (cx, top). */
    static void draw(Graphics2D g, double cx, double top, double height, Color ink) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, top);
        g.scale(height / 100.0, height / 100.0);
        g.setColor(ink);
        // Crown: a tall pointed spire over the head.
        GeneralPath crown = new GeneralPath();
        crown.moveTo(0, 0);
        crown.lineTo(5, 14);
        crown.lineTo(-5, 14);
        crown.closePath();
        g.fill(crown);
        // Head and beak.
        g.fill(new Ellipse2D.Double(-7, 13, 14, 14));
        GeneralPath beak = new GeneralPath();
        beak.moveTo(-1, 22);
        beak.lineTo(-9, 27);
        beak.lineTo(0, 26);
        beak.closePath();
        g.fill(beak);
        // Body.
        g.fill(new Ellipse2D.Double(-11, 26, 22, 40));
        // Wings: fans of feathers on both sides, raised like the emblem's.
        for (int side = -1; side <= 1; side += 2) {
            for (int i = 0; i < 7; i++) {
                double angle = Math.toRadians(-75 + i * 17);
                AffineTransform feather = g.getTransform();
                g.translate(side * 9, 38);
                g.scale(side, 1);
                g.rotate(angle);
                g.fill(new Ellipse2D.Double(4, -3.5, 34 - i * 2.5, 7));
                g.setTransform(feather);
            }
        }
        // Arms raised to the wings, tail and feet.
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side = -1; side <= 1; side += 2) {
            GeneralPath arm = new GeneralPath();
            arm.moveTo(side * 9, 36);
            arm.curveTo(side * 20, 30, side * 22, 20, side * 18, 12);
            g.draw(arm);
            GeneralPath leg = new GeneralPath();
            leg.moveTo(side * 6, 62);
            leg.curveTo(side * 12, 72, side * 16, 80, side * 24, 84);
            g.draw(leg);
        }
        GeneralPath tail = new GeneralPath();
        tail.moveTo(-10, 62);
        tail.lineTo(0, 98);
        tail.lineTo(10, 62);
        tail.closePath();
        g.fill(tail);
        g.setTransform(saved);
    }
}
