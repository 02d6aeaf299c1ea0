package digits.model;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The running layer {@link FastPath} puts in place of Deeplearning4j's max-pooling layer: the same pooling, whose
 * training forward pass remembers where each maximum came from, so that its backward pass runs no forward pass.
 *
 * <p>Backpropagation through max pooling sends each output's gradient to the input that was the largest in its
 * window. Deeplearning4j's backward pass ({@code maxpool2d_bp} in ND4J, on oneDNN) finds those inputs by running
 * the pooling forward again ({@code DNNL_VERBOSE} shows a {@code forward_training} per batch beside the forward
 * pass's {@code forward_inference}). This layer notes the position of each maximum while it pools (the first
 * one, when several are equal) and sends the gradient straight there.
 *
 * <p>It works on float pictures in channels-first order without padding, the course's case; anything else, and
 * every forward pass outside training, runs Deeplearning4j's own code. The work is a few plain Java loops over
 * copies of the arrays, split between the processor's cores.
 *
 * <p>After a convolution whose ReLU {@link FastPath} moved here ({@link #takeReluOfConvolutionBelow}), it takes the ReLU of what it
 * pools, in training: the same numbers as pooling the ReLU's outputs, and the gradient passes only where the result
 * is positive. After the first convolution it also lays its gradient out filter by filter, the order in which that
 * layer's weight gradient reads it ({@link FirstConvolution}), so that nobody copies it into that order.
 */
class FastMaxPooling extends SubsamplingLayer {

    private float[] pixels = new float[0];
    private float[] pooled = new float[0];
    private float[] gradient = new float[0];
    private int[] winners = new int[0]; // for each output, the position of its maximum in the input
    private INDArray keptFor; // the input the winners belong to
    private float[] incoming = new float[0];
    private boolean reluHere; // this layer takes the ReLU of the convolution below (training only)
    private boolean gradientByFilter; // lay the gradient out filter by filter
    private boolean reluTaken; // the last training forward pass took the ReLU in its loops
    private boolean reluOnInput; // ... or of its input, before Deeplearning4j's own pooling

    FastMaxPooling(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private boolean plainCase() {
        var settings = layerConf();
        return settings.getPoolingType() == PoolingType.MAX
                && settings.getCnn2dDataFormat() == CNN2DFormat.NCHW
                && convolutionMode != ConvolutionMode.Same
                && maskArray == null
                && Arrays.stream(settings.getPadding()).allMatch(p -> p == 0)
                && Arrays.stream(settings.getDilation()).allMatch(d -> d == 1)
                && input != null
                && input.rank() == 4
                && input.dataType() == DataType.FLOAT
                && dataType == DataType.FLOAT
                && input.length() < Integer.MAX_VALUE;
    }

    /**
     * From now on this layer takes the ReLU of the convolution below in training ({@link FastPath} arranges both
     * sides: {@link FastConvolution#leaveReluToPooling}).
     *
     * @param byFilter whether to lay the gradient out filter by filter (after {@link FirstConvolution})
     */
    void takeReluOfConvolutionBelow(boolean byFilter) {
        reluHere = true;
        gradientByFilter = byFilter;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        keptFor = null;
        reluTaken = false;
        reluOnInput = false;
        boolean relu = training && reluHere; // then the convolution below leaves its ReLU to this layer
        if (relu && !plainCase()) { // Deeplearning4j's pooling, of the ReLU's outputs
            input = Transforms.relu(workspaceMgr.dup(ArrayType.INPUT, input), false);
            reluOnInput = true;
        }
        if (!training || !plainCase()) {
            return super.activate(training, workspaceMgr);
        }
        assertInputSet(false);
        int[] kernel = layerConf().getKernelSize();
        int[] stride = layerConf().getStride();
        int planes = (int) (input.size(0) * input.size(1));
        int h = (int) input.size(2);
        int w = (int) input.size(3);
        int outH = (h - kernel[0]) / stride[0] + 1;
        int outW = (w - kernel[1]) / stride[1] + 1;
        if (outH < 1 || outW < 1) {
            return super.activate(training, workspaceMgr); // and its message about the sizes
        }
        pixels = copyOut(input, pixels);
        int outputs = planes * outH * outW;
        if (pooled.length < outputs) {
            pooled = new float[outputs];
            winners = new int[outputs];
        }
        float[] in = pixels;
        float[] out = pooled;
        int[] won = winners;
        boolean twoByTwo = kernel[0] == 2 && kernel[1] == 2 && stride[0] == 2 && stride[1] == 2;
        int perPlane = outH * outW;
        inParallel(planes, (first, last) -> {
            for (int plane = first; plane < last; plane++) {
                if (twoByTwo) {
                    poolTwoByTwo(in, out, won, plane, h, w, outH, outW);
                } else {
                    pool(in, out, won, plane, h, w, outH, outW, kernel, stride);
                }
                for (int o = plane * perPlane; relu && o < (plane + 1) * perPlane; o++) {
                    out[o] = Math.max(out[o], 0f);
                }
            }
        });
        reluTaken = relu;
        INDArray output = workspaceMgr.createUninitialized(
                ArrayType.ACTIVATIONS, DataType.FLOAT, new long[] {input.size(0), input.size(1), outH, outW}, 'c');
        buffer(output).put(out, 0, outputs);
        keptFor = input;
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (keptFor == null || keptFor != input || !plainCase()) {
            keptFor = null;
            var result = super.backpropGradient(epsilon, workspaceMgr);
            if (reluOnInput) { // and back through the ReLU whose outputs it pooled
                PlainRelu.backprop(input, result.getSecond(), workspaceMgr);
            }
            return result;
        }
        keptFor = null;
        int inputs = (int) input.length();
        int outputs = (int) epsilon.length();
        incoming = copyOut(epsilon, incoming);
        if (gradient.length < inputs) {
            gradient = new float[inputs];
        }
        float[] from = incoming;
        float[] max = pooled;
        float[] sent = gradient;
        int[] won = winners;
        boolean relu = reluTaken;
        int images = (int) input.size(0);
        int channels = (int) input.size(1);
        boolean byFilter = gradientByFilter && relu;
        int perPlaneIn = inputs / (images * channels);
        int perPlaneOut = outputs / (images * channels);
        inParallel(images * channels, (first, last) -> {
            for (int plane = first; plane < last; plane++) {
                int to = byFilter ? (plane % channels) * images + plane / channels : plane;
                int moved = (to - plane) * perPlaneIn;
                Arrays.fill(sent, to * perPlaneIn, (to + 1) * perPlaneIn, 0f);
                for (int o = plane * perPlaneOut; o < (plane + 1) * perPlaneOut; o++) {
                    // windows may overlap: add; past a ReLU, only where the result (0 or more) is not 0, found
                    // without a branch, which the processor would mispredict about half the time
                    int bits = Float.floatToRawIntBits(max[o]);
                    sent[won[o] + moved] += relu ? from[o] * ((bits | -bits) >>> 31) : from[o];
                }
            }
        });
        long[] shape = byFilter ? new long[] {channels, images, input.size(2), input.size(3)} : input.shape();
        INDArray gradientAtInput =
                workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, shape, 'c');
        buffer(gradientAtInput).put(sent, 0, inputs);
        return new Pair<>(new DefaultGradient(), byFilter ? gradientAtInput.permute(1, 0, 2, 3) : gradientAtInput);
    }

    /**
     * Pools one plane in windows of {@code kernel} taken every {@code stride} pixels. Without a branch, which the
     * processor would mispredict half the time: the sign bit of (max - v) is 1 exactly when v is the larger.
     */
    private static void pool(
            float[] in,
            float[] out,
            int[] won,
            int plane,
            int h,
            int w,
            int outH,
            int outW,
            int[] kernel,
            int[] stride) {
        int o = plane * outH * outW;
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++, o++) {
                int corner = plane * h * w + y * stride[0] * w + x * stride[1];
                float max = in[corner];
                int best = corner;
                for (int ky = 0; ky < kernel[0]; ky++) {
                    for (int kx = 0; kx < kernel[1]; kx++) {
                        int at = corner + ky * w + kx;
                        float v = in[at];
                        best += (at - best) * (Float.floatToRawIntBits(max - v) >>> 31);
                        max = Math.max(max, v);
                    }
                }
                out[o] = max;
                won[o] = best;
            }
        }
    }

    /** {@link #pool} for the usual 2 x 2 windows every 2 pixels, written out: about four times quicker. */
    private static void poolTwoByTwo(float[] in, float[] out, int[] won, int plane, int h, int w, int outH, int outW) {
        int o = plane * outH * outW;
        for (int y = 0; y < outH; y++) {
            int row = plane * h * w + 2 * y * w;
            for (int x = 0; x < outW; x++, o++) {
                int at = row + 2 * x;
                float p = in[at];
                float q = in[at + 1];
                float r = in[at + w];
                float s = in[at + w + 1];
                int rightAbove = Float.floatToRawIntBits(p - q) >>> 31;
                int rightBelow = Float.floatToRawIntBits(r - s) >>> 31;
                float above = Math.max(p, q);
                float below = Math.max(r, s);
                int fromBelow = Float.floatToRawIntBits(above - below) >>> 31;
                out[o] = Math.max(above, below);
                won[o] = at + (1 - fromBelow) * rightAbove + fromBelow * (w + rightBelow);
            }
        }
    }

    /** Copies {@code array}'s values, in row-major order, into {@code reuse} (or a new array if it is too small). */
    private static float[] copyOut(INDArray array, float[] reuse) {
        INDArray rowMajor = array.ordering() == 'c' && array.elementWiseStride() == 1 ? array : array.dup('c');
        int length = (int) rowMajor.length();
        float[] values = reuse.length >= length ? reuse : new float[length];
        buffer(rowMajor).get(values, 0, length);
        return values;
    }

    /** The memory of a row-major, contiguous array, from its first element. */
    private static FloatBuffer buffer(INDArray rowMajor) {
        FloatBuffer all = rowMajor.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        return all.position((int) rowMajor.offset()).slice();
    }

    /** Runs {@code work} on ranges of planes, one range per processor core. */
    private static void inParallel(int planes, PlaneRange work) {
        int parts = Math.min(planes, Runtime.getRuntime().availableProcessors());
        IntStream.range(0, parts)
                .parallel()
                .forEach(part -> work.run(planes * part / parts, planes * (part + 1) / parts));
    }

    @FunctionalInterface
    private interface PlaneRange {
        void run(int first, int last);
    }

    @Override
    public void clear() {
        super.clear();
        keptFor = null;
    }
}
