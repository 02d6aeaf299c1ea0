package digits.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A copy of a trained network for predictions only, with each batch normalisation folded into the weights of the
 * layer that reads its output: the same answers with fewer layers, so a single digit is read sooner.
 *
 * <p>After training, batch normalisation is a fixed scale {@code a} and shift {@code b} per channel:
 * {@code y = a·x + b}, with {@code a = γ / √(σ² + ε)} and {@code b = β − a·μ} from its running averages. The
 * next convolution or dense layer multiplies its input by weights and adds a bias, so it can take the scale into
 * its weights ({@code W·a}) and the shift into its bias ({@code bias + W·b}). A max-pooling layer in between lets
 * the fold through when every scale is positive, because then the largest of {@code a·x + b} is {@code a} times
 * the largest {@code x}, plus {@code b}. Where that does not hold (a negative scale before max pooling, padding, a
 * layer type this class does not know) the batch normalisation stays in the copy, so the answers never change.
 *
 * <pre>{@code
 * MultiLayerNetwork fast = FoldedNetwork.of(model);   // model itself if it has no batch normalisation
 * fast.output(pixels, false);                          // model.output's answers, up to float rounding
 * }</pre>
 *
 * <p>The copy does not follow later training of the original: fold again after {@code fit}.
 * {@code digits.evaluation.Predictor} does this for you.
 */
public final class FoldedNetwork {

    private FoldedNetwork() {}

    /**
     * @param model an initialised network
     * @return {@code model} itself if none of its batch normalisations can be folded, otherwise a new network
     *     without them whose outputs equal {@code model.output(x, false)} up to float rounding
     */
    public static MultiLayerNetwork of(MultiLayerNetwork model) {
        Objects.requireNonNull(model, "model");
        MultiLayerConfiguration conf = model.getLayerWiseConfigurations();
        int n = conf.getConfs().size();

        // For each batch normalisation that folds, the layer that takes it in.
        Map<Integer, Integer> receiver = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int target = foldTarget(model, i);
            if (target >= 0) {
                receiver.put(i, target);
            }
        }
        if (receiver.isEmpty()) {
            return model;
        }

        // Scaled weights and shifted biases of the receiving layers; every other layer keeps its parameters.
        Map<Integer, Map<String, INDArray>> params = new HashMap<>();
        for (int i = 0; i < n; i++) {
            params.put(i, copyOf(model.getLayer(i).paramTable()));
        }
        for (var fold : receiver.entrySet()) {
            int bn = fold.getKey();
            INDArray[] scaleShift = scaleAndShift(model, bn);
            foldInto(
                    params.get(fold.getValue()),
                    conf.getConf(fold.getValue()).getLayer(),
                    scaleShift[0],
                    scaleShift[1]);
        }

        MultiLayerConfiguration copy = conf.clone();
        List<NeuralNetConfiguration> confs = new ArrayList<>();
        Map<Integer, InputPreProcessor> preProcessors = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (receiver.containsKey(i)) {
                continue;
            }
            InputPreProcessor p = copy.getInputPreProcess(i);
            if (p != null) {
                preProcessors.put(confs.size(), p);
            }
            confs.add(copy.getConf(i));
            kept.add(i);
        }
        copy.setConfs(confs);
        copy.setInputPreProcessors(preProcessors);

        MultiLayerNetwork folded = new MultiLayerNetwork(copy);
        folded.init();
        for (int k = 0; k < kept.size(); k++) {
            for (var p : params.get(kept.get(k)).entrySet()) {
                folded.getLayer(k).getParam(p.getKey()).assign(p.getValue());
            }
        }
        return folded;
    }

    /** The index of the layer that can take in batch normalisation {@code i}, or -1 if {@code i} cannot be folded. */
    private static int foldTarget(MultiLayerNetwork model, int i) {
        MultiLayerConfiguration conf = model.getLayerWiseConfigurations();
        if (!(conf.getConf(i).getLayer() instanceof BatchNormalization bn)
                || bn.isLockGammaBeta()
                || bn.getCnn2DFormat() != CNN2DFormat.NCHW
                || conf.getInputPreProcess(i) != null) {
            return -1;
        }
        int next = i + 1;
        if (next < conf.getConfs().size() && conf.getConf(next).getLayer() instanceof SubsamplingLayer pool) {
            boolean passes = pool.getPoolingType() == PoolingType.MAX
                    && pool.getConvolutionMode() != ConvolutionMode.Same
                    && isZero(pool.getPadding())
                    && conf.getInputPreProcess(next) == null
                    && scaleAndShift(model, i)[0].minNumber().doubleValue() > 0;
            if (!passes) {
                return -1;
            }
            next++;
        }
        if (next >= conf.getConfs().size()) {
            return -1;
        }
        Layer layer = conf.getConf(next).getLayer();
        InputPreProcessor p = conf.getInputPreProcess(next);
        boolean takesIt;
        if (layer.getClass() == ConvolutionLayer.class) {
            ConvolutionLayer c = (ConvolutionLayer) layer;
            takesIt = p == null
                    && c.hasBias()
                    && isZero(c.getPadding())
                    && c.getCnn2dDataFormat() == CNN2DFormat.NCHW
                    && c.getConvolutionMode() != ConvolutionMode.Same
                    && c.getConvolutionMode() != ConvolutionMode.Causal;
        } else if (layer.getClass() == DenseLayer.class || layer.getClass() == OutputLayer.class) {
            takesIt = (layer instanceof DenseLayer d ? d.hasBias() : ((OutputLayer) layer).hasBias())
                    && (p == null || p instanceof CnnToFeedForwardPreProcessor f && f.getFormat() == CNN2DFormat.NCHW);
        } else {
            takesIt = false;
        }
        return takesIt ? next : -1;
    }

    /** Batch normalisation {@code i}'s per-channel scale {@code a} and shift {@code b}, as rows. */
    private static INDArray[] scaleAndShift(MultiLayerNetwork model, int i) {
        var layer = model.getLayer(i);
        BatchNormalization bn = (BatchNormalization) layer.conf().getLayer();
        INDArray variance;
        if (bn.isUseLogStd()) {
            // the layer keeps log10 of the standard deviation: variance = 10^(2·log10std)
            INDArray log10std = layer.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD);
            variance = Transforms.exp(log10std.mul(2 * Math.log(10)), false);
        } else {
            variance = layer.getParam(BatchNormalizationParamInitializer.GLOBAL_VAR)
                    .dup();
        }
        INDArray scale = layer.getParam(BatchNormalizationParamInitializer.GAMMA)
                .div(Transforms.sqrt(variance.addi(bn.getEps()), false));
        INDArray shift = layer.getParam(BatchNormalizationParamInitializer.BETA)
                .sub(scale.mul(layer.getParam(BatchNormalizationParamInitializer.GLOBAL_MEAN)));
        return new INDArray[] {scale.reshape(1, scale.length()), shift.reshape(1, shift.length())};
    }

    /** Takes {@code y = scale·x + shift} (per channel) into the weights and bias of the layer reading {@code y}. */
    private static void foldInto(Map<String, INDArray> params, Layer layer, INDArray scale, INDArray shift) {
        INDArray w = params.get(DefaultParamInitializer.WEIGHT_KEY);
        INDArray bias = params.get(DefaultParamInitializer.BIAS_KEY);
        long channels = scale.length();
        if (layer instanceof ConvolutionLayer) {
            // w: [out, in, kh, kw]; with no padding every tap reads a shifted value, so the bias gains Σ w·shift.
            bias.addi(w.sum(2, 3).mmul(shift.reshape(channels, 1)).reshape(bias.shape()));
            w.muli(scale.reshape(1, channels, 1, 1));
        } else {
            // w: [in, out]; a flattened picture holds each channel's values side by side (NCHW order).
            int in = (int) w.size(0);
            int perChannel = (int) (in / channels);
            float[] a = scale.toFloatVector();
            float[] b = shift.toFloatVector();
            float[] rowScale = new float[in];
            float[] rowShift = new float[in];
            for (int r = 0; r < in; r++) {
                rowScale[r] = a[r / perChannel];
                rowShift[r] = b[r / perChannel];
            }
            bias.addi(Nd4j.create(rowShift, new long[] {1, in}).mmul(w).reshape(bias.shape()));
            w.muliColumnVector(Nd4j.create(rowScale, new long[] {in, 1}));
        }
    }

    private static Map<String, INDArray> copyOf(Map<String, INDArray> table) {
        Map<String, INDArray> copy = new HashMap<>();
        table.forEach((k, v) -> copy.put(k, v.dup()));
        return copy;
    }

    private static boolean isZero(int[] values) {
        for (int v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
