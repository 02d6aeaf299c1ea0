package digits.bench;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.evaluation.TestReport;
import digits.model.Inference;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How quickly networks read one digit at a time, as the drawing pad asks them to, and how well.
 *
 * <pre>{@code
 * ReadingSpeed.table(List.of("as trained", "folded"), List.of(model, FoldedNetwork.of(model)), validation)
 * }</pre>
 */
public final class ReadingSpeed {

    /**
     * Untimed predictions per network before any is timed, so that the JIT compiler and native start-up stay out
     * of the figures, and the first network timed is not the one that pays for them.
     */
    static final int WARM_UP = 300;

    /** Timed predictions per network in {@link #table}. */
    static final int PREDICTIONS = 300;

    private ReadingSpeed() {
    }

    /**
     * Times {@code network.output} on one digit at a time, cycling through {@code digits}.
     *
     * @param network     a network taking rows of 784 pixels
     * @param digits      the digits to read, not empty
     * @param warmUp      untimed predictions first
     * @param predictions timed predictions, 1 or more
     * @return milliseconds per prediction, in the order they were made
     */
    public static double[] millisPerDigit(MultiLayerNetwork network, DigitSet digits, int warmUp, int predictions) {
        Objects.requireNonNull(network, "network");
        if (digits.size() == 0 || predictions < 1 || warmUp < 0) {
            throw new IllegalArgumentException("millisPerDigit needs digits (got " + digits.size() + "), 1 or more"
                    + " predictions (got " + predictions + ") and 0 or more warm-up predictions (got " + warmUp + ")");
        }
        float[] pixels = new float[DigitImage.PIXELS];
        double[] millis = new double[predictions];
        for (int k = 0; k < warmUp + predictions; k++) {
            digits.copyScaledPixels(k % digits.size(), pixels, 0);
            long start = System.nanoTime();
            network.output(Nd4j.create(pixels, new long[] {1, DigitImage.PIXELS}), false).argMax(1).getInt(0);
            if (k >= warmUp) {
                millis[k - warmUp] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    /**
     * @param values numbers, not empty
     * @param p      the percentile, 0..100 (50: the median)
     * @return the smallest value that at least {@code p}% of the values do not exceed
     */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }

    /**
     * One row per network: its layers, the median milliseconds to read one digit ({@value #PREDICTIONS}
     * predictions, after {@value #WARM_UP} untimed ones for every network) and its accuracy on {@code digits}.
     *
     * @param names    a name per network
     * @param networks the networks, each taking rows of 784 pixels and giving 10 probabilities
     * @param digits   labelled digits, not empty
     * @return the table; a cell that ends with it shows it
     */
    public static Table table(List<String> names, List<MultiLayerNetwork> networks, DigitSet digits) {
        if (names.size() != networks.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + networks.size() + " networks: expected one each");
        }
        Table table = Table.create("reading one digit",
                StringColumn.create("network"), IntColumn.create("layers"), DoubleColumn.create("ms per digit"),
                DoubleColumn.create("accuracy %"));
        for (MultiLayerNetwork network : networks) {
            millisPerDigit(network, digits, WARM_UP, 1);
        }
        for (int n = 0; n < networks.size(); n++) {
            MultiLayerNetwork network = networks.get(n);
            double median = percentile(millisPerDigit(network, digits, 0, PREDICTIONS), 50);
            table.stringColumn("network").append(names.get(n));
            table.intColumn("layers").append(network.getnLayers());
            table.doubleColumn("ms per digit").append(Math.round(median * 100) / 100.0);
            double accuracy = TestReport.of(digits, Inference.probabilities(network, digits)).accuracy();
            table.doubleColumn("accuracy %").append(Math.round(accuracy * 10_000) / 100.0);
        }
        return table;
    }
}
