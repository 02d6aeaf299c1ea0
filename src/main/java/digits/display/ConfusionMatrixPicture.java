package digits.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * Paints a 10 x 10 confusion matrix as a heat map: each cell shows its count; right answers (the diagonal) are
 * shaded blue by the share of the row they hold, mistakes red by how close they come to the most frequent mistake.
 */
public final class ConfusionMatrixPicture {

    private static final int CELL = 46;
    private static final int LEFT = 92;
    private static final int TOP = 78;
    private static final int LEGEND = 150;

    private ConfusionMatrixPicture() {}

    /**
     * @param counts {@code counts[t][p]}: how many images of digit t were predicted as p; 10 x 10
     * @return the picture
     */
    public static BufferedImage of(int[][] counts) {
        if (counts.length != 10) {
            throw new IllegalArgumentException("a confusion matrix has 10 rows, found " + counts.length);
        }
        int total = 0, correct = 0, maxMistake = 1;
        int[] rowTotal = new int[10];
        for (int t = 0; t < 10; t++) {
            if (counts[t].length != 10) {
                throw new IllegalArgumentException(
                        "row " + t + " of a confusion matrix needs 10 counts, found " + counts[t].length);
            }
            for (int p = 0; p < 10; p++) {
                total += counts[t][p];
                rowTotal[t] += counts[t][p];
                if (t == p) {
                    correct += counts[t][p];
                } else {
                    maxMistake = Math.max(maxMistake, counts[t][p]);
                }
            }
        }
        BufferedImage image = Pictures.white(LEFT + 10 * CELL + LEGEND, TOP + 10 * CELL + 24);
        Graphics2D g = Pictures.pen(image, true);
        try {
            g.setColor(Palette.TEXT);
            g.setFont(Palette.TITLE);
            g.drawString(String.format(Locale.ROOT, "Confusion matrix: %,d of %,d right", correct, total), 10, 22);
            g.setFont(Palette.TEXT_LARGE);
            Pictures.centred(g, "predicted digit", LEFT + 5 * CELL, TOP - 34);
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2);
            Pictures.centred(g, "true digit", -(TOP + 5 * CELL), 34);
            g.setTransform(saved);
            g.setColor(Palette.TEXT_SOFT);
            g.setFont(Palette.TITLE);
            for (int d = 0; d < 10; d++) {
                Pictures.centred(g, String.valueOf(d), LEFT + d * CELL + CELL / 2, TOP - 10);
                Pictures.centred(g, String.valueOf(d), LEFT - 16, TOP + d * CELL + CELL / 2 + 5);
            }
            g.setFont(Palette.CAPTION);
            for (int t = 0; t < 10; t++) {
                int row = Math.max(1, rowTotal[t]);
                for (int p = 0; p < 10; p++) {
                    int count = counts[t][p];
                    double strength = t == p ? (double) count / row : (double) count / maxMistake;
                    Color fill = count == 0 ? Color.WHITE : shade(t == p ? Palette.BLUE : Palette.RED, strength);
                    int x = LEFT + p * CELL;
                    int y = TOP + t * CELL;
                    g.setColor(fill);
                    g.fillRect(x, y, CELL, CELL);
                    g.setColor(Palette.GRID_LINE);
                    g.drawRect(x, y, CELL, CELL);
                    g.setColor(brightness(fill) < 140 ? Color.WHITE : Palette.TEXT);
                    Pictures.centred(
                            g,
                            count == 0 ? "·" : String.format(Locale.ROOT, "%,d", count),
                            x + CELL / 2,
                            y + CELL / 2 + 5);
                }
            }
            g.setColor(Palette.TEXT_FAINT);
            g.setStroke(new BasicStroke(1.5f));
            g.drawRect(LEFT, TOP, 10 * CELL, 10 * CELL);
            int x = LEFT + 10 * CELL + 30, barHeight = 4 * CELL;
            g.setFont(Palette.SMALL);
            drawScale(g, x, TOP, barHeight, Palette.BLUE, "right", "100 % of row", "0 %");
            drawScale(
                    g,
                    x,
                    TOP + barHeight + 70,
                    barHeight,
                    Palette.RED,
                    "wrong",
                    String.format(Locale.ROOT, "%,d", maxMistake),
                    "1");
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawScale(
            Graphics2D g, int x, int y, int height, Color colour, String title, String top, String bottom) {
        g.setColor(Palette.TEXT);
        g.drawString(title, x, y - 8);
        for (int i = 0; i < height; i++) {
            g.setColor(shade(colour, 1 - (double) i / (height - 1)));
            g.fillRect(x, y + i, 16, 1);
        }
        g.setColor(Palette.TEXT_FAINT);
        g.drawRect(x, y, 16, height);
        g.setColor(Palette.TEXT_SOFT);
        g.drawString(top, x + 22, y + 10);
        g.drawString(bottom, x + 22, y + height);
    }

    /** Mixes white with {@code colour}: a light tint at strength 0, the full colour at 1. */
    static Color shade(Color colour, double strength) {
        double s = 0.12 + 0.88 * Math.max(0, Math.min(1, strength));
        return new Color(
                (int) Math.round(255 + (colour.getRed() - 255) * s),
                (int) Math.round(255 + (colour.getGreen() - 255) * s),
                (int) Math.round(255 + (colour.getBlue() - 255) * s));
    }

    private static double brightness(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
