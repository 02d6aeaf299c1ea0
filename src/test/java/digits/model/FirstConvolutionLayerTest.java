package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class FirstConvolutionLayerTest {

    private static final String FIRST = FirstConvolutionLayer.class.getName();
    private static final String PLAIN = ConvolutionLayer.class.getName();

    @Test
    void givesTheSameParameterGradientsAsDeeplearning4jsConvolution() {
        for (CnnSpec spec : List.of(CnnSpec.lenet(), CnnSpec.recommended())) {
            MultiLayerNetwork plain = Cnn.build(spec);
            MultiLayerNetwork first = withFirstConvolutionLayer(plain);
            assertInstanceOf(FirstConvolution.class, first.getLayer(0));

            Map<String, INDArray> expected = NetworkGradients.of(plain, 16, 784);
            Map<String, INDArray> actual = NetworkGradients.of(first, 16, 784);
            assertEquals(expected.keySet(), actual.keySet());
            expected.forEach((name, gradient) -> NetworkGradients.assertClose(name, gradient, actual.get(name)));
        }
    }

    @Test
    void batchAfterBatchOfAnotherSizeItStillGivesDeeplearning4jsGradients() {
        MultiLayerNetwork plain = Cnn.build(CnnSpec.lenet());
        MultiLayerNetwork first = withFirstConvolutionLayer(plain);
        for (int batch : new int[] {16, 7, 16, 16}) { // what it keeps between batches is made again or reused
            Map<String, INDArray> expected = NetworkGradients.of(plain, batch, 784);
            Map<String, INDArray> actual = NetworkGradients.of(first, batch, 784);
            expected.forEach((name, gradient) -> NetworkGradients.assertClose(name, gradient, actual.get(name)));
        }
    }

    @Test
    void anywhereButFirstItIsAPlainConvolution() {
        var configuration = new NeuralNetConfiguration.Builder()
                .seed(3)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3)
                        .nOut(4)
                        .activation(Activation.RELU)
                        .build())
                .layer(new FirstConvolutionLayer.Builder(3, 3)
                        .nOut(6)
                        .activation(Activation.RELU)
                        .build())
                .layer(new OutputLayer.Builder(LossFunction.NEGATIVELOGLIKELIHOOD)
                        .nOut(10)
                        .activation(Activation.SOFTMAX)
                        .build())
                .setInputType(InputType.convolutionalFlat(12, 12, 1))
                .build();
        var network = new MultiLayerNetwork(configuration);
        network.init();
        var plain = withPlainConvolutions(network);
        Map<String, INDArray> expected = NetworkGradients.of(plain, 16, 144);
        NetworkGradients.of(network, 16, 144)
                .forEach((name, gradient) -> NetworkGradients.assertClose(name, expected.get(name), gradient));
    }

    @Test
    void itsConfigurationSurvivesJson() {
        MultiLayerConfiguration configuration =
                withFirstConvolutionLayer(Cnn.lenet()).getLayerWiseConfigurations();
        var back = MultiLayerConfiguration.fromJson(configuration.toJson());
        assertInstanceOf(FirstConvolutionLayer.class, back.getConf(0).getLayer());
        assertEquals(configuration, back);
    }

    @Test
    void aModelSavedBeforeItExistedLoadsAndPredictsTheSame() throws IOException, URISyntaxException {
        // Saved by the library at commit 8bb4b91, whose first convolution was Deeplearning4j's own.
        Path saved = resource("models/lenet-small-2026-12-03.zip");
        List<String> lines = Files.readAllLines(resource("models/lenet-small-2026-12-03-outputs.txt"))
                .subList(1, 17);
        INDArray inputs = rows(lines.subList(0, 8));
        INDArray outputs = rows(lines.subList(8, 16));

        MultiLayerNetwork old = ModelFiles.load(saved);
        assertEquals(
                PLAIN,
                old.getLayerWiseConfigurations()
                        .getConf(0)
                        .getLayer()
                        .getClass()
                        .getName());
        assertTrue(outputs.equalsWithEps(old.output(inputs), 1e-6), "the old model predicts as it did when saved");

        // Its weights in today's network give the same answers, and it keeps learning after loading.
        var today = Cnn.build(
                CnnSpec.lenet().toBuilder().convFilters(4, 8).dense(16).build());
        today.setParams(old.params());
        assertTrue(outputs.equalsWithEps(today.output(inputs), 1e-6), "the same weights in today's network");
        double before = old.score(new org.nd4j.linalg.dataset.DataSet(inputs, NetworkGradients.labels(8)));
        for (int step = 0; step < 5; step++) {
            old.fit(inputs, NetworkGradients.labels(8));
        }
        assertTrue(old.score(new org.nd4j.linalg.dataset.DataSet(inputs, NetworkGradients.labels(8))) < before);
    }

    /** The same network and weights with the first convolution written as a {@link FirstConvolutionLayer}. */
    private static MultiLayerNetwork withFirstConvolutionLayer(MultiLayerNetwork network) {
        String json = network.getLayerWiseConfigurations().toJson().replaceFirst(PLAIN.replace(".", "\\."), FIRST);
        var first = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(json));
        first.init(network.params().dup(), true);
        return first;
    }

    private static MultiLayerNetwork withPlainConvolutions(MultiLayerNetwork network) {
        String json = network.getLayerWiseConfigurations().toJson().replace(FIRST, PLAIN);
        var plain = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(json));
        plain.init(network.params().dup(), true);
        return plain;
    }

    private static INDArray rows(List<String> lines) {
        float[][] values = lines.stream()
                .map(line -> {
                    String[] parts = line.trim().split(" ");
                    float[] row = new float[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        row[i] = Float.parseFloat(parts[i]);
                    }
                    return row;
                })
                .toArray(float[][]::new);
        return Nd4j.create(values);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FirstConvolutionLayerTest.class
                .getClassLoader()
                .getResource(name)
                .toURI());
    }
}
