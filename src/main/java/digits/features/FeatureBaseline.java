package digits.features;

import digits.check.Check;
import digits.data.DigitSet;
import digits.evaluation.TestReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The baseline to beat: softmax regression on {@link HandMadeFeatures}. Each feature is first standardised
 * (mean 0, standard deviation 1, measured on the training set); then every digit gets a score that is a
 * weighted sum of the features plus a bias, and softmax turns the ten scores into probabilities. The
 * weights are fitted by mini-batch gradient descent (Adam) on the negative log-likelihood. This is exactly
 * what a softmax output layer computes, the kind of layer that ends the CNN of notebook 04, but fed with
 * {@value HandMadeFeatures#SIZE} hand-made numbers instead of learned ones. It is written in plain Java
 * (package-private {@code SoftmaxRegression}) because it then trains on 60,000 images in about a second,
 * where a tensor library's cost per step made it minutes on a small machine.
 *
 * <pre>{@code
 * FeatureBaseline baseline = FeatureBaseline.train(mnist.train());
 * baseline.test(validation).accuracy()
 * }</pre>
 */
public final class FeatureBaseline {

    /** Passes over the training features. */
    public static final int EPOCHS = 15;
    /** Images per gradient step. */
    public static final int BATCH_SIZE = 128;
    /** Adam's learning rate. */
    public static final double LEARNING_RATE = 0.01;

    private static final int F = HandMadeFeatures.SIZE;

    private final SoftmaxRegression model;
    private final float[] means;
    private final float[] deviations;
    private final String trainedOn;
    private final int trainingImages;

    private FeatureBaseline(SoftmaxRegression model, float[] means, float[] deviations, String trainedOn, int images) {
        this.model = model;
        this.means = means;
        this.deviations = deviations;
        this.trainedOn = trainedOn;
        this.trainingImages = images;
    }

    /**
     * Computes the features of every training image and fits the softmax regression, seed 42.
     *
     * @param training the images to learn from, not empty
     * @return the trained baseline
     */
    public static FeatureBaseline train(DigitSet training) {
        return train(training, 42);
    }

    /**
     * @param training the images to learn from, not empty
     * @param seed     seed for the initial weights and the order of the images
     * @return the trained baseline; the same seed and data give the same baseline
     */
    public static FeatureBaseline train(DigitSet training, long seed) {
        Objects.requireNonNull(training, "training");
        if (training.size() == 0) {
            throw new IllegalArgumentException(
                    "cannot train the baseline on " + training.name() + ": the set is empty");
        }
        int n = training.size();
        float[] x = HandMadeFeatures.matrix(training);
        float[] means = new float[F];
        float[] deviations = new float[F];
        for (int j = 0; j < F; j++) {
            double sum = 0, squares = 0;
            for (int i = 0; i < n; i++) {
                sum += x[i * F + j];
            }
            double mean = sum / n;
            for (int i = 0; i < n; i++) {
                double d = x[i * F + j] - mean;
                squares += d * d;
            }
            means[j] = (float) mean;
            double sd = Math.sqrt(squares / n);
            deviations[j] = sd > 1e-6 ? (float) sd : 1f; // a feature that never changes stays 0
        }
        standardise(x, means, deviations);

        int[] labels = new int[n];
        Arrays.setAll(labels, training::label);
        SoftmaxRegression model = SoftmaxRegression.fit(x, labels, F, EPOCHS, BATCH_SIZE, LEARNING_RATE, seed);
        return new FeatureBaseline(model, means, deviations, training.name(), n);
    }

    private static void standardise(float[] x, float[] means, float[] deviations) {
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - means[i % F]) / deviations[i % F];
        }
    }

    /**
     * @param set images to classify
     * @return the predicted digit of each image
     */
    public int[] predict(DigitSet set) {
        int n = set.size();
        int[] predicted = new int[n];
        if (n == 0) {
            return predicted;
        }
        float[] x = HandMadeFeatures.matrix(set);
        standardise(x, means, deviations);
        for (int i = 0; i < n; i++) {
            predicted[i] = model.predict(x, i * F);
        }
        return predicted;
    }

    /**
     * Classifies every image of {@code set}, computing its features once, and compares the answers
     * with the labels: the same report as {@code Predictor.test} gives for the CNN (accuracy,
     * per-digit table, confusion matrix, mistakes).
     *
     * @param set images the baseline has not learned from, not empty
     * @return the report
     */
    public TestReport test(DigitSet set) {
        Objects.requireNonNull(set, "set");
        if (set.size() == 0) {
            throw new IllegalArgumentException("cannot test the baseline on " + set.name() + ": the set is empty");
        }
        float[] x = HandMadeFeatures.matrix(set);
        standardise(x, means, deviations);
        float[] probabilities = new float[set.size() * 10];
        for (int i = 0; i < set.size(); i++) {
            model.probabilities(x, i * F, probabilities, i * 10);
        }
        return TestReport.of(set, probabilities);
    }

    /**
     * How strongly each feature speaks for each digit: the regression's weight (on standardised features).
     *
     * @param digit 0..9
     * @return a table with columns "feature" and "weight", strongest first
     */
    public Table weights(int digit) {
        Check.digit("digit", digit);
        List<String> names = HandMadeFeatures.names();
        Integer[] order = new Integer[F];
        Arrays.setAll(order, f -> f);
        Arrays.sort(
                order, (a, b) -> Double.compare(Math.abs(model.weight(digit, b)), Math.abs(model.weight(digit, a))));
        String[] features = new String[F];
        double[] values = new double[F];
        for (int k = 0; k < F; k++) {
            features[k] = names.get(order[k]);
            values[k] = Math.round(model.weight(digit, order[k]) * 1000) / 1000.0;
        }
        return Table.create(
                "Weights for digit " + digit + " (positive: speaks for it)",
                StringColumn.create("feature", features),
                DoubleColumn.create("weight", values));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "FeatureBaseline: softmax regression on %d hand-made features,"
                        + " trained on %,d images for %d epochs",
                F,
                trainingImages,
                EPOCHS);
    }
}
