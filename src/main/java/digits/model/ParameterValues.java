package digits.model;

import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a network's parameters hold: how many are weights and how many biases, and the range of each, for instance
 * to see how a network starts before training ("430,500 weights between -0.41 and 0.41; 580 biases, all 0").
 *
 * @param weights       how many weights (Deeplearning4j's parameters named "W")
 * @param lowestWeight  the smallest weight
 * @param highestWeight the largest weight
 * @param biases        how many biases ("b")
 * @param lowestBias    the smallest bias
 * @param highestBias   the largest bias
 */
public record ParameterValues(
        long weights, double lowestWeight, double highestWeight, long biases, double lowestBias, double highestBias) {

    /**
     * @param network an initialised network
     * @return its weights and biases counted, with their ranges
     */
    public static ParameterValues of(MultiLayerNetwork network) {
        long weights = 0, biases = 0;
        double[] weightRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] biasRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < network.getnLayers(); i++) {
            for (Map.Entry<String, INDArray> entry :
                    network.getLayer(i).paramTable().entrySet()) {
                INDArray values = entry.getValue();
                boolean bias = entry.getKey().equals("b");
                double[] range = bias ? biasRange : weightRange;
                range[0] = Math.min(range[0], values.minNumber().doubleValue());
                range[1] = Math.max(range[1], values.maxNumber().doubleValue());
                if (bias) {
                    biases += values.length();
                } else {
                    weights += values.length();
                }
            }
        }
        return new ParameterValues(weights, weightRange[0], weightRange[1], biases, biasRange[0], biasRange[1]);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%,d weights, %s; %,d biases, %s",
                weights,
                range(lowestWeight, highestWeight),
                biases,
                range(lowestBias, highestBias));
    }

    private static String range(double low, double high) {
        return low == 0 && high == 0
                ? "all 0"
                : low == high
                        ? String.format(Locale.ROOT, "all %.3g", low)
                        : String.format(Locale.ROOT, "between %.2f and %.2f", low, high);
    }
}
