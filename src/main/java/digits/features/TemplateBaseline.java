package digits.features;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.evaluation.ConfusionMatrix;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The simplest baseline: the nearest average digit. Training averages the training images of each digit, pixel by
 * pixel (the ten blurred average digits notebook 01 draws); a digit is then read as the one whose average it is
 * closest to, by the root mean square of the 784 pixel differences on the 0..1 scale. It measures no features and
 * learns nothing but ten averages: fastai's pixel-similarity baseline (Howard and Gugger, chapter 4, for a 3 against
 * a 7), here for all ten digits. A model that does not beat it has learned nothing worth its cost.
 *
 * <pre>{@code
 * var templates = TemplateBaseline.train(training);
 * templates.test(validation).accuracy()
 * }</pre>
 */
public final class TemplateBaseline {

    private static final int P = DigitImage.PIXELS;

    /** The ten average digits, pixel values on the 0..1 scale, digit after digit. */
    private final float[] templates;

    private final int trainingImages;

    private TemplateBaseline(float[] templates, int trainingImages) {
        this.templates = templates;
        this.trainingImages = trainingImages;
    }

    /**
     * @param training the images to average; every digit 0..9 must occur
     * @return the baseline, its ten templates the average training image of each digit
     */
    public static TemplateBaseline train(DigitSet training) {
        Objects.requireNonNull(training, "training");
        double[] sums = new double[10 * P];
        int[] counts = training.classCounts();
        for (int d = 0; d < 10; d++) {
            if (counts[d] == 0) {
                throw new IllegalArgumentException("cannot average the digits of " + training.name() + ": it holds no "
                        + d + ", and every digit needs a template");
            }
        }
        float[] pixels = new float[P];
        for (int i = 0; i < training.size(); i++) {
            training.copyScaledPixels(i, pixels, 0);
            int offset = training.label(i) * P;
            for (int p = 0; p < P; p++) {
                sums[offset + p] += pixels[p];
            }
        }
        float[] templates = new float[10 * P];
        for (int k = 0; k < templates.length; k++) {
            templates[k] = (float) (sums[k] / counts[k / P]);
        }
        return new TemplateBaseline(templates, training.size());
    }

    /**
     * @param digit a digit to read
     * @return its root-mean-square distance to each of the ten templates, on the 0..1 scale (0: identical)
     */
    public double[] distances(DigitImage digit) {
        return distances(digit.scaled());
    }

    private double[] distances(float[] pixels) {
        double[] distances = new double[10];
        for (int d = 0; d < 10; d++) {
            double squares = 0;
            for (int p = 0; p < P; p++) {
                double difference = pixels[p] - templates[d * P + p];
                squares += difference * difference;
            }
            distances[d] = Math.sqrt(squares / P);
        }
        return distances;
    }

    /**
     * @param set images to read
     * @return for each, the digit whose template is nearest (the smaller digit when two are equally near)
     */
    public int[] predict(DigitSet set) {
        int[] predicted = new int[set.size()];
        float[] pixels = new float[P];
        for (int i = 0; i < set.size(); i++) {
            set.copyScaledPixels(i, pixels, 0);
            double[] distances = distances(pixels);
            int nearest = 0;
            for (int d = 1; d < 10; d++) {
                nearest = distances[d] < distances[nearest] ? d : nearest;
            }
            predicted[i] = nearest;
        }
        return predicted;
    }

    /**
     * Reads every image of {@code set} and counts the answers against the labels. A template has no probabilities,
     * so the result is the confusion matrix (with its accuracy), not a full report.
     *
     * @param set images the templates were not averaged from, not empty
     * @return rows: true digits, columns: the nearest template
     */
    public ConfusionMatrix test(DigitSet set) {
        Objects.requireNonNull(set, "set");
        if (set.size() == 0) {
            throw new IllegalArgumentException("cannot test the templates on " + set.name() + ": the set is empty");
        }
        int[] labels = new int[set.size()];
        Arrays.setAll(labels, set::label);
        return ConfusionMatrix.of(labels, predict(set));
    }

    /**
     * @param digit 0..9
     * @return that digit's template as a picture (rounded to whole pixel values), for a {@code DigitGrid}
     */
    public DigitImage template(int digit) {
        Check.digit("digit", digit);
        byte[] pixels = new byte[P];
        for (int p = 0; p < P; p++) {
            pixels[p] = (byte) Math.round(255 * templates[digit * P + p]);
        }
        return new DigitImage(digit, pixels);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "TemplateBaseline: the nearest of 10 average digits (root mean square of the"
                        + " pixel differences), averaged over %,d images",
                trainingImages);
    }
}
