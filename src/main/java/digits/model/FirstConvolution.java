package digits.model;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The running layer behind {@link FirstConvolutionLayer}, and the one {@link FastPath} gives a network's first
 * convolution: Deeplearning4j's convolution layer with a backward pass that computes the weight and bias
 * gradients only (and keeps its ReLU output for it, as {@link FastConvolution} does).
 *
 * <p>The weight gradient of a convolution is one matrix product: the output's gradient (one row per filter,
 * one column per output position) times the input cut into patches (one row per filter weight, holding the
 * input value that weight saw at each output position). The input gradient it leaves out would be the
 * weights times the output's gradient, folded back into a picture.
 */
class FirstConvolution extends FastConvolution {

    FirstConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        var settings = layerConf();
        boolean plainCase = getIndex() == 0
                && settings.getCnn2dDataFormat() == CNN2DFormat.NCHW
                && convolutionMode != ConvolutionMode.Same
                && settings.getWeightNoise() == null
                && Arrays.stream(settings.getPadding()).allMatch(p -> p == 0)
                && Arrays.stream(settings.getDilation()).allMatch(d -> d == 1);
        if (!plainCase) { // not first, or a set-up the patches below do not cover: Deeplearning4j's own backprop
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray input = this.input.castTo(dataType);
        INDArray weights = getParam(ConvolutionParamInitializer.WEIGHT_KEY);
        long miniBatch = input.size(0);
        long outDepth = weights.size(0);
        long inDepth = weights.size(1);
        int kH = (int) weights.size(2);
        int kW = (int) weights.size(3);

        INDArray delta = gradientBeforeActivation(epsilon.castTo(dataType), workspaceMgr);
        long outH = delta.size(2);
        long outW = delta.size(3);

        int[] strides = settings.getStride();
        long taps = inDepth * kH * kW;
        long positions = miniBatch * outH * outW;
        // One row per filter weight (channel, ky, kx), one column per output position of each image: the input
        // value that weight saw there. For each channel that is one copy from a view of the input whose strides
        // step through the windows (kH x kW x images x outH x outW, reading each pixel up to 25 times). A last
        // row of ones makes the same product give the bias gradient (each filter's gradient summed) as well.
        INDArray patches = workspaceMgr.createUninitialized(
                ArrayType.BP_WORKING_MEM, dataType, new long[] {taps + 1, miniBatch, outH, outW}, 'c');
        INDArray rowMajor = input.ordering() == 'c' && Shape.hasDefaultStridesForShape(input) ? input : input.dup('c');
        long[] step = rowMajor.stride(); // image, channel, row, column
        for (int channel = 0; channel < inDepth; channel++) {
            INDArray windows = Nd4j.create(
                    rowMajor.data(),
                    new long[] {kH, kW, miniBatch, outH, outW},
                    new long[] {step[2], step[3], step[0], step[2] * strides[0], step[3] * strides[1]},
                    rowMajor.offset() + channel * step[1],
                    'c');
            patches.get(NDArrayIndex.interval((long) channel * kH * kW, (long) (channel + 1) * kH * kW))
                    .reshape('c', kH, kW, miniBatch, outH, outW)
                    .assign(windows);
        }
        patches.get(NDArrayIndex.point(taps)).assign(1);
        // One row per filter, one column per output position of each image, in the patches' column order.
        INDArray byFilter = workspaceMgr.createUninitialized(
                ArrayType.BP_WORKING_MEM, dataType, new long[] {outDepth, miniBatch, outH * outW}, 'c');
        byFilter.assign(delta.reshape('c', miniBatch, outDepth, outH * outW).permute(1, 0, 2));
        INDArray both = workspaceMgr.createUninitialized(
                ArrayType.BP_WORKING_MEM, dataType, new long[] {outDepth, taps + 1}, 'c');
        Nd4j.gemm(
                byFilter.reshape('c', outDepth, positions),
                patches.reshape('c', taps + 1, positions),
                both,
                false,
                true,
                1.0,
                0.0);
        INDArray weightGradient = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        Shape.newShapeNoCopy(weightGradient, new long[] {outDepth, taps}, false)
                .assign(both.get(NDArrayIndex.all(), NDArrayIndex.interval(0, taps)));

        Gradient gradient = new DefaultGradient();
        if (settings.hasBias()) {
            INDArray biasGradient = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            biasGradient.assign(
                    both.get(NDArrayIndex.all(), NDArrayIndex.point(taps)).reshape(biasGradient.shape()));
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGradient);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGradient, 'c');
        weightNoiseParams.clear();

        // The network passes the first layer's input gradient on to nobody, but its input pre-processor still
        // reshapes one: give it an array of the input's shape, filled with NaN so that it cannot pass for a gradient.
        INDArray notComputed = workspaceMgr
                .createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c')
                .assign(Float.NaN);
        return new Pair<>(gradient, notComputed);
    }
}
