package digits.features;

import digits.data.DigitImage;
import digits.display.Pictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

/** Draws {@link HandMadeFeatures} on top of their digit. */
final class FeaturePictures {

    private static final int SIDE = DigitImage.WIDTH;
    private static final int MARGIN = 12;
    private static final int TITLE = 22;
    private static final Color ZONE_LINE = new Color(0xd62728);
    private static final Color BAR = new Color(0x1f77b4);
    private static final Color HOLE = new Color(0x9ecae1);
    private static final Color END = new Color(0xd62728);

    private FeaturePictures() {
    }

    static BufferedImage zones(HandMadeFeatures features) {
        int scale = 10, side = SIDE * scale;
        BufferedImage image = canvas(side + 2 * MARGIN, side + 2 * MARGIN + TITLE);
        Graphics2D g = graphics(image);
        try {
            title(g, "4 x 4 zones: share of ink in each", image.getWidth());
            int x0 = MARGIN, y0 = MARGIN + TITLE;
            g.drawImage(faded(features.digit(), scale), x0, y0, null);
            float[] zones = features.zones();
            int zone = side / HandMadeFeatures.ZONES;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            FontMetrics metrics = g.getFontMetrics();
            for (int r = 0; r < HandMadeFeatures.ZONES; r++) {
                for (int c = 0; c < HandMadeFeatures.ZONES; c++) {
                    String text = String.format(Locale.ROOT, "%.2f", zones[r * HandMadeFeatures.ZONES + c]);
                    int x = x0 + c * zone + (zone - metrics.stringWidth(text)) / 2;
                    int y = y0 + r * zone + (zone + metrics.getAscent()) / 2 - 2;
                    g.setColor(new Color(255, 255, 255, 200));
                    g.fillRect(x - 3, y - metrics.getAscent(), metrics.stringWidth(text) + 6, metrics.getAscent() + 4);
                    g.setColor(BAR.darker());
                    g.drawString(text, x, y);
                }
            }
            g.setColor(ZONE_LINE);
            g.setStroke(new BasicStroke(2f));
            for (int k = 0; k <= HandMadeFeatures.ZONES; k++) {
                g.drawLine(x0 + k * zone, y0, x0 + k * zone, y0 + side);
                g.drawLine(x0, y0 + k * zone, x0 + side, y0 + k * zone);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    static BufferedImage profiles(HandMadeFeatures features) {
        int scale = 8, side = SIDE * scale, bars = 110;
        BufferedImage image = canvas(side + bars + 3 * MARGIN, side + bars + 3 * MARGIN + TITLE);
        Graphics2D g = graphics(image);
        try {
            title(g, "Ink profiles: rows at the right, columns below", image.getWidth());
            int x0 = MARGIN, y0 = MARGIN + TITLE;
            g.drawImage(features.digit().toBufferedImage(scale), x0, y0, null);
            g.setColor(new Color(0xc0c0c0));
            g.drawRect(x0, y0, side - 1, side - 1);
            float[] rows = features.rowProfile(), cols = features.columnProfile();
            float max = 0;
            for (int k = 0; k < rows.length; k++) {
                max = Math.max(max, Math.max(rows[k], cols[k]));
            }
            int bin = side / HandMadeFeatures.PROFILE_BINS;
            g.setColor(BAR);
            for (int k = 0; k < rows.length; k++) {
                int length = max == 0 ? 0 : Math.round(bars * rows[k] / max);
                g.fillRect(x0 + side + MARGIN, y0 + k * bin + 1, length, bin - 2);
                int height = max == 0 ? 0 : Math.round(bars * cols[k] / max);
                g.fillRect(x0 + k * bin + 1, y0 + side + MARGIN, bin - 2, height);
            }
            g.setColor(Color.GRAY);
            g.drawLine(x0 + side + MARGIN, y0, x0 + side + MARGIN, y0 + side);
            g.drawLine(x0, y0 + side + MARGIN, x0 + side, y0 + side + MARGIN);
        } finally {
            g.dispose();
        }
        return image;
    }

    static BufferedImage structure(HandMadeFeatures features, Structure structure) {
        int scale = 10, side = SIDE * scale;
        BufferedImage image = canvas(side + 2 * MARGIN, side + 2 * MARGIN + TITLE);
        Graphics2D g = graphics(image);
        try {
            title(g, String.format(Locale.ROOT, "%d hole%s (blue), %d end point%s (red)", structure.holes(),
                    structure.holes() == 1 ? "" : "s", structure.endPoints(), structure.endPoints() == 1 ? "" : "s"),
                    image.getWidth());
            int x0 = MARGIN, y0 = MARGIN + TITLE;
            for (int r = 0; r < SIDE; r++) {
                for (int c = 0; c < SIDE; c++) {
                    int i = r * SIDE + c;
                    Color colour = structure.skeleton[i] ? Color.BLACK
                            : structure.ink[i] ? new Color(0xc8c8c8)
                            : structure.holeOf[i] > 0 ? HOLE : Color.WHITE;
                    g.setColor(colour);
                    g.fillRect(x0 + c * scale, y0 + r * scale, scale, scale);
                }
            }
            g.setColor(END);
            g.setStroke(new BasicStroke(3f));
            for (int i = 0; i < SIDE * SIDE; i++) {
                if (structure.endPoint[i]) {
                    int cx = x0 + (i % SIDE) * scale + scale / 2, cy = y0 + (i / SIDE) * scale + scale / 2;
                    g.drawOval(cx - 9, cy - 9, 18, 18);
                }
            }
            g.setColor(new Color(0xc0c0c0));
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
                out.setRGB(x, y, new Color(light, light, light).getRGB());
            }
        }
        return out;
    }

    private static BufferedImage canvas(int width, int height) {
        return Pictures.white(width, height);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static void title(Graphics2D g, String text, int width) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.setColor(Color.DARK_GRAY);
        g.drawString(text, MARGIN, MARGIN + 10);
    }
}
