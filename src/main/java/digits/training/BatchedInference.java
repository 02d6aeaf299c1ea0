package digits.training;

import digits.data.DigitSet;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Loss and accuracy of a network over a whole {@link DigitSet}, computed from the batched
 * {@link Inference}; shared by {@link Trainer#accuracy} and the trainer's validation.
 */
final class BatchedInference {

    /** Images per forward pass: big enough to keep the CPU busy, small enough to keep memory modest. */
    static final int BATCH_SIZE = 512;

    /** Smallest probability used in the log, as in Deeplearning4j's own loss, so that a sure mistake costs ~23, not infinity. */
    private static final double MIN_PROBABILITY = 1e-10;

    private BatchedInference() {
    }

    /**
     * Mean negative log-likelihood and accuracy over a set.
     *
     * @param loss     mean of -log(probability given to the right digit)
     * @param accuracy fraction 0..1 of images whose most probable digit is the right one
     */
    record Scores(double loss, double accuracy) {
    }

    /** Scores the network on every image of {@code set}, from {@link Inference#probabilities}. */
    static Scores evaluate(MultiLayerNetwork model, DigitSet set) {
        float[] p = Inference.probabilities(model, set);
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

    /** The column of the largest value in each row of a [rows, columns] matrix. */
    static int[] rowArgMax(INDArray matrix) {
        float[] values = rowMajor(matrix);
        int rows = (int) matrix.size(0), columns = (int) matrix.size(1);
        int[] result = new int[rows];
        for (int row = 0; row < rows; row++) {
            result[row] = argMax(values, row * columns, columns);
        }
        return result;
    }

    /** A matrix's values, row after row, copied into a Java array. */
    static float[] rowMajor(INDArray matrix) {
        return matrix.reshape('c', new long[] {matrix.length()}).toFloatVector();
    }

    private static int argMax(float[] values, int offset, int length) {
        int best = 0;
        for (int k = 1; k < length; k++) {
            if (values[offset + k] > values[offset + best]) {
                best = k;
            }
        }
        return best;
    }
}
