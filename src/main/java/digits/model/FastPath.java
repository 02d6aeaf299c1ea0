package digits.model;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Trains any Deeplearning4j network without the work nobody needs: the same layers, the same weights, the same
 * arithmetic results, in less time. The course's {@code Trainer} applies it to every network it trains.
 *
 * <pre>{@code
 * var model = new MultiLayerNetwork(configuration);
 * model.init();
 * FastPath.apply(model);   // model.fit(...) now runs on the fast path too
 * }</pre>
 *
 * <p>It changes how the network's layers run, not what they compute: each convolution, max-pooling and dense
 * layer of Deeplearning4j's own kinds is replaced, in place, by a subclass that shares its configuration,
 * parameters and gradients and leaves out work whose result nobody uses:
 * <ul>
 *   <li><b>each layer's result kept for the backward pass</b>: a convolution or dense layer with a ReLU keeps its
 *       output, instead of running its forward pass again or copying it ({@link FastConvolution},
 *       {@link FastDense});</li>
 *   <li><b>no gradient for the input pictures</b> in the first convolution ({@link FirstConvolution});</li>
 *   <li><b>max pooling forward once</b>: the training forward pass notes where each maximum came from
 *       ({@link FastMaxPooling});</li>
 *   <li><b>the ReLU after the pooling</b>: the largest of a window's ReLU outputs is the ReLU of its largest
 *       input, so a convolution's ReLU is taken after the max pooling that follows it, on a quarter of the values,
 *       and the gradient reaches the first convolution in the order its weight gradient reads it
 *       ({@link FastConvolution#leaveReluToPooling});</li>
 *   <li><b>dense layers' products on the fast routine</b> ({@link FastDense}).</li>
 * </ul>
 * Gradients agree with Deeplearning4j's own to float rounding (FastPathTest). Layers of other kinds (batch
 * normalisation, the output layer) and set-ups the course does not use (padding, channels-last pictures, masks,
 * weight noise) run Deeplearning4j's code. The network's configuration is not changed: a saved and reloaded
 * network has Deeplearning4j's plain layers again, until it is trained with the {@code Trainer} or passed here.
 */
public final class FastPath {

    private FastPath() {}

    /**
     * Puts the fast layers in place of the network's Deeplearning4j convolution, max-pooling and dense layers;
     * layers already fast are left as they are, so applying it twice changes nothing.
     *
     * @param model an initialised network
     * @return {@code model}, changed in place
     */
    public static MultiLayerNetwork apply(MultiLayerNetwork model) {
        Layer[] layers = layers(model);
        for (int i = 0; i < layers.length; i++) {
            Class<?> kind = layers[i].getClass();
            if (kind == ConvolutionLayer.class) {
                replace(model, i, i == 0 ? FirstConvolution::new : FastConvolution::new);
            } else if (kind == DenseLayer.class) {
                replace(model, i, FastDense::new);
            }
        }
        poolingForwardOnce(model);
        reluPastPooling(model);
        return model;
    }

    /** Each convolution with a ReLU that a max-pooling layer follows leaves its ReLU to the pooling, in training. */
    private static void reluPastPooling(MultiLayerNetwork model) {
        Layer[] layers = layers(model);
        for (int i = 0; i + 1 < layers.length; i++) {
            if (layers[i] instanceof FastConvolution convolution
                    && layers[i + 1] instanceof FastMaxPooling pooling
                    && PlainRelu.is(convolution.layerConf().getActivationFn())
                    && model.getLayerWiseConfigurations().getInputPreProcess(i + 1) == null) {
                convolution.leaveReluToPooling();
                pooling.takeReluOfConvolutionBelow(convolution instanceof FirstConvolution);
            }
        }
    }

    /**
     * Only the max-pooling part of {@link #apply}: each max-pooling layer runs its forward pass once per training
     * batch. For comparisons, as in notebook 07.
     *
     * @param model an initialised network
     * @return {@code model}, changed in place
     */
    public static MultiLayerNetwork poolingForwardOnce(MultiLayerNetwork model) {
        Layer[] layers = layers(model);
        for (int i = 0; i < layers.length; i++) {
            if (layers[i].getClass() == SubsamplingLayer.class
                    && ((org.deeplearning4j.nn.conf.layers.SubsamplingLayer)
                                            layers[i].conf().getLayer())
                                    .getPoolingType()
                            == PoolingType.MAX) {
                replace(model, i, FastMaxPooling::new);
            }
        }
        return model;
    }

    private static Layer[] layers(MultiLayerNetwork model) {
        Objects.requireNonNull(model, "model");
        Layer[] layers = model.getLayers();
        if (layers == null) {
            throw new IllegalArgumentException(
                    "the network has no layers yet: call model.init() before FastPath.apply");
        }
        return layers;
    }

    /** Makes a running layer of another class for layer {@code index}, sharing its configuration and arrays. */
    private static void replace(
            MultiLayerNetwork model, int index, BiFunction<NeuralNetConfiguration, DataType, Layer> make) {
        Layer old = model.getLayers()[index];
        Layer fast = make.apply(old.conf(), model.getLayerWiseConfigurations().getDataType());
        fast.setListeners(old.getListeners());
        fast.setIndex(index);
        if (old.numParams() > 0) {
            fast.setParamsViewArray(old.params());
            fast.setParamTable(old.paramTable());
            if (old.getGradientsViewArray() != null) {
                fast.setBackpropGradientsViewArray(old.getGradientsViewArray());
            }
        }
        fast.setIterationCount(old.getIterationCount());
        fast.setEpochCount(old.getEpochCount());
        model.getLayers()[index] = fast;
        layersByName(model).replace(old.conf().getLayer().getLayerName(), old, fast);
    }

    /**
     * The network's map from layer names to running layers, which {@code getLayer(name)} reads. Deeplearning4j
     * offers no way to change an entry, so it is reached by reflection; {@code getLayers()} holds the truth.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Layer> layersByName(MultiLayerNetwork model) {
        try {
            Field field = MultiLayerNetwork.class.getDeclaredField("layerMap");
            field.setAccessible(true);
            return (Map<String, Layer>) field.get(model);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(
                    "Deeplearning4j's MultiLayerNetwork has no field layerMap any more: "
                            + "FastPath was written for 1.0.0-M2.1",
                    e);
        }
    }
}
