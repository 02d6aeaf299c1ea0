package digits.model;

import java.util.function.Supplier;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The running layer {@link FastPath} puts in place of Deeplearning4j's convolution layer: the same layer, which
 * keeps its training output for the backward pass when its activation is a plain ReLU.
 *
 * <p>Backpropagation through a ReLU needs to know where the layer's result was positive. Deeplearning4j
 * remembers that by running the convolution forward again during backpropagation ({@code CacheMode.NONE}, its
 * default) or by copying the result before the ReLU ({@code CacheMode.DEVICE}). The ReLU's output tells the
 * same, since it is positive exactly where its input was: this layer keeps a reference to it, and neither runs
 * the convolution twice nor copies anything. With any other activation it behaves exactly like Deeplearning4j's.
 *
 * <p>When a max-pooling layer follows, {@link FastPath} can move the ReLU past it ({@link #leaveReluToPooling}):
 * the largest of a window's ReLU outputs is the ReLU of its largest input, so pooling first and then taking the
 * ReLU gives the same numbers from a quarter of the values (for 2 x 2 windows), and the ReLU's backward pass
 * happens in the pooling layer's, where the gradient is a quarter of the size too. In training this layer then
 * hands on its result before the ReLU and receives the gradient before the ReLU; outside training (predictions,
 * the activations a notebook shows) it computes its ReLU as always.
 */
class FastConvolution extends ConvolutionLayer {

    private INDArray keptOutput; // this layer's training output, for a plain ReLU
    private INDArray keptFor; // the input it was computed from
    private boolean reluInPooling; // the max pooling after this layer takes its ReLU (training only)
    private boolean handedOver; // the last training forward pass left the ReLU to the pooling

    FastConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        forget();
        if (!training || !PlainRelu.is(layerConf().getActivationFn())) {
            return super.activate(training, workspaceMgr);
        }
        CacheMode asSet = cacheMode;
        cacheMode = CacheMode.NONE; // no copy of the result before the ReLU: the output is kept instead
        try {
            keptOutput = reluInPooling
                    ? withoutRelu(() -> super.activate(true, workspaceMgr))
                    : super.activate(true, workspaceMgr);
        } finally {
            cacheMode = asSet;
        }
        keptFor = input;
        handedOver = reluInPooling;
        return keptOutput;
    }

    /**
     * From now on, the max-pooling layer after this one takes this layer's ReLU in training ({@link FastPath}
     * arranges both sides).
     */
    void leaveReluToPooling() {
        reluInPooling = true;
    }

    /**
     * Whether the last training forward pass handed on the result before the ReLU, so that the gradient this
     * layer receives is the gradient before the ReLU.
     */
    boolean handedOver() {
        return handedOver && keptFor == input;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (handedOver()) {
            return withoutRelu(() -> super.backpropGradient(epsilon, workspaceMgr));
        }
        return super.backpropGradient(epsilon, workspaceMgr);
    }

    /** Runs Deeplearning4j's code with the identity in place of this layer's ReLU. */
    private <T> T withoutRelu(Supplier<T> work) {
        var settings = layerConf();
        var relu = settings.getActivationFn();
        settings.setActivationFn(new ActivationIdentity());
        try {
            return work.get();
        } finally {
            settings.setActivationFn(relu);
        }
    }

    /** Whether the output of a training forward pass on the current input is kept. */
    boolean keeps() {
        return keptOutput != null && keptFor == input;
    }

    /**
     * For backpropagation, the kept ReLU output in place of the result before the ReLU: Deeplearning4j's ReLU
     * derivative reads only where it is positive.
     */
    @Override
    protected Pair<INDArray, INDArray> preOutput4d(
            boolean training, boolean forBackprop, LayerWorkspaceMgr workspaceMgr) {
        if (forBackprop && keeps()) {
            return new Pair<>(keptOutput, null);
        }
        return super.preOutput4d(training, forBackprop, workspaceMgr);
    }

    /**
     * The gradient before the activation, from the gradient after it: {@code epsilon} itself when the ReLU was
     * left to the pooling layer; with a kept ReLU output, {@code epsilon} where the output is positive and 0
     * elsewhere, written over {@code epsilon}; otherwise the activation's own derivative at the result before it.
     */
    INDArray gradientBeforeActivation(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (handedOver()) { // the pooling layer after took the ReLU, and its gradient
            forget();
            return epsilon;
        }
        if (keeps()) {
            INDArray gradient = PlainRelu.backprop(keptOutput, epsilon, workspaceMgr);
            forget();
            return gradient;
        }
        INDArray beforeActivation = preOutput4d(true, true, workspaceMgr).getFirst(); // cached, or computed again
        return layerConf().getActivationFn().backprop(beforeActivation, epsilon).getFirst();
    }

    private void forget() {
        keptOutput = null;
        keptFor = null;
        handedOver = false;
    }

    @Override
    public void clear() {
        super.clear();
        forget();
    }
}
