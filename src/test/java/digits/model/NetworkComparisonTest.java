package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class NetworkComparisonTest {

    /** LeNet as notebook 04 writes it out: a plain first convolution and Deeplearning4j's default cache mode. */
    private static MultiLayerNetwork writtenOut(long seed) {
        return writtenOut(seed, new ConvolutionLayer.Builder(5, 5), CacheMode.NONE);
    }

    private static MultiLayerNetwork writtenOut(long seed, ConvolutionLayer.Builder first, CacheMode cacheMode) {
        var configuration = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(1e-3))
                .weightInit(WeightInit.XAVIER)
                .cacheMode(cacheMode)
                .list()
                .layer(first.name("conv1").nOut(20).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .name("pool1")
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(5, 5)
                        .name("conv2")
                        .nOut(50)
                        .activation(Activation.RELU)
                        .build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .name("pool2")
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder()
                        .name("dense")
                        .nOut(500)
                        .activation(Activation.RELU)
                        .build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.NEGATIVELOGLIKELIHOOD)
                        .name("output")
                        .nOut(10)
                        .activation(Activation.SOFTMAX)
                        .build())
                .setInputType(InputType.convolutionalFlat(28, 28, 1))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        return network;
    }

    @Test
    void namesWhatDiffersAndCountsWhatIsTheSame() {
        assertEquals(
                "10 of 10 parts compared are the same, that is all of them.",
                NetworkComparison.of("written out", writtenOut(42), "Cnn.build", Cnn.lenet())
                        .summary());

        var otherKind = writtenOut(42, new FirstConvolutionLayer.Builder(5, 5), CacheMode.DEVICE);
        NetworkComparison comparison = NetworkComparison.of("written out", writtenOut(42), "other kind", otherKind);
        assertEquals(
                List.of(
                        "layer 1: conv1: ConvolutionLayer, relu, 520 parameters in written out; "
                                + "conv1: FirstConvolutionLayer, relu, 520 parameters in other kind",
                        "cache mode: NONE in written out; DEVICE in other kind"),
                comparison.differences());
        assertTrue(
                comparison.summary().startsWith("8 of 10 parts compared are the same; they differ in 2:"),
                comparison.summary());
        assertEquals(10, comparison.table().rowCount());

        NetworkComparison otherSeed = NetworkComparison.of("seed 7", writtenOut(7), "seed 42", writtenOut(42));
        assertEquals(
                List.of("layer 1: conv1: ConvolutionLayer, relu, 520 parameters in seed 7; conv1: ConvolutionLayer,"
                        + " relu, 520 parameters (other starting values) in seed 42"),
                otherSeed.differences().subList(0, 1));
        assertTrue(
                otherSeed.differences().contains("seed: 7 in seed 7; 42 in seed 42"),
                otherSeed.differences().toString());

        assertEquals(
                "10 of 10 parts compared are the same, that is all of them.",
                NetworkComparison.of("one", Cnn.lenet(), "another", Cnn.lenet()).summary());
    }

    @Test
    void countsWeightsAndBiasesWithTheirRanges() {
        ParameterValues values = ParameterValues.of(Cnn.lenet());
        assertEquals(430_500, values.weights());
        assertEquals(580, values.biases());
        assertEquals(0.0, values.lowestBias());
        assertEquals(0.0, values.highestBias());
        assertTrue(values.lowestWeight() < 0 && values.highestWeight() > 0, values.toString());
        assertTrue(values.toString().startsWith("430,500 weights, between -0."), values.toString());
        assertTrue(values.toString().endsWith("; 580 biases, all 0"), values.toString());
    }
}
