package digits.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The running layer {@link FastPath} puts in place of Deeplearning4j's dense layer: the same layer, with its
 * forward result kept for the backward pass and its three matrix products written where the fast routine works.
 *
 * <p>A dense layer's training is three matrix products: the forward pass (input times weights), the weights'
 * gradient (input transposed times the gradient) and the gradient for the layer below (the gradient times the
 * weights transposed). In the onednn build of ND4J 1.0.0-M2.1, a product runs on oneDNN's matrix multiplication
 * only when it is called as {@code Nd4j.gemm} with a row-major result; Deeplearning4j's dense layer calls
 * {@code mmul} or writes into the column-major weight gradient, and those run on a slower generic routine
 * (about 5 times slower for LeNet's 64 x 800 by 800 x 500 product on an AVX-512 Xeon). This layer writes each
 * product into a row-major array: the weight gradient as its transpose, which is the same memory.
 *
 * <p>Deeplearning4j also computes the forward product a second time during backpropagation; this layer keeps
 * the forward result: the output itself for a plain ReLU (positive exactly where its input was), a copy of the
 * result before the activation otherwise. Layer normalisation, weight noise and masks keep Deeplearning4j's code.
 */
class FastDense extends DenseLayer {

    private INDArray kept; // the ReLU's output, or the result before another activation
    private INDArray keptFor; // the input it was computed from

    FastDense(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private boolean plainCase() {
        return !hasLayerNorm()
                && layerConf().getWeightNoise() == null
                && maskArray == null
                && input != null
                && input.rank() == 2
                && input.columns()
                        == getParam(DefaultParamInitializer.WEIGHT_KEY).rows();
    }

    @Override
    protected Pair<INDArray, INDArray> preOutputWithPreNorm(
            boolean training, boolean forBackprop, LayerWorkspaceMgr workspaceMgr) {
        if (!plainCase()) {
            return super.preOutputWithPreNorm(training, forBackprop, workspaceMgr); // and its error messages
        }
        assertInputSet(forBackprop);
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
        INDArray in = input.castTo(dataType);
        INDArray z = workspaceMgr.createUninitialized(
                ArrayType.ACTIVATIONS, weights.dataType(), new long[] {in.size(0), weights.size(1)}, 'c');
        Nd4j.gemm(in, weights, z, false, false, 1.0, 0.0);
        if (hasBias()) {
            z.addiRowVector(getParam(DefaultParamInitializer.BIAS_KEY));
        }
        return new Pair<>(z, z);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        forget();
        if (!training || !plainCase()) {
            return super.activate(training, workspaceMgr);
        }
        INDArray z = preOutput(true, workspaceMgr);
        boolean relu = PlainRelu.is(layerConf().getActivationFn());
        INDArray beforeActivation = relu ? null : workspaceMgr.dup(ArrayType.ACTIVATIONS, z);
        INDArray output = layerConf().getActivationFn().getActivation(z, true);
        kept = relu ? output : beforeActivation;
        keptFor = input;
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (kept == null || keptFor != input || !plainCase()) {
            forget();
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        INDArray delta = layerConf().getActivationFn().backprop(kept, epsilon).getFirst();
        forget();
        Gradient gradient = new DefaultGradient();
        if (hasBias()) {
            INDArray biasGradient = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
            delta.sum(biasGradient, 0);
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradient);
        }
        INDArray in = input.castTo(dataType);
        INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
        INDArray weightGradient = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY); // column-major [in, out]
        // Its transpose is row-major [out, in], the same memory: deltaᵀ times the input.
        Nd4j.gemm(delta, in, weightGradient.transpose(), true, false, 1.0, 0.0);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradient);
        INDArray epsilonNext = workspaceMgr.createUninitialized(
                ArrayType.ACTIVATION_GRAD, delta.dataType(), new long[] {delta.size(0), weights.size(0)}, 'c');
        Nd4j.gemm(delta, weights, epsilonNext, false, true, 1.0, 0.0);
        weightNoiseParams.clear();
        return new Pair<>(gradient, backpropDropOutIfPresent(epsilonNext));
    }

    private void forget() {
        kept = null;
        keptFor = null;
    }

    @Override
    public void clear() {
        super.clear();
        forget();
    }
}
