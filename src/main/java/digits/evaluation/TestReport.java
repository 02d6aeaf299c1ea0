package digits.evaluation;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.data.Shuffle;
import digits.display.DigitGrid;
import digits.display.MistakePicture;
import digits.display.Percent;
import digits.model.Inference;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * How a network did on a test set: every image's ten probabilities next to its label, and what follows
 * from them: accuracy, per-digit precision and recall, the confusion matrix and the mistakes.
 * Made by {@link Predictor#test(DigitSet)}. Immutable.
 */
public final class TestReport {

    /** Most digits a sample-prediction grid or a mistake gallery shows. */
    public static final int MAX_SHOWN = 100;

    private final DigitSet set;
    private final float[] probabilities;
    private final int[] labels;
    private final int[] predicted;
    private final ConfusionMatrix confusion;

    /**
     * A report on any classifier's answers: ten probabilities per image, in the set's order.
     *
     * @param set           the images classified, with their labels
     * @param probabilities {@code 10 * set.size()} numbers, image after image
     * @return the report
     * @throws IllegalArgumentException if there are not ten probabilities per image
     */
    public static TestReport of(DigitSet set, float[] probabilities) {
        return new TestReport(set, probabilities);
    }

    TestReport(DigitSet set, float[] probabilities) {
        if (probabilities.length != set.size() * 10) {
            throw new IllegalArgumentException("expected 10 probabilities for each of the " + set.size()
                    + " images, found " + probabilities.length + " values");
        }
        this.set = set;
        this.probabilities = probabilities;
        this.labels = new int[set.size()];
        this.predicted = new int[set.size()];
        for (int i = 0; i < set.size(); i++) {
            labels[i] = set.label(i);
            predicted[i] = Inference.argMax(probabilities, i * 10, 10);
        }
        this.confusion = ConfusionMatrix.of(labels, predicted);
    }

    /** @return the images tested */
    public DigitSet set() {
        return set;
    }

    /** @return the number of images tested */
    public int size() {
        return set.size();
    }

    /** @return how many images the network got right */
    public int correct() {
        return confusion.correct();
    }

    /** @return the fraction 0..1 of images the network got right */
    public double accuracy() {
        return (double) correct() / size();
    }

    /**
     * @param i image index in the test set
     * @return the network's prediction for that image
     */
    public Prediction prediction(int i) {
        set.label(i); // checks the index with a clear message
        return Prediction.of(probabilities, i * 10);
    }

    /** @return rows: true digits, columns: predicted digits */
    public ConfusionMatrix confusionMatrix() {
        return confusion;
    }

    /**
     * Precision, recall and F1 for each digit.
     *
     * <p>Precision of 3: of the images the network called 3, the fraction that are 3s. Recall of 3: of the 3s,
     * the fraction the network called 3. F1 is their harmonic mean. Support: how many test images show the digit.
     *
     * @return a table with columns "digit", "precision %", "recall %", "F1 %" (percentages rounded to two
     *     decimals) and "support"
     */
    public Table perClassTable() {
        IntColumn digit = IntColumn.create("digit");
        DoubleColumn precision = DoubleColumn.create("precision %");
        DoubleColumn recall = DoubleColumn.create("recall %");
        DoubleColumn f1 = DoubleColumn.create("F1 %");
        IntColumn support = IntColumn.create("support");
        for (int d = 0; d < 10; d++) {
            int right = confusion.count(d, d);
            int called = confusion.columnTotal(d);
            int actual = confusion.rowTotal(d);
            double p = called == 0 ? 0 : (double) right / called;
            double r = actual == 0 ? 0 : (double) right / actual;
            digit.append(d);
            precision.append(percent(p));
            recall.append(percent(r));
            f1.append(percent(p + r == 0 ? 0 : 2 * p * r / (p + r)));
            support.append(actual);
        }
        return Table.create("Per digit on " + set.name(), digit, precision, recall, f1, support);
    }

    private static double percent(double fraction) {
        return Math.round(fraction * 10_000) / 100.0;
    }

    /**
     * @param k how many at most
     * @return the most frequent (true digit, predicted digit) mistakes; see {@link ConfusionMatrix#mostConfusedPairs}
     */
    public Table mostConfusedPairs(int k) {
        return confusion.mostConfusedPairs(k);
    }

    /** @return every image the network got wrong, in test-set order */
    public List<Mistake> misclassified() {
        List<Mistake> mistakes = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (predicted[i] != labels[i]) {
                mistakes.add(new Mistake(i, set.get(i), prediction(i)));
            }
        }
        return List.copyOf(mistakes);
    }

    /**
     * @param k how many at most
     * @return the mistakes the network was surest of, surest first
     */
    public List<Mistake> mostConfidentMistakes(int k) {
        Check.atLeast("k", k, 1);
        return misclassified().stream()
                .sorted(Comparator.comparingDouble(
                                (Mistake m) -> -m.prediction().confidence())
                        .thenComparingInt(Mistake::index))
                .limit(k)
                .toList();
    }

    /**
     * A grid of {@code n} test digits chosen at random, each captioned "label → prediction (confidence)";
     * wrong predictions are framed in red.
     *
     * @param n    how many, 1..{@value #MAX_SHOWN} (and at most the set's size)
     * @param seed random seed: the same seed shows the same digits
     * @return the picture
     */
    public BufferedImage samplePredictions(int n, long seed) {
        if (n < 1 || n > Math.min(MAX_SHOWN, size())) {
            throw new IllegalArgumentException("n must be 1.." + Math.min(MAX_SHOWN, size()) + ", found " + n);
        }
        return samplePredictions(java.util.Arrays.copyOf(Shuffle.indices(size(), n, seed), n));
    }

    /**
     * A grid of chosen test digits, each captioned "label → prediction (confidence)"; wrong predictions are framed in red.
     *
     * @param indices positions in the test set, 1 to {@value #MAX_SHOWN} of them
     * @return the picture
     */
    public BufferedImage samplePredictions(int... indices) {
        Check.inRange("images chosen", indices.length, 1, MAX_SHOWN);
        // 8 columns of digits drawn 4 times as large: room for "5 → 5 (64.5 %)" under each, 950 pixels wide
        DigitGrid.Builder grid = DigitGrid.builder().columns(8).scale(4);
        for (int i : indices) {
            DigitImage digit = set.get(i);
            Prediction p = prediction(i);
            String caption =
                    String.format(Locale.ROOT, "%d → %d (%s)", digit.label(), p.digit(), Percent.of(p.confidence()));
            if (p.digit() == digit.label()) {
                grid.add(digit, caption);
            } else {
                grid.addWrong(digit, caption);
            }
        }
        return grid.build().picture();
    }

    /**
     * The {@code k} mistakes the network was surest of, each with its ten probabilities as bars
     * (the predicted digit red, the true one green).
     *
     * @param k how many, 1..{@value #MAX_SHOWN}
     * @return the picture (a note instead of digits if the network made no mistake)
     */
    public BufferedImage mistakeGallery(int k) {
        Check.inRange("k", k, 1, MAX_SHOWN);
        List<MistakePicture.Mistake> shown = mostConfidentMistakes(k).stream()
                .map(m -> new MistakePicture.Mistake(
                        m.digit(), m.predictedDigit(), m.prediction().probabilities(), "test image " + m.index()))
                .toList();
        return MistakePicture.of(shown, size() - correct());
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Test on %s: %,d of %,d right, accuracy %.2f %% (%,d mistakes)",
                set.name(),
                correct(),
                size(),
                100 * accuracy(),
                size() - correct());
    }
}
