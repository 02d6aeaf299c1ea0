package digits.preprocessing;

import digits.data.DigitSet;
import digits.data.PixelStats;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Standardises pixel values: {@code (value - mean) / standardDeviation}, with the mean and standard
 * deviation measured once, on the training set only (for MNIST 0.1307 and 0.3081 on the 0..1 scale).
 * The same two numbers are then used for every set, validation and test included, so that nothing
 * about those sets leaks into the preparation.
 */
public final class Standardiser {

    private final String fittedOn;
    private final double mean;
    private final double standardDeviation;

    private Standardiser(String fittedOn, double mean, double standardDeviation) {
        this.fittedOn = fittedOn;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
    }

    /**
     * Measures the mean and standard deviation of all pixels of {@code training} (on the 0..1 scale).
     *
     * @param training the training set, not empty and not all one value
     * @return the standardiser
     * @throws IllegalArgumentException if the set is empty or all its pixels are equal
     */
    public static Standardiser fit(DigitSet training) {
        Objects.requireNonNull(training, "training");
        if (training.size() == 0) {
            throw new IllegalArgumentException(
                    "cannot fit a standardiser on " + training.name() + ": the set is empty");
        }
        PixelStats stats = training.pixelStats();
        if (!(stats.standardDeviation() > 0)) {
            throw new IllegalArgumentException("cannot fit a standardiser on " + training.name()
                    + ": all its pixels have the same value, so the standard deviation is 0");
        }
        return new Standardiser(training.name(), stats.mean(), stats.standardDeviation());
    }

    /** @return the mean pixel value of the training set, 0..1 scale */
    public double mean() {
        return mean;
    }

    /** @return the standard deviation of the training set's pixel values, 0..1 scale */
    public double standardDeviation() {
        return standardDeviation;
    }

    /** @return the name of the set the numbers were measured on */
    public String fittedOn() {
        return fittedOn;
    }

    /**
     * @param scaled a pixel value on the 0..1 scale
     * @return its standardised value: 0 for a pixel at the mean, 1 for one a standard deviation above it
     */
    public float standardise(float scaled) {
        return (float) ((scaled - mean) / standardDeviation);
    }

    /**
     * @param scaled pixel values on the 0..1 scale, e.g. {@code digit.scaled()}
     * @return a new array of their standardised values
     */
    public float[] apply(float[] scaled) {
        float[] out = scaled.clone();
        applyInPlace(out, 0, out.length);
        return out;
    }

    /** Standardises {@code length} values of {@code values} from {@code offset}, in place. */
    public void applyInPlace(float[] values, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, values.length);
        for (int i = offset; i < offset + length; i++) {
            values[i] = standardise(values[i]);
        }
    }

    /**
     * How the ink of {@code set} is spread after standardising: the same bands and shares as
     * {@link DigitSet#inkHistogram} (empty paper left out: every blank pixel becomes {@code standardise(0)}),
     * each band named by its middle value on the standardised scale. Standardising is a straight line, so the bars
     * keep their heights; only the scale under them moves.
     *
     * @param set  the images
     * @param bins how many bands, 1..255
     * @return a table with columns "values" (a band's middle, such as "-0.02"), "lowest" and "highest" (its raw
     *     values) and "% of ink pixels"
     */
    public Table inkHistogram(DigitSet set, int bins) {
        Table table = set.inkHistogram(bins);
        String[] middles = new String[bins];
        for (int bin = 0; bin < bins; bin++) {
            double middle = (table.intColumn("lowest").getInt(bin)
                            + table.intColumn("highest").getInt(bin))
                    / 2.0;
            middles[bin] = String.format(Locale.ROOT, "%.2f", standardise((float) (middle / 255)));
        }
        return table.replaceColumn("values", StringColumn.create("values", middles))
                .setName(set.name() + ": pixels with ink, standardised");
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Standardiser fitted on %s: mean %.4f, standard deviation %.4f (0..1 scale);"
                        + " a blank pixel becomes %.3f, full ink %.3f",
                fittedOn,
                mean,
                standardDeviation,
                standardise(0f),
                standardise(1f));
    }
}
