package digits.evaluation;

import digits.check.Check;
import digits.display.ConfusionMatrixPicture;
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
        Check.digit("digit", digit);
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

    /** @return the fraction 0..1 of images predicted right: the diagonal over the total (NaN when empty) */
    public double accuracy() {
        return (double) correct() / total();
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
        Check.atLeast("k", k, 1);
        List<int[]> pairs = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                if (t != p && counts[t][p] > 0) {
                    pairs.add(new int[] {t, p, counts[t][p]});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(pair -> -pair[2])
                .thenComparingInt(pair -> pair[0])
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
     * @return the picture, painted by {@link ConfusionMatrixPicture}
     */
    public BufferedImage heatMap() {
        return ConfusionMatrixPicture.of(counts);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ConfusionMatrix[%,d images, %,d right]", total(), correct());
    }
}
