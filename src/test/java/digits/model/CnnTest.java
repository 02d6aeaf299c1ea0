package digits.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class CnnTest {

    private static MultiLayerNetwork lenet;

    @BeforeAll
    static void buildLenet() {
        lenet = Cnn.lenet();
    }

    /** Parameters of the network described by {@code spec}, counted by hand: weights + biases of each layer. */
    static long expectedParameters(CnnSpec s) {
        int k = s.kernelSize();
        int side = CnnSpec.slide(
                CnnSpec.slide(
                        CnnSpec.slide(CnnSpec.slide(s.inputHeight(), k, s.convStride()), s.poolSize(), s.poolSize()),
                        k,
                        s.convStride()),
                s.poolSize(),
                s.poolSize());
        long conv1 = (long) k * k * s.channels() * s.firstConvFilters() + s.firstConvFilters();
        long conv2 = (long) k * k * s.firstConvFilters() * s.secondConvFilters() + s.secondConvFilters();
        long dense = (long) side * side * s.secondConvFilters() * s.denseWidth() + s.denseWidth();
        long output = (long) s.denseWidth() * s.classes() + s.classes();
        // DL4J's batch normalisation keeps 4 numbers per channel: scale, shift, running mean and running variance
        long batchNorm = s.batchNorm() ? 4L * (s.firstConvFilters() + s.secondConvFilters() + s.denseWidth()) : 0;
        return conv1 + conv2 + dense + output + batchNorm;
    }

    @Test
    void lenetHasTheClassicParameterCount() {
        assertEquals(431_080, lenet.numParams());
        assertEquals(431_080, expectedParameters(CnnSpec.lenet()));
        assertEquals(6, lenet.getnLayers());
    }

    @Test
    void sizesChangeTheParameterCount() {
        CnnSpec spec = CnnSpec.lenet().toBuilder()
                .convFilters(8, 16)
                .kernelSize(3)
                .dense(64)
                .classes(5)
                .build();
        assertEquals(expectedParameters(spec), Cnn.build(spec).numParams());

        CnnSpec colour =
                CnnSpec.builder().input(32, 32, 3).convFilters(6, 16).dense(120).build();
        assertEquals(expectedParameters(colour), Cnn.build(colour).numParams());
    }

    @Test
    void batchNormAddsALayerAfterEachConvolutionAndTheDenseLayer() {
        CnnSpec spec =
                CnnSpec.builder().convFilters(4, 8).dense(16).batchNorm(true).build();
        MultiLayerNetwork network = Cnn.build(spec);
        String[] names = Arrays.stream(network.getLayers())
                .map(l -> l.conf().getLayer().getLayerName())
                .toArray(String[]::new);
        assertArrayEquals(
                new String[] {"conv1", "conv1-bn", "pool1", "conv2", "conv2-bn", "pool2", "dense", "dense-bn", "output"
                },
                names);
        assertInstanceOf(
                BatchNormalization.class, network.getLayer("conv1-bn").conf().getLayer());
        assertEquals(expectedParameters(spec), network.numParams());
    }

    @Test
    void dropoutGoesOnTheOutputLayerOnly() {
        MultiLayerNetwork network = Cnn.build(
                CnnSpec.builder().convFilters(4, 8).dense(16).dropout(0.25).build());
        for (var layer : network.getLayers()) {
            var conf = layer.conf().getLayer();
            if (conf instanceof OutputLayer) {
                // DL4J stores the probability of keeping a value
                assertEquals(
                        0.75,
                        assertInstanceOf(Dropout.class, conf.getIDropout()).getP(),
                        1e-12);
            } else {
                assertNull(conf.getIDropout(), conf.getLayerName());
            }
        }
        assertNull(lenet.getLayer("output").conf().getLayer().getIDropout());
    }

    @Test
    void learnsWithAdamAtTheSpecsRate() {
        MultiLayerNetwork network = Cnn.build(
                CnnSpec.builder().convFilters(4, 8).dense(16).learningRate(0.01).build());
        var updater = assertInstanceOf(
                Adam.class, ((BaseLayer) network.getLayer("conv1").conf().getLayer()).getIUpdater());
        assertEquals(0.01, updater.getLearningRate());
    }

    @Test
    void sameSeedGivesSameWeights() {
        CnnSpec spec = CnnSpec.builder().convFilters(4, 8).dense(16).build();
        assertEquals(Cnn.build(spec).params(), Cnn.build(spec).params());
        assertNotEquals(
                Cnn.build(spec).params(),
                Cnn.build(spec.toBuilder().seed(7).build()).params());
    }

    @Test
    void answersOneProbabilityPerDigit() {
        INDArray images = Nd4j.rand(3, 784); // 3 rows of 784 pixels in [0, 1)
        INDArray probabilities = lenet.output(images);
        assertArrayEquals(new long[] {3, 10}, probabilities.shape());
        for (int row = 0; row < 3; row++) {
            assertEquals(1.0, probabilities.getRow(row).sumNumber().doubleValue(), 1e-5);
            assertTrue(probabilities.getRow(row).minNumber().doubleValue() >= 0);
        }
    }

    @Test
    void learningRateDecayShrinksTheRateEachEpoch() {
        MultiLayerNetwork network = Cnn.build(CnnSpec.builder()
                .convFilters(4, 8)
                .dense(16)
                .learningRate(0.01)
                .learningRateDecay(0.5)
                .build());
        assertEquals(0.01, network.getLearningRate(0), 1e-12);
        network.incrementEpochCount();
        network.incrementEpochCount();
        assertEquals(0.0025, network.getLearningRate(0), 1e-12);
        assertEquals(0.001, Cnn.lenet().getLearningRate(0), 1e-12);
    }

    @Test
    void theLeNetIsTheNetworkNotebook04WritesOut() {
        var writtenOut = WrittenOutLeNet.of(42);
        var lenet = Cnn.lenet();
        assertEquals(
                writtenOut.getLayerWiseConfigurations(),
                lenet.getLayerWiseConfigurations(),
                "the same layers and settings");
        assertEquals(writtenOut.params(), lenet.params(), "the same starting weights");
    }
}
