package digits.model;

import digits.data.DigitImage;
import digits.data.DigitSet;
import java.util.Arrays;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network's answers for digits: the check that a network fits 28 x 28 digits and 10 classes, its ten
 * probabilities for every image of a {@link DigitSet} (computed in batches of {@value #BATCH_SIZE}, without an
 * object per image), the most probable class, and the loss and accuracy the trainer validates with.
 * The trainer and {@code digits.evaluation.Predictor} both answer through this class.
 */
public final class Inference {

    /** Images per forward pass: big enough to keep the CPU busy, small enough to keep memory modest. */
    static final int BATCH_SIZE = 512;

    private static final int PIXELS = DigitImage.PIXELS;
    private static final int CLASSES = 10;

    /** Smallest probability used in the log, as in Deeplearning4j's own loss, so that a sure mistake costs ~23, not infinity. */
    private static final double MIN_PROBABILITY = 1e-10;

    private Inference() {}

    /**
     * Checks, with one image of zeros, that the network takes rows of 784 pixels and answers with 10 numbers.
     *
     * @param model the network
     * @throws IllegalArgumentException if it is not initialised, does not take 784 pixels or does not give 10 outputs
     */
    public static void checkNetwork(MultiLayerNetwork model) {
        checkNetwork(model, PIXELS, "28 x 28 digits", CLASSES, "one probability per digit");
    }

    /**
     * Checks, with one input of zeros, that the network takes rows of {@code inputs} values and answers with
     * {@code classes} numbers.
     *
     * @param model     the network
     * @param inputs    how many values it must take
     * @param inputsAre what those values are, for the message
     * @param classes   how many outputs it must give
     * @param outputsAre what those outputs are, for the message
     * @throws IllegalArgumentException if it is not initialised, does not take the inputs or give the outputs
     */
    public static void checkNetwork(
            MultiLayerNetwork model, int inputs, String inputsAre, int classes, String outputsAre) {
        Objects.requireNonNull(model, "model");
        if (model.getLayers() == null) {
            throw new IllegalArgumentException(
                    "the network is not initialised: call model.init() first" + " (Cnn.build does this)");
        }
        INDArray out;
        try {
            out = model.output(Nd4j.zeros(DataType.FLOAT, 1, inputs), false);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "the network does not take rows of " + inputs + " pixels (" + inputsAre + "): " + e.getMessage(),
                    e);
        }
        if (out.rank() != 2 || out.size(1) != classes) {
            throw new IllegalArgumentException("the network answers with shape " + Arrays.toString(out.shape())
                    + " for one image: expected " + classes + " outputs, " + outputsAre);
        }
    }

    /**
     * Runs {@code model} over every image of {@code set}.
     *
     * @param model a network taking rows of 784 pixels in 0..1 and giving one probability per class
     * @param set   the images
     * @return {@code set.size()} rows of probabilities, row after row in one array
     *     (image i's probability of class c is at {@code i * classes + c})
     */
    public static float[] probabilities(MultiLayerNetwork model, DigitSet set) {
        Objects.requireNonNull(model, "model");
        float[] result = null;
        int classes = 0;
        for (int from = 0; from < set.size(); from += BATCH_SIZE) {
            int n = Math.min(BATCH_SIZE, set.size() - from);
            float[] features = new float[n * PIXELS];
            for (int row = 0; row < n; row++) {
                set.copyScaledPixels(from + row, features, row * PIXELS);
            }
            INDArray out = model.output(Nd4j.create(features, new long[] {n, PIXELS}), false);
            if (result == null) {
                classes = (int) out.size(1);
                result = new float[set.size() * classes];
            }
            System.arraycopy(rowMajor(out), 0, result, from * classes, n * classes);
        }
        return result == null ? new float[0] : result;
    }

    /**
     * @param values an array holding one or more rows of scores
     * @param offset where the row starts
     * @param length the row's length, 1 or more
     * @return the position (0..length-1) of the row's largest value; the first one on a tie
     */
    public static int argMax(float[] values, int offset, int length) {
        int best = 0;
        for (int k = 1; k < length; k++) {
            if (values[offset + k] > values[offset + best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Mean negative log-likelihood and accuracy over a set.
     *
     * @param loss     mean of -log(probability given to the right digit)
     * @param accuracy fraction 0..1 of images whose most probable digit is the right one
     */
    public record Scores(double loss, double accuracy) {}

    /** Scores the network on every image of {@code set}, from {@link #probabilities}. */
    public static Scores scores(MultiLayerNetwork model, DigitSet set) {
        float[] p = probabilities(model, set);
        int classes = set.size() == 0 ? 0 : p.length / set.size();
        double lossSum = 0;
        int correct = 0;
        for (int row = 0; row < set.size(); row++) {
            int label = set.label(row);
            lossSum -= Math.log(Math.max(p[row * classes + label], MIN_PROBABILITY));
            if (argMax(p, row * classes, classes) == label) {
                correct++;
            }
        }
        return new Scores(lossSum / set.size(), (double) correct / set.size());
    }

    /**
     * @param matrix a [rows, columns] matrix
     * @return the column of the largest value in each row
     */
    public static int[] rowArgMax(INDArray matrix) {
        float[] values = rowMajor(matrix);
        int rows = (int) matrix.size(0), columns = (int) matrix.size(1);
        int[] result = new int[rows];
        for (int row = 0; row < rows; row++) {
            result[row] = argMax(values, row * columns, columns);
        }
        return result;
    }

    /** A matrix's values, row after row, copied into a Java array. */
    private static float[] rowMajor(INDArray matrix) {
        return matrix.reshape('c', new long[] {matrix.length()}).toFloatVector();
    }
}
