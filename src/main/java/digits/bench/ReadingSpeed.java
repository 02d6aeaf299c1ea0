package digits.bench;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.evaluation.TestReport;
import digits.model.Inference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
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
 * ReadingSpeed.on(validation).time("as trained", model).time("folded", FoldedNetwork.of(model)).table()
 * }</pre>
 *
 * Immutable: {@link #time} names one more network to time; {@link #table} times them all.
 */
public final class ReadingSpeed {

    /**
     * Untimed predictions per network before any is timed, so that the JIT compiler and native start-up stay out
     * of the figures, and the first network timed is not the one that pays for them.
     */
    static final int WARM_UP = 300;

    /** Timed predictions per network in {@link #table}. */
    static final int PREDICTIONS = 300;

    private record Named(String name, MultiLayerNetwork network) {}

    private final DigitSet digits;
    private final List<Named> networks;
    private final LongSupplier clock;
    private final int warmUp;
    private final int predictions;

    ReadingSpeed(DigitSet digits, List<Named> networks, LongSupplier clock, int warmUp, int predictions) {
        this.digits = digits;
        this.networks = List.copyOf(networks);
        this.clock = clock;
        this.warmUp = warmUp;
        this.predictions = predictions;
    }

    /**
     * Reading speed on {@code digits}: their labels give each network's accuracy in the table.
     *
     * @param digits labelled digits, not empty
     * @return a comparison with no network yet
     */
    public static ReadingSpeed on(DigitSet digits) {
        return on(digits, System::nanoTime, WARM_UP, PREDICTIONS);
    }

    /** {@link #on(DigitSet)} timed by {@code clock} (ns), with the given numbers of predictions. */
    static ReadingSpeed on(DigitSet digits, LongSupplier clock, int warmUp, int predictions) {
        Check.atLeast("digits", digits.size(), 1);
        return new ReadingSpeed(digits, List.of(), clock, warmUp, predictions);
    }

    /**
     * @param name    what the network is, for the table
     * @param network a network taking rows of 784 pixels and giving 10 probabilities
     * @return this comparison with one more network, timed by {@link #table}
     */
    public ReadingSpeed time(String name, MultiLayerNetwork network) {
        List<Named> more = new ArrayList<>(networks);
        more.add(new Named(Objects.requireNonNull(name, "name"), Objects.requireNonNull(network, "network")));
        return new ReadingSpeed(digits, more, clock, warmUp, predictions);
    }

    /**
     * One row per network, in the order given: its layers, the median milliseconds to read one digit
     * ({@value #PREDICTIONS} predictions, after {@value #WARM_UP} untimed ones for every network) and its
     * accuracy on the digits.
     *
     * @return the table; a cell that ends with it shows it
     * @throws IllegalStateException if no network was given
     */
    public Table table() {
        if (networks.isEmpty()) {
            throw new IllegalStateException("no network to time: add one with time(name, network)");
        }
        Table table = Table.create(
                "reading one digit",
                StringColumn.create("network"),
                IntColumn.create("layers"),
                DoubleColumn.create("ms per digit"),
                DoubleColumn.create("accuracy %"));
        for (Named named : networks) {
            millisPerDigit(named.network(), digits, warmUp, 0, clock);
        }
        for (Named named : networks) {
            double median = percentile(millisPerDigit(named.network(), digits, 0, predictions, clock), 50);
            table.stringColumn("network").append(named.name());
            table.intColumn("layers").append(named.network().getnLayers());
            table.doubleColumn("ms per digit").append(Math.round(median * 100) / 100.0);
            double accuracy = TestReport.of(digits, Inference.probabilities(named.network(), digits))
                    .accuracy();
            table.doubleColumn("accuracy %").append(Math.round(accuracy * 10_000) / 100.0);
        }
        return table;
    }

    /**
     * Times {@code network.output} on one digit at a time, cycling through {@code digits}.
     *
     * @param network     a network taking rows of 784 pixels
     * @param digits      the digits to read, not empty
     * @param warmUp      untimed predictions first, 0 or more
     * @param predictions timed predictions, 1 or more
     * @return milliseconds per prediction, in the order they were made
     */
    public static double[] millisPerDigit(MultiLayerNetwork network, DigitSet digits, int warmUp, int predictions) {
        Check.atLeast("predictions", predictions, 1);
        return millisPerDigit(network, digits, warmUp, predictions, System::nanoTime);
    }

    private static double[] millisPerDigit(
            MultiLayerNetwork network, DigitSet digits, int warmUp, int predictions, LongSupplier clock) {
        Objects.requireNonNull(network, "network");
        Check.atLeast("digits", digits.size(), 1);
        Check.atLeast("warm-up predictions", warmUp, 0);
        float[] pixels = new float[DigitImage.PIXELS];
        double[] millis = new double[predictions];
        for (int k = 0; k < warmUp + predictions; k++) {
            digits.copyScaledPixels(k % digits.size(), pixels, 0);
            long start = clock.getAsLong();
            network.output(Nd4j.create(pixels, new long[] {1, DigitImage.PIXELS}), false)
                    .argMax(1)
                    .getInt(0);
            long end = clock.getAsLong();
            if (k >= warmUp) {
                millis[k - warmUp] = (end - start) / 1e6;
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
}
