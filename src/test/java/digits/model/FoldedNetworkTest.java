package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class FoldedNetworkTest {

    @Test
    void theRecommendedNetworkLosesAllThreeBatchNormsAndKeepsItsAnswers() {
        MultiLayerNetwork model = Cnn.build(CnnSpec.recommended());
        settleBatchNorms(model, 0.5, 11);
        INDArray before = model.params().dup();

        MultiLayerNetwork folded = FoldedNetwork.of(model);

        assertEquals(model.getLayers().length - 3, folded.getLayers().length);
        assertTrue(Arrays.stream(folded.getLayers()).noneMatch(l -> l.conf().getLayer() instanceof BatchNormalization));
        assertSameAnswers(model, folded, 784);
        assertEquals(before, model.params(), "folding must not touch the original network");
    }

    @Test
    void aNegativeScaleBeforeMaxPoolingKeepsThatBatchNorm() {
        MultiLayerNetwork model = Cnn.build(CnnSpec.recommended());
        settleBatchNorms(model, 0.5, 12);
        model.getLayer("conv1-bn")
                .getParam(BatchNormalizationParamInitializer.GAMMA)
                .putScalar(3, -0.7);

        MultiLayerNetwork folded = FoldedNetwork.of(model);

        assertEquals(model.getLayers().length - 2, folded.getLayers().length);
        assertEquals("conv1-bn", folded.getLayer(1).conf().getLayer().getLayerName());
        assertSameAnswers(model, folded, 784);
    }

    @Test
    void aNetworkWithoutBatchNormIsReturnedAsItIs() {
        MultiLayerNetwork lenet = Cnn.lenet();
        assertSame(lenet, FoldedNetwork.of(lenet));
    }

    @Test
    void foldsPlainVarianceIntoADenseLayerAndAcrossAConvolution() {
        var conf = new NeuralNetConfiguration.Builder()
                .seed(5)
                .convolutionMode(ConvolutionMode.Truncate)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3)
                        .nOut(4)
                        .activation(Activation.TANH)
                        .build())
                .layer(new BatchNormalization.Builder().useLogStd(false).build())
                .layer(new ConvolutionLayer.Builder(3, 3)
                        .nOut(5)
                        .activation(Activation.RELU)
                        .build())
                .layer(new BatchNormalization.Builder().useLogStd(false).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.AVG)
                        .kernelSize(2, 2)
                        .stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder()
                        .nOut(7)
                        .activation(Activation.SIGMOID)
                        .build())
                .layer(new BatchNormalization.Builder().useLogStd(false).build())
                .layer(new DenseLayer.Builder()
                        .nOut(6)
                        .activation(Activation.RELU)
                        .build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT)
                        .nOut(3)
                        .activation(Activation.SOFTMAX)
                        .build())
                .setInputType(InputType.convolutionalFlat(12, 12, 1))
                .build();
        MultiLayerNetwork model = new MultiLayerNetwork(conf);
        model.init();
        settleBatchNorms(model, -1, 13); // scales of both signs: none passes a pooling layer here anyway

        MultiLayerNetwork folded = FoldedNetwork.of(model);

        // the first and the last fold; the middle one sits before average pooling, which this class leaves alone
        assertEquals(model.getLayers().length - 2, folded.getLayers().length);
        assertSameAnswers(model, folded, 144);
    }

    /** Gives every batch normalisation running averages and a scale and shift far from their starting values. */
    private static void settleBatchNorms(MultiLayerNetwork model, double smallestGamma, long seed) {
        Random random = new Random(seed);
        for (var layer : model.getLayers()) {
            if (layer.conf().getLayer() instanceof BatchNormalization bn) {
                for (var p : layer.paramTable().entrySet()) {
                    INDArray v = p.getValue();
                    for (long i = 0; i < v.length(); i++) {
                        double x = switch (p.getKey()) {
                            case BatchNormalizationParamInitializer.GAMMA -> smallestGamma + random.nextDouble() * 1.5;
                            case BatchNormalizationParamInitializer.GLOBAL_VAR -> 0.05 + random.nextDouble();
                            case BatchNormalizationParamInitializer.GLOBAL_LOG_STD -> random.nextDouble() - 0.8;
                            default -> random.nextGaussian();
                        };
                        v.putScalar(i, x);
                    }
                }
                assertTrue(bn.getEps() > 0);
            }
        }
    }

    private static void assertSameAnswers(MultiLayerNetwork model, MultiLayerNetwork folded, int pixels) {
        INDArray x = Nd4j.rand(DataType.FLOAT, 16, pixels);
        INDArray expected = model.output(x, false);
        INDArray actual = folded.output(x, false);
        double largest = expected.amaxNumber().doubleValue();
        double difference = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(difference <= 1e-4 * largest, "largest difference " + difference + " for outputs up to " + largest);
        assertEquals(expected.argMax(1), actual.argMax(1));
    }
}
