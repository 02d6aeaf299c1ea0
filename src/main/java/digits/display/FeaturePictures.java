package digits.display;

import digits.data.DigitImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/** Paints hand-made features (zones, ink profiles, holes and stroke ends) on top of their 28 x 28 digit. */
public final class FeaturePictures {

    private static final int SIDE = DigitImage.WIDTH;
    private static final int MARGIN = 12;
    private static final int TITLE = 22;

    private FeaturePictures() {}

    /**
     * @param digit  the digit
     * @param zones  the ink density (mean pixel value, 0..1) of each zone, row after row, {@code perSide * perSide} values
     * @param perSide zones along each side, dividing 28 x 28 evenly enough to read
     * @return the digit, faded, with the zones' lines and values on top
     */
    public static BufferedImage zones(DigitImage digit, float[] zones, int perSide) {
        if (perSide < 1 || zones.length != perSide * perSide) {
            throw new IllegalArgumentException(
                    perSide + " x " + perSide + " zones need " + perSide * perSide + " values, found " + zones.length);
        }
        int scale = 10, side = SIDE * scale;
        BufferedImage image = Pictures.white(side + 2 * MARGIN, side + 2 * MARGIN + TITLE);
        Graphics2D g = Pictures.pen(image, true);
        try {
            title(g, "ink density of " + perSide + " x " + perSide + " zones (0 to 1)"); // short: the picture is narrow
            int x0 = MARGIN, y0 = MARGIN + TITLE;
            g.drawImage(faded(digit, scale), x0, y0, null);
            int zone = side / perSide;
            g.setFont(Palette.TITLE);
            FontMetrics metrics = g.getFontMetrics();
            for (int r = 0; r < perSide; r++) {
                for (int c = 0; c < perSide; c++) {
                    String text = String.format(Locale.ROOT, "%.2f", zones[r * perSide + c]);
                    int x = x0 + c * zone + (zone - metrics.stringWidth(text)) / 2;
                    int y = y0 + r * zone + (zone + metrics.getAscent()) / 2 - 2;
                    g.setColor(Palette.translucent(Color.WHITE, 200));
                    g.fillRect(x - 3, y - metrics.getAscent(), metrics.stringWidth(text) + 6, metrics.getAscent() + 4);
                    g.setColor(Palette.BLUE.darker());
                    g.drawString(text, x, y);
                }
            }
            g.setColor(Palette.ORANGE);
            g.setStroke(new BasicStroke(2f));
            for (int k = 0; k <= perSide; k++) {
                g.drawLine(x0 + k * zone, y0, x0 + k * zone, y0 + side);
                g.drawLine(x0, y0 + k * zone, x0 + side, y0 + k * zone);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @param digit   the digit
     * @param rows    the ink in each band of rows, top to bottom
     * @param columns the ink in each band of columns, left to right; as many bands as {@code rows}
     * @return the digit with the row profile as bars at its right and the column profile below it
     */
    public static BufferedImage profiles(DigitImage digit, float[] rows, float[] columns) {
        if (rows.length != columns.length || rows.length < 1) {
            throw new IllegalArgumentException("profiles need as many row bands as column bands, 1 or more, found "
                    + rows.length + " and " + columns.length);
        }
        int scale = 8, side = SIDE * scale, bars = 110;
        BufferedImage image = Pictures.white(side + bars + 3 * MARGIN, side + bars + 3 * MARGIN + TITLE);
        Graphics2D g = Pictures.pen(image, true);
        try {
            title(g, "Ink profiles: rows at the right, columns below");
            int x0 = MARGIN, y0 = MARGIN + TITLE;
            g.drawImage(digit.toBufferedImage(scale), x0, y0, null);
            g.setColor(Palette.FRAME);
            g.drawRect(x0, y0, side - 1, side - 1);
            float max = 0;
            for (int k = 0; k < rows.length; k++) {
                max = Math.max(max, Math.max(rows[k], columns[k]));
            }
            int bin = side / rows.length;
            g.setColor(Palette.BLUE);
            for (int k = 0; k < rows.length; k++) {
                int length = max == 0 ? 0 : Math.round(bars * rows[k] / max);
                g.fillRect(x0 + side + MARGIN, y0 + k * bin + 1, length, bin - 2);
                int height = max == 0 ? 0 : Math.round(bars * columns[k] / max);
                g.fillRect(x0 + k * bin + 1, y0 + side + MARGIN, bin - 2, height);
            }
            g.setColor(Palette.TEXT_FAINT);
            g.drawLine(x0 + side + MARGIN, y0, x0 + side + MARGIN, y0 + side);
            g.drawLine(x0, y0 + side + MARGIN, x0 + side, y0 + side + MARGIN);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A digit's structure, pixel by pixel (each array has 28 x 28 entries, row after row).
     *
     * @param ink       whether each pixel is ink
     * @param skeleton  whether each pixel is on the thinned strokes
     * @param inHole    whether each pixel lies in a hole
     * @param endPoint  whether each pixel is an end of a stroke
     * @param holes     how many holes
     * @param endPoints how many end points
     * @return skeleton black over grey ink, holes blue, end points circled orange
     */
    public static BufferedImage structure(
            boolean[] ink, boolean[] skeleton, boolean[] inHole, boolean[] endPoint, int holes, int endPoints) {
        for (boolean[] plane : new boolean[][] {ink, skeleton, inHole, endPoint}) {
            if (plane.length != SIDE * SIDE) {
                throw new IllegalArgumentException(
                        "a structure picture needs 784 pixels per plane, found " + plane.length);
            }
        }
        int scale = 10, side = SIDE * scale;
        BufferedImage image = Pictures.white(side + 2 * MARGIN, side + 2 * MARGIN + TITLE);
        Graphics2D g = Pictures.pen(image, true);
        try {
            // the legend names a colour only when the picture shows it
            title(
                    g,
                    String.format(
                            Locale.ROOT,
                            "%d hole%s%s, %d end point%s%s",
                            holes,
                            holes == 1 ? "" : "s",
                            holes > 0 ? " (blue)" : "",
                            endPoints,
                            endPoints == 1 ? "" : "s",
                            endPoints > 0 ? " (orange)" : ""));
            int x0 = MARGIN, y0 = MARGIN + TITLE;
            for (int i = 0; i < SIDE * SIDE; i++) {
                g.setColor(
                        skeleton[i]
                                ? Palette.TEXT
                                : ink[i] ? Palette.FAINT_INK : inHole[i] ? Palette.LIGHT_BLUE : Color.WHITE);
                g.fillRect(x0 + (i % SIDE) * scale, y0 + (i / SIDE) * scale, scale, scale);
            }
            g.setColor(Palette.ORANGE);
            g.setStroke(new BasicStroke(3f));
            for (int i = 0; i < SIDE * SIDE; i++) {
                if (endPoint[i]) {
                    int cx = x0 + (i % SIDE) * scale + scale / 2, cy = y0 + (i / SIDE) * scale + scale / 2;
                    g.drawOval(cx - 9, cy - 9, 18, 18);
                }
            }
            g.setColor(Palette.FRAME);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(x0, y0, side - 1, side - 1);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The digit drawn lighter, so that text and lines on top stay readable. */
    private static BufferedImage faded(DigitImage digit, int scale) {
        BufferedImage image = digit.toBufferedImage(scale);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = image.getRaster().getSample(x, y, 0);
                int light = 255 - (255 - grey) * 6 / 10;
                out.setRGB(x, y, (light << 16) | (light << 8) | light);
            }
        }
        return out;
    }

    private static void title(Graphics2D g, String text) {
        g.setFont(Palette.TITLE_SMALL);
        g.setColor(Palette.TEXT_SOFT);
        g.drawString(text, MARGIN, MARGIN + 10);
    }
}
