package digits.features;

import digits.data.Shuffle;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Multinomial logistic (softmax) regression, written out: ten scores, each a weighted sum of the inputs plus
 * a bias; softmax turns them into probabilities; mini-batch gradient descent with Adam lowers the mean
 * negative log-likelihood. This is the maths of a Deeplearning4j {@code OutputLayer} with softmax, in plain
 * Java because here a few thousand tiny steps are far quicker without a tensor library's per-step cost.
 */
final class SoftmaxRegression {

    private static final int CLASSES = 10;
    private static final double BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-8;

    private final int inputs;
    private final double[] weights; // [class][input], row after row, then one bias per class at the end

    private SoftmaxRegression(int inputs, double[] weights) {
        this.inputs = inputs;
        this.weights = weights;
    }

    /**
     * @param x      n rows of {@code inputs} numbers
     * @param labels n digits
     * @return the fitted model
     */
    static SoftmaxRegression fit(
            float[] x, int[] labels, int inputs, int epochs, int batchSize, double learningRate, long seed) {
        int n = labels.length;
        int size = CLASSES * inputs + CLASSES;
        double[] w = new double[size], m = new double[size], v = new double[size], gradient = new double[size];
        SplittableRandom random = new SplittableRandom(seed);
        double range = Math.sqrt(6.0 / (inputs + CLASSES)); // Xavier-uniform, as Deeplearning4j would start
        for (int k = 0; k < CLASSES * inputs; k++) {
            w[k] = (2 * random.nextDouble() - 1) * range;
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        double[] p = new double[CLASSES];
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Shuffle.first(order, n, random);
            for (int from = 0; from < n; from += batchSize) {
                int count = Math.min(batchSize, n - from);
                Arrays.fill(gradient, 0);
                for (int row = 0; row < count; row++) {
                    int i = order[from + row];
                    probabilities(w, inputs, x, i * inputs, p);
                    p[labels[i]] -= 1; // d(loss)/d(score) = probability - one-hot label
                    for (int c = 0; c < CLASSES; c++) {
                        double g = p[c] / count;
                        int base = c * inputs;
                        for (int f = 0; f < inputs; f++) {
                            gradient[base + f] += g * x[i * inputs + f];
                        }
                        gradient[CLASSES * inputs + c] += g;
                    }
                }
                step++;
                double correction1 = 1 - Math.pow(BETA1, step), correction2 = 1 - Math.pow(BETA2, step);
                for (int k = 0; k < size; k++) {
                    m[k] = BETA1 * m[k] + (1 - BETA1) * gradient[k];
                    v[k] = BETA2 * v[k] + (1 - BETA2) * gradient[k] * gradient[k];
                    w[k] -= learningRate * (m[k] / correction1) / (Math.sqrt(v[k] / correction2) + EPSILON);
                }
            }
        }
        return new SoftmaxRegression(inputs, w);
    }

    /** Writes the ten probabilities for the row of {@code x} starting at {@code offset} into {@code p}. */
    private static void probabilities(double[] w, int inputs, float[] x, int offset, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double score = w[CLASSES * inputs + c];
            for (int f = 0; f < inputs; f++) {
                score += w[c * inputs + f] * x[offset + f];
            }
            p[c] = score;
            max = Math.max(max, score);
        }
        double total = 0;
        for (int c = 0; c < CLASSES; c++) {
            p[c] = Math.exp(p[c] - max); // minus the largest score: same result, no overflow
            total += p[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            p[c] /= total;
        }
    }

    /** Writes the ten probabilities for the row of {@code x} starting at {@code offset} into {@code out} at {@code at}. */
    void probabilities(float[] x, int offset, float[] out, int at) {
        double[] p = new double[CLASSES];
        probabilities(weights, inputs, x, offset, p);
        for (int c = 0; c < CLASSES; c++) {
            out[at + c] = (float) p[c];
        }
    }

    /** @return the most probable digit for the row of {@code x} starting at {@code offset} */
    int predict(float[] x, int offset) {
        double[] p = new double[CLASSES];
        probabilities(weights, inputs, x, offset, p);
        int best = 0;
        for (int c = 1; c < CLASSES; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** @return the weight of input {@code feature} in the score of {@code digit} */
    double weight(int digit, int feature) {
        return weights[digit * inputs + feature];
    }
}
