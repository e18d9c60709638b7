package org.saraban.intake.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.util.random.RandomGenerator;

/** Pen strokes that look written by hand: signatures and the flourish under a note. */
final class Scribble {
    private Scribble() {}

    /** A signature: a few loops across a box {@code width} × {@code height} from (x, y) top left. */
    static void signature(Graphics2D g, RandomGenerator random, double x, double y, double width, double height, Color ink) {
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) (height / 28), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath path = new GeneralPath();
        double px = x;
        double py = y + height * (0.4 + 0.3 * random.nextDouble());
        path.moveTo(px, py);
        int strokes = 5 + random.nextInt(4);
        for (int i = 0; i < strokes; i++) {
            double nx = x + width * (i + 1) / strokes;
            double ny = y + height * random.nextDouble();
            path.curveTo(px + width * 0.15, y - height * 0.2 + random.nextDouble() * height * 1.4,
                    nx - width * 0.2, y + random.nextDouble() * height, nx, ny);
            px = nx;
            py = ny;
        }
        // The trailing underline most signatures end with.
        path.curveTo(px - width * 0.3, py + height * 0.3, x + width * 0.3, y + height * 1.05, x + width * 0.1, y + height * 0.9);
        g.draw(path);
    }
}
