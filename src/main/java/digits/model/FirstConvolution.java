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
 * one column per output position) times the input cut into patches (one row per output position, one column per
 * filter weight, holding the input value that weight saw there). The input gradient it leaves out would be the
 * weights times the output's gradient, folded back into a picture.
 */
class FirstConvolution extends FastConvolution {

    // Kept between batches, outside any workspace: the patches' column of ones is written once, and the input
    // gradient it skips (NaN) once per input shape.
    private INDArray patches;
    private INDArray notComputed;

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
        long outDepth = weights.size(0);
        long taps = weights.size(1) * weights.size(2) * weights.size(3);

        INDArray byFilter = byFilter(gradientBeforeActivation(epsilon.castTo(dataType), workspaceMgr), workspaceMgr);
        INDArray windows =
                patches(input, (int) weights.size(2), (int) weights.size(3), epsilon.size(2), epsilon.size(3));
        INDArray both = workspaceMgr.createUninitialized(
                ArrayType.BP_WORKING_MEM, dataType, new long[] {outDepth, taps + 1}, 'c');
        Nd4j.gemm(byFilter, windows, both, false, false, 1.0, 0.0);
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
        return new Pair<>(gradient, notComputed(input));
    }

    /**
     * The gradient before the activation, one row per filter, one column per output position of each image: as it
     * came when the pooling layer after laid it out so ({@link FastMaxPooling}), otherwise copied into that order.
     */
    private INDArray byFilter(INDArray delta, LayerWorkspaceMgr workspaceMgr) {
        long images = delta.size(0);
        long filters = delta.size(1);
        long area = delta.size(2) * delta.size(3);
        INDArray asLaidOut = delta.permute(1, 0, 2, 3);
        if (asLaidOut.ordering() == 'c' && Shape.hasDefaultStridesForShape(asLaidOut)) {
            return asLaidOut.reshape('c', filters, images * area);
        }
        INDArray byFilter = workspaceMgr.createUninitialized(
                ArrayType.BP_WORKING_MEM, dataType, new long[] {filters, images, area}, 'c');
        byFilter.assign(delta.reshape('c', images, filters, area).permute(1, 0, 2));
        return byFilter.reshape('c', filters, images * area);
    }

    /**
     * The input cut into patches: one row per output position of each image (image, row, column), one column per
     * filter weight (channel, ky, kx) holding the input value that weight saw there, and a last column of ones,
     * which makes the product with the gradient give the bias gradient (each filter's gradient summed) as well.
     * Each channel is one copy from a view of the input whose strides step through the windows (reading each
     * pixel up to kH x kW times). Rows of patches, not columns, let oneDNN's matrix product read them in order.
     */
    private INDArray patches(INDArray input, int kH, int kW, long outH, long outW) {
        long miniBatch = input.size(0);
        long inDepth = input.size(1);
        long taps = inDepth * kH * kW;
        long[] shape = {miniBatch, outH, outW, taps + 1};
        if (patches == null || patches.dataType() != dataType || !Arrays.equals(patches.shape(), shape)) {
            try (var outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                patches = Nd4j.createUninitialized(dataType, shape, 'c');
            }
            patches.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(taps))
                    .assign(1);
        }
        int[] strides = layerConf().getStride();
        INDArray rowMajor = input.ordering() == 'c' && Shape.hasDefaultStridesForShape(input) ? input : input.dup('c');
        long[] step = rowMajor.stride(); // image, channel, row, column
        for (int channel = 0; channel < inDepth; channel++) {
            INDArray windows = Nd4j.create(
                    rowMajor.data(),
                    new long[] {miniBatch, outH, outW, kH, kW},
                    new long[] {step[0], step[2] * strides[0], step[3] * strides[1], step[2], step[3]},
                    rowMajor.offset() + channel * step[1],
                    'c');
            patches.get(
                            NDArrayIndex.all(),
                            NDArrayIndex.all(),
                            NDArrayIndex.all(),
                            NDArrayIndex.interval((long) channel * kH * kW, (long) (channel + 1) * kH * kW))
                    .reshape('c', miniBatch, outH, outW, kH, kW)
                    .assign(windows);
        }
        return patches.reshape('c', miniBatch * outH * outW, taps + 1);
    }

    /**
     * The network passes the first layer's input gradient on to nobody, but its input pre-processor still
     * reshapes one: an array of the input's shape, filled with NaN so that it cannot pass for a gradient.
     */
    private INDArray notComputed(INDArray input) {
        if (notComputed == null
                || notComputed.dataType() != dataType
                || !Arrays.equals(notComputed.shape(), input.shape())) {
            try (var outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                notComputed = Nd4j.valueArrayOf(input.shape(), Float.NaN, dataType);
            }
        }
        return notComputed;
    }
}
