package digits.preprocessing;

import digits.data.DigitSet;
import digits.data.Shuffle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A set cut in two at random: a training part to learn from and a validation part to check progress on
 * while choosing settings, so that the test set stays untouched until the very end. The cut is
 * <em>stratified</em>: every digit is split in the same proportion, so both parts keep the set's mix of
 * digits. The same seed gives the same cut.
 *
 * <pre>{@code
 * Split split = Split.stratified(mnist.train(), 0.1, 42);   // 54,000 + 6,000
 * }</pre>
 */
public final class Split {

    private final DigitSet training;
    private final DigitSet validation;
    private final int[] trainingIndices;
    private final int[] validationIndices;

    private Split(DigitSet training, DigitSet validation, int[] trainingIndices, int[] validationIndices) {
        this.training = training;
        this.validation = validation;
        this.trainingIndices = trainingIndices;
        this.validationIndices = validationIndices;
    }

    /**
     * Puts a share {@code validationFraction} of each digit's images, chosen at random, in the validation part
     * and the rest in the training part; within each part the images keep their original order.
     *
     * @param set                the images
     * @param validationFraction share of each digit for validation, between 0 and 1 (exclusive)
     * @param seed               random seed
     * @return the split
     * @throws IllegalArgumentException if the fraction is not strictly between 0 and 1
     */
    public static Split stratified(DigitSet set, double validationFraction, long seed) {
        Objects.requireNonNull(set, "set");
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction " + validationFraction
                    + " is out of range: expected a number between 0 and 1, such as 0.1");
        }
        int[] counts = set.classCounts();
        int[][] byDigit = new int[10][];
        int[] filled = new int[10];
        for (int d = 0; d < 10; d++) {
            byDigit[d] = new int[counts[d]];
        }
        for (int i = 0; i < set.size(); i++) {
            int d = set.label(i);
            byDigit[d][filled[d]++] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] toValidation = new boolean[set.size()];
        int validationSize = 0;
        for (int d = 0; d < 10; d++) {
            int[] indices = byDigit[d];
            int take = (int) Math.round(indices.length * validationFraction);
            Shuffle.first(indices, take, random); // the first `take` are a random choice
            for (int k = 0; k < take; k++) {
                toValidation[indices[k]] = true;
            }
            validationSize += take;
        }
        int[] validationIndices = new int[validationSize];
        int[] trainingIndices = new int[set.size() - validationSize];
        for (int i = 0, v = 0, t = 0; i < set.size(); i++) {
            if (toValidation[i]) {
                validationIndices[v++] = i;
            } else {
                trainingIndices[t++] = i;
            }
        }
        String suffix = String.format(Locale.ROOT, " of %s (seed %d)", set.name(), seed);
        return new Split(
                set.select(trainingIndices, "training part" + suffix),
                set.select(validationIndices, "validation part" + suffix),
                trainingIndices,
                validationIndices);
    }

    /** @return the images to learn from */
    public DigitSet training() {
        return training;
    }

    /** @return the images to check on while training */
    public DigitSet validation() {
        return validation;
    }

    /** @return the indices, in the original set, of the training part's images (a copy, ascending) */
    public int[] trainingIndices() {
        return trainingIndices.clone();
    }

    /** @return the indices, in the original set, of the validation part's images (a copy, ascending) */
    public int[] validationIndices() {
        return validationIndices.clone();
    }

    /**
     * @return a table with one row per digit: its images in each part and the share (in %) of that part it
     *     makes up; a stratified split gives both parts nearly the same shares
     */
    public Table classCountTable() {
        int[] digits = new int[10];
        Arrays.setAll(digits, d -> d);
        int[] train = training.classCounts();
        int[] valid = validation.classCounts();
        return Table.create(
                "Images per digit in each part",
                IntColumn.create("digit", digits),
                IntColumn.create("training part", train),
                IntColumn.create("validation part", valid),
                DoubleColumn.create("% of training part", shares(train, training.size())),
                DoubleColumn.create("% of validation part", shares(valid, validation.size())));
    }

    private static double[] shares(int[] counts, int total) {
        double[] shares = new double[counts.length];
        for (int d = 0; d < counts.length; d++) {
            shares[d] = 100.0 * counts[d] / total; // unrounded: tables round for show, comparisons use the counts
        }
        return shares;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "Split: %,d training + %,d validation images", training.size(), validation.size());
    }
}
