package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;

class FastPathTest {

    static {
        OneDnn.allowHelpers(); // Deeplearning4j's own layers on oneDNN, as in the notebooks
    }

    /** Notebook 04's network, written out in Deeplearning4j's builder, smaller; {@code pooling} for both pools. */
    private static MultiLayerConfiguration writtenOut(
            SubsamplingLayer.PoolingType pooling, int poolKernel, int poolStride, Activation dense, double keepInput) {
        return new NeuralNetConfiguration.Builder()
                .seed(42)
                .updater(new Adam(1e-3))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5)
                        .name("conv1")
                        .nOut(4)
                        .activation(Activation.RELU)
                        .build())
                .layer(new SubsamplingLayer.Builder(pooling)
                        .name("pool1")
                        .kernelSize(poolKernel, poolKernel)
                        .stride(poolStride, poolStride)
                        .build())
                .layer(new ConvolutionLayer.Builder(3, 3)
                        .name("conv2")
                        .nOut(6)
                        .activation(Activation.RELU)
                        .build())
                .layer(new SubsamplingLayer.Builder(pooling)
                        .name("pool2")
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder()
                        .name("dense")
                        .nOut(12)
                        .activation(dense)
                        .dropOut(keepInput)
                        .build())
                .layer(new OutputLayer.Builder(LossFunction.NEGATIVELOGLIKELIHOOD)
                        .name("output")
                        .nOut(10)
                        .activation(Activation.SOFTMAX)
                        .build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1))
                .build();
    }

    private static MultiLayerConfiguration writtenOut() {
        return writtenOut(SubsamplingLayer.PoolingType.MAX, 2, 2, Activation.RELU, 1.0);
    }

    private static MultiLayerConfiguration inDoublePrecision(MultiLayerConfiguration configuration) {
        configuration.setDataType(DataType.DOUBLE);
        return configuration;
    }

    private static MultiLayerNetwork built(MultiLayerConfiguration configuration) {
        var network = new MultiLayerNetwork(configuration.clone());
        network.init();
        return network;
    }

    private static List<Class<?>> kinds(MultiLayerNetwork network) {
        return Arrays.stream(network.getLayers())
                .<Class<?>>map(Object::getClass)
                .toList();
    }

    @Test
    void putsEachDeeplearning4jLayerOfTheKindsItKnowsOnTheFastPath() {
        var network = FastPath.apply(built(writtenOut()));
        assertEquals(
                List.of(
                        FirstConvolution.class,
                        FastMaxPooling.class,
                        FastConvolution.class,
                        FastMaxPooling.class,
                        FastDense.class,
                        org.deeplearning4j.nn.layers.OutputLayer.class),
                kinds(network));
        for (Layer layer : network.getLayers()) {
            assertSame(layer, network.getLayer(layer.conf().getLayer().getLayerName()), "found by name too");
        }
    }

    @Test
    void inTrainingTheReluComesAfterThePoolingWithTheSameResults() {
        var network = FastPath.apply(built(writtenOut()));
        Nd4j.getRandom().setSeed(5);
        INDArray pictures = Nd4j.rand(DataType.FLOAT, 8, 784).subi(0.5);
        List<INDArray> training = network.feedForward(pictures, true); // 0: the input, 1: conv1, 2: pool1, ...
        List<INDArray> inference = network.feedForward(pictures, false);
        assertTrue(training.get(1).minNumber().doubleValue() < 0, "conv1 hands on its result before the ReLU");
        assertEquals(0.0, inference.get(1).minNumber().doubleValue(), "outside training conv1 takes its ReLU");
        for (int layer = 1; layer < training.size(); layer++) {
            boolean convolution = layer == 1 || layer == 3; // their ReLU comes after the pooling
            INDArray trained = convolution ? Transforms.relu(training.get(layer), true) : training.get(layer);
            NetworkGradients.assertClose("layer " + layer, inference.get(layer), trained);
        }
    }

    @Test
    void applyingItTwiceChangesNothing() {
        var network = FastPath.apply(built(writtenOut()));
        List<Layer> once = List.of(network.getLayers());
        FastPath.apply(network);
        assertEquals(once, List.of(network.getLayers()));
    }

    @Test
    void averagePoolingStaysDeeplearning4jsOwn() {
        var network = FastPath.apply(built(writtenOut(SubsamplingLayer.PoolingType.AVG, 2, 2, Activation.RELU, 1.0)));
        assertEquals(
                org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer.class,
                kinds(network).get(1));
    }

    @Test
    void poolingForwardOnceChangesOnlyThePooling() {
        var network = FastPath.poolingForwardOnce(built(writtenOut()));
        assertEquals(
                List.of(
                        org.deeplearning4j.nn.layers.convolution.ConvolutionLayer.class,
                        FastMaxPooling.class,
                        org.deeplearning4j.nn.layers.convolution.ConvolutionLayer.class,
                        FastMaxPooling.class,
                        org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer.class,
                        org.deeplearning4j.nn.layers.OutputLayer.class),
                kinds(network));
    }

    @Test
    void givesDeeplearning4jsGradients() {
        var cases = Map.of(
                "notebook 04's network",
                writtenOut(),
                "overlapping pooling windows, a sigmoid dense layer, dropout",
                writtenOut(SubsamplingLayer.PoolingType.MAX, 3, 2, Activation.SIGMOID, 0.8),
                "a first convolution with stride 2, on 3 channels",
                new NeuralNetConfiguration.Builder()
                        .seed(3)
                        .list()
                        .layer(new ConvolutionLayer.Builder(3, 3)
                                .stride(2, 2)
                                .nOut(4)
                                .activation(Activation.RELU)
                                .build())
                        .layer(new OutputLayer.Builder(LossFunction.NEGATIVELOGLIKELIHOOD)
                                .nOut(10)
                                .activation(Activation.SOFTMAX)
                                .build())
                        .setInputType(InputType.convolutionalFlat(16, 16, 3))
                        .build(),
                "in double precision (the pooling runs Deeplearning4j's code, of the ReLU's outputs)",
                inDoublePrecision(writtenOut()),
                "the course's recommended network, smaller (batch normalisation)",
                Cnn.configuration(CnnSpec.recommended().toBuilder()
                        .convFilters(4, 8)
                        .dense(16)
                        .build()));
        cases.forEach((name, configuration) -> {
            var flat = (FeedForwardToCnnPreProcessor) configuration.getInputPreProcess(0);
            int pixels = (int) (flat.getInputHeight() * flat.getInputWidth() * flat.getNumChannels());
            Map<String, INDArray> expected = NetworkGradients.of(built(configuration), 32, pixels);
            Map<String, INDArray> actual = NetworkGradients.of(FastPath.apply(built(configuration)), 32, pixels);
            assertEquals(expected.keySet(), actual.keySet(), name);
            expected.forEach((parameter, gradient) ->
                    NetworkGradients.assertClose(name + ", " + parameter, gradient, actual.get(parameter)));
        });
    }

    @Test
    void trainsToTheSameWeights() {
        MultiLayerNetwork plain = built(writtenOut());
        MultiLayerNetwork fast = FastPath.apply(built(writtenOut()));
        Nd4j.getRandom().setSeed(7);
        INDArray pictures = Nd4j.rand(DataType.FLOAT, 32, 784);
        for (int step = 0; step < 5; step++) { // (no dropout here: fit draws its masks from a source no seed reaches)
            plain.fit(pictures.dup(), NetworkGradients.labels(32));
            fast.fit(pictures.dup(), NetworkGradients.labels(32));
        }
        NetworkGradients.assertClose("parameters after 5 steps", plain.params(), fast.params());
        NetworkGradients.assertClose("outputs", plain.output(pictures), fast.output(pictures));
    }

    @Test
    void aNetworkNotYetInitialisedIsRefused() {
        var network = new MultiLayerNetwork(writtenOut());
        var error = assertThrows(IllegalArgumentException.class, () -> FastPath.apply(network));
        assertTrue(error.getMessage().contains("model.init()"), error.getMessage());
    }
}
