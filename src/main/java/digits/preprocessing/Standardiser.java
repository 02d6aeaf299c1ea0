package digits.preprocessing;

import digits.check.Check;
import digits.data.DigitSet;
import digits.data.PixelStats;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
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
            throw new IllegalArgumentException("cannot fit a standardiser on " + training.name() + ": the set is empty");
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
     * How the standardised pixel values of {@code set} are spread: the share of all pixels in each of
     * {@code bins} equal ranges between the smallest (pixel 0) and largest (pixel 255) standardised value.
     *
     * @param set  the images
     * @param bins how many ranges, 1..256
     * @return a table with columns "values" (such as "-0.42 to -0.02") and "share of pixels" (0..1)
     */
    public Table histogram(DigitSet set, int bins) {
        Check.inRange("bins", bins, 1, 256);
        // Standardising is a straight-line map of 0..255, so each raw value lands in one bin.
        double low = standardise(0f), high = standardise(1f);
        Table raw = set.pixelHistogram(256);
        double[] shares = new double[bins];
        for (int v = 0; v < 256; v++) {
            double z = standardise(v / 255f);
            int bin = Math.min(bins - 1, (int) ((z - low) / (high - low) * bins));
            shares[bin] += raw.doubleColumn("share of pixels").getDouble(v);
        }
        String[] ranges = new String[bins];
        for (int bin = 0; bin < bins; bin++) {
            // each bar is labelled by its middle value: "a to b" labels for 8 bars do not fit side by side
            ranges[bin] = String.format(Locale.ROOT, "%.2f", low + (bin + 0.5) * (high - low) / bins);
        }
        return Table.create(set.name() + ": standardised pixel values", StringColumn.create("values", ranges),
                DoubleColumn.create("share of pixels", shares));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Standardiser fitted on %s: mean %.4f, standard deviation %.4f (0..1 scale);"
                + " a blank pixel becomes %.4f, full ink %.4f", fittedOn, mean, standardDeviation,
                standardise(0f), standardise(1f));
    }
}
