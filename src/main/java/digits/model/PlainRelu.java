package digits.model;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationReLU;

/** Recognises the plain ReLU, max(0, x), whose derivative its output alone gives: 1 where the output is positive. */
final class PlainRelu {

    private PlainRelu() {}

    /** Whether {@code activation} is Deeplearning4j's ReLU with no cap, threshold or negative slope. */
    static boolean is(IActivation activation) {
        return activation instanceof ActivationReLU relu
                && relu.getMax() == null
                && (relu.getThreshold() == null || relu.getThreshold() == 0)
                && (relu.getNegativeSlope() == null || relu.getNegativeSlope() == 0);
    }
}
