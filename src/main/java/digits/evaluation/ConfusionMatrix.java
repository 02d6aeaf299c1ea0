package digits.evaluation;

import digits.display.Pictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * How often each true digit (row) was predicted as each digit (column). The diagonal holds the right
 * answers; every other cell is one kind of mistake. Immutable.
 */
public final class ConfusionMatrix {

    private static final int CELL = 46;
    private static final int LEFT = 92;
    private static final int TOP = 78;
    private static final int LEGEND = 150;
    private static final Color RIGHT_COLOUR = new Color(0x1f77b4);
    private static final Color WRONG_COLOUR = new Color(0xd62728);

    private final int[][] counts;

    private ConfusionMatrix(int[][] counts) {
        this.counts = counts;
    }

    /**
     * @param trueDigits      the label of each image
     * @param predictedDigits the predicted digit of each image
     * @return the matrix
     */
    public static ConfusionMatrix of(int[] trueDigits, int[] predictedDigits) {
        int[][] counts = new int[10][10];
        for (int i = 0; i < trueDigits.length; i++) {
            counts[trueDigits[i]][predictedDigits[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    /**
     * @param trueDigit      the label, 0..9
     * @param predictedDigit the prediction, 0..9
     * @return how many images of {@code trueDigit} were predicted as {@code predictedDigit}
     */
    public int count(int trueDigit, int predictedDigit) {
        check(trueDigit, "true digit");
        check(predictedDigit, "predicted digit");
        return counts[trueDigit][predictedDigit];
    }

    private static void check(int digit, String what) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException(what + " must be 0..9, found " + digit);
        }
    }

    /** @return the number of images counted: the sum of all cells */
    public int total() {
        int sum = 0;
        for (int[] row : counts) {
            for (int c : row) {
                sum += c;
            }
        }
        return sum;
    }

    /** @return the number of right predictions: the sum of the diagonal */
    public int correct() {
        int sum = 0;
        for (int d = 0; d < 10; d++) {
            sum += counts[d][d];
        }
        return sum;
    }

    /** @return images whose label is {@code trueDigit}: the row's sum */
    public int rowTotal(int trueDigit) {
        check(trueDigit, "true digit");
        int sum = 0;
        for (int c : counts[trueDigit]) {
            sum += c;
        }
        return sum;
    }

    /** @return images predicted as {@code predictedDigit}: the column's sum */
    public int columnTotal(int predictedDigit) {
        check(predictedDigit, "predicted digit");
        int sum = 0;
        for (int[] row : counts) {
            sum += row[predictedDigit];
        }
        return sum;
    }

    /** @return the matrix as a table: a column "true digit", then one column per predicted digit "→ 0" .. "→ 9" */
    public Table table() {
        Table table = Table.create("Confusion matrix: rows are the true digits, columns the predictions");
        IntColumn truth = IntColumn.create("true digit");
        for (int d = 0; d < 10; d++) {
            truth.append(d);
        }
        table.addColumns(truth);
        for (int p = 0; p < 10; p++) {
            IntColumn column = IntColumn.create("→ " + p);
            for (int t = 0; t < 10; t++) {
                column.append(counts[t][p]);
            }
            table.addColumns(column);
        }
        return table;
    }

    /**
     * The {@code k} most frequent mistakes, most frequent first.
     *
     * @param k how many pairs at most, 1 or more
     * @return a table with columns "true digit", "predicted as", "images" and "% of the true digit"
     *     (the percentage of that digit's images, two decimals); only pairs that happened at least once
     */
    public Table mostConfusedPairs(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be 1 or more, found " + k);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                if (t != p && counts[t][p] > 0) {
                    pairs.add(new int[] {t, p, counts[t][p]});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(pair -> -pair[2]).thenComparingInt(pair -> pair[0])
                .thenComparingInt(pair -> pair[1]));
        IntColumn truth = IntColumn.create("true digit");
        IntColumn predicted = IntColumn.create("predicted as");
        IntColumn images = IntColumn.create("images");
        DoubleColumn share = DoubleColumn.create("% of the true digit");
        for (int[] pair : pairs.subList(0, Math.min(k, pairs.size()))) {
            truth.append(pair[0]);
            predicted.append(pair[1]);
            images.append(pair[2]);
            share.append(Math.round(10_000.0 * pair[2] / rowTotal(pair[0])) / 100.0);
        }
        return Table.create("The " + k + " most frequent mistakes", truth, predicted, images, share);
    }

    /**
     * The matrix as a heat map: each cell shows its count; right answers (the diagonal) are shaded blue by
     * the share of the row they hold, mistakes red by how close they come to the most frequent mistake.
     *
     * @return the picture
     */
    public BufferedImage heatMap() {
        int width = LEFT + 10 * CELL + LEGEND;
        int height = TOP + 10 * CELL + 24;
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = Pictures.pen(image, true);
        try {
            int maxMistake = 1;
            for (int t = 0; t < 10; t++) {
                for (int p = 0; p < 10; p++) {
                    if (t != p) {
                        maxMistake = Math.max(maxMistake, counts[t][p]);
                    }
                }
            }
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(String.format(Locale.ROOT, "Confusion matrix: %,d of %,d right", correct(), total()), 10, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            centred(g, "predicted digit", LEFT + 5 * CELL, TOP - 34);
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2);
            centred(g, "true digit", -(TOP + 5 * CELL), 34);
            g.setTransform(saved);
            Font countFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            for (int d = 0; d < 10; d++) {
                g.setColor(Color.DARK_GRAY);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
                centred(g, String.valueOf(d), LEFT + d * CELL + CELL / 2, TOP - 10);
                centred(g, String.valueOf(d), LEFT - 16, TOP + d * CELL + CELL / 2 + 5);
            }
            g.setFont(countFont);
            for (int t = 0; t < 10; t++) {
                int row = Math.max(1, rowTotal(t));
                for (int p = 0; p < 10; p++) {
                    int count = counts[t][p];
                    double strength = t == p ? (double) count / row : (double) count / maxMistake;
                    Color fill = count == 0 ? Color.WHITE : shade(t == p ? RIGHT_COLOUR : WRONG_COLOUR, strength);
                    int x = LEFT + p * CELL;
                    int y = TOP + t * CELL;
                    g.setColor(fill);
                    g.fillRect(x, y, CELL, CELL);
                    g.setColor(new Color(0xe0e0e0));
                    g.drawRect(x, y, CELL, CELL);
                    g.setColor(brightness(fill) < 140 ? Color.WHITE : Color.BLACK);
                    centred(g, count == 0 ? "·" : String.format(Locale.ROOT, "%,d", count), x + CELL / 2, y + CELL / 2 + 5);
                }
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1.5f));
            g.drawRect(LEFT, TOP, 10 * CELL, 10 * CELL);
            drawLegend(g, LEFT + 10 * CELL + 30, TOP, maxMistake);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawLegend(Graphics2D g, int x, int y, int maxMistake) {
        int barHeight = 4 * CELL;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        drawScale(g, x, y, barHeight, RIGHT_COLOUR, "right", "100 % of row", "0 %");
        drawScale(g, x, y + barHeight + 70, barHeight, WRONG_COLOUR, "wrong", String.format(Locale.ROOT, "%,d", maxMistake),
                "1");
    }

    private static void drawScale(Graphics2D g, int x, int y, int height, Color colour, String title, String top,
            String bottom) {
        g.setColor(Color.BLACK);
        g.drawString(title, x, y - 8);
        for (int i = 0; i < height; i++) {
            g.setColor(shade(colour, 1 - (double) i / (height - 1)));
            g.fillRect(x, y + i, 16, 1);
        }
        g.setColor(Color.GRAY);
        g.drawRect(x, y, 16, height);
        g.setColor(Color.DARK_GRAY);
        g.drawString(top, x + 22, y + 10);
        g.drawString(bottom, x + 22, y + height);
    }

    /** Mixes white with {@code colour}: a light tint at strength 0, the full colour at 1. */
    private static Color shade(Color colour, double strength) {
        double s = 0.12 + 0.88 * Math.max(0, Math.min(1, strength));
        return new Color((int) Math.round(255 + (colour.getRed() - 255) * s),
                (int) Math.round(255 + (colour.getGreen() - 255) * s), (int) Math.round(255 + (colour.getBlue() - 255) * s));
    }

    private static double brightness(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    private static void centred(Graphics2D g, String text, int centreX, int baseline) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, centreX - metrics.stringWidth(text) / 2, baseline);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ConfusionMatrix[%,d images, %,d right]", total(), correct());
    }
}
