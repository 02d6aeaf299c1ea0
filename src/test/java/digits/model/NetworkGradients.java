package digits.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Gradients of a network on a fixed batch of random pictures, and a comparison of two such sets, for the layer tests. */
final class NetworkGradients {

    private NetworkGradients() {}

    /** Every parameter's gradient on one batch of {@code batch} random pictures of {@code pixels} pixels each. */
    static Map<String, INDArray> of(MultiLayerNetwork network, int batch, int pixels) {
        Nd4j.getRandom().setSeed(5);
        network.setInput(Nd4j.rand(DataType.FLOAT, batch, pixels));
        network.setLabels(labels(batch));
        Nd4j.getRandom().setSeed(6); // the same dropout masks in both networks
        network.computeGradientAndScore();
        Map<String, INDArray> gradients = new TreeMap<>();
        network.gradient().gradientForVariable().forEach((name, gradient) -> gradients.put(name, gradient.dup()));
        return gradients;
    }

    /** One-hot labels, digit (3 i) mod 10 for row i. */
    static INDArray labels(int count) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, count, 10);
        for (int i = 0; i < count; i++) {
            labels.putScalar(i, (i * 3) % 10, 1f);
        }
        return labels;
    }

    /** Asserts that no value of {@code actual} differs from {@code expected} by more than 1e-4 of its largest value. */
    static void assertClose(String name, INDArray expected, INDArray actual) {
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double difference = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(
                difference <= 1e-4 * scale,
                name + ": largest difference " + difference + " against largest value " + scale);
    }
}
