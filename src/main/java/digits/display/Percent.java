package digits.display;

import java.util.Locale;

/**
 * The one way the course writes a probability: as a percentage with one decimal, <b>rounded down</b>, so that
 * "99.9 %" means at least 99.9 % and less than 100 %. No probability reads 100 %: a network's softmax answer is never
 * certain, even where float arithmetic rounds it to exactly 1. Every picture and text that shows a probability
 * (how sure the network is, a bar's label) writes it with {@link #of}.
 *
 * <pre>{@code
 * Percent.of(0.99996)   // "99.9 %"
 * Percent.of(0.5)       // "50.0 %"
 * Percent.of(1.0)       // "99.9 %": a probability of 1 is a rounding, never certainty
 * }</pre>
 */
public final class Percent {

    /** The highest percentage ever written, in tenths: 99.9 %. */
    private static final int HIGHEST_TENTHS = 999;
    /** Absorbs float rounding (a float holds about 7 digits), so that 0.7f gives 70.0 and not 69.9. */
    private static final double ROUNDING_SLACK = 1e-7;

    private Percent() {}

    /**
     * @param probability 0 to 1
     * @return the probability as a percentage rounded down to one decimal and at most 99.9, with a space before
     *     the sign: "97.3 %"
     * @throws IllegalArgumentException if the probability is not 0 to 1 (give or take float rounding)
     */
    public static String of(double probability) {
        if (!(probability >= -ROUNDING_SLACK && probability <= 1 + ROUNDING_SLACK)) {
            throw new IllegalArgumentException("probability must be 0 to 1, not " + probability);
        }
        int tenths = (int) Math.max(0, Math.min(HIGHEST_TENTHS, Math.floor((probability + ROUNDING_SLACK) * 1000)));
        return String.format(Locale.ROOT, "%d.%d %%", tenths / 10, tenths % 10);
    }
}
