package digits.samples;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * The pen paths of the digits the sample generators ({@link SampleDigits}, {@link SampleNumbers}) write, each in a
 * unit box (0..1 across and down), to be scaled into place.
 */
public final class DigitGlyphs {

    private DigitGlyphs() {}

    public static Path2D zero() {
        return new Path2D.Double(new Ellipse2D.Double(0.05, 0.0, 0.9, 1.0));
    }

    public static Path2D one() {
        Path2D p = new Path2D.Double();
        p.moveTo(0.2, 0.22);
        p.lineTo(0.6, 0.0);
        p.lineTo(0.55, 1.0);
        return p;
    }

    public static Path2D two() {
        Path2D p = new Path2D.Double();
        p.moveTo(0.08, 0.25);
        p.curveTo(0.15, -0.05, 0.9, -0.05, 0.85, 0.3);
        p.curveTo(0.8, 0.5, 0.3, 0.75, 0.05, 0.97);
        p.lineTo(0.98, 0.95);
        return p;
    }

    public static Path2D three() {
        Path2D p = new Path2D.Double();
        p.moveTo(0.1, 0.15);
        p.curveTo(0.3, -0.05, 0.95, 0.0, 0.85, 0.25);
        p.curveTo(0.8, 0.42, 0.5, 0.47, 0.4, 0.48);
        p.curveTo(0.95, 0.48, 1.0, 0.75, 0.85, 0.9);
        p.curveTo(0.65, 1.05, 0.25, 1.0, 0.05, 0.85);
        return p;
    }

    public static Path2D four() {
        Path2D p = new Path2D.Double();
        p.moveTo(0.72, 1.0);
        p.lineTo(0.7, 0.0);
        p.lineTo(0.02, 0.68);
        p.lineTo(1.0, 0.68);
        return p;
    }

    public static Path2D seven() {
        Path2D p = new Path2D.Double();
        p.moveTo(0.05, 0.06);
        p.lineTo(0.95, 0.04);
        p.quadTo(0.6, 0.45, 0.42, 1.0);
        return p;
    }

    public static Path2D nine() {
        Path2D p = new Path2D.Double(new Ellipse2D.Double(0.08, 0.0, 0.8, 0.5));
        p.moveTo(0.88, 0.25);
        p.quadTo(0.85, 0.7, 0.7, 1.0);
        return p;
    }
}
