package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Properties;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class OneDnnTest {

    /** The build ships ND4J's oneDNN natives for x86-64 Linux only (see the pom's profile). */
    private static boolean platformHasOneDnn() {
        return System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").equals("amd64");
    }

    @Test
    void convolutionAndPoolingRunOnOneDnn() {
        assumeTrue(
                platformHasOneDnn(),
                "no oneDNN build of ND4J for " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        MultiLayerNetwork model = Cnn.lenet();
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 10);
        for (int row = 0; row < 8; row++) {
            labels.putScalar(row, row, 1);
        }
        model.fit(Nd4j.rand(DataType.FLOAT, 8, 784), labels);

        var convHelper = ((ConvolutionLayer) model.getLayer("conv1")).getHelper();
        assertNotNull(convHelper, "conv1 has no helper: DL4J falls back to its slow built-in convolution");
        assertTrue(
                convHelper.getClass().getSimpleName().contains("MKLDNN"),
                convHelper.getClass().getName());
        var poolHelper = ((SubsamplingLayer) model.getLayer("pool1")).getHelper();
        assertNotNull(poolHelper, "pool1 has no helper");
        assertTrue(
                poolHelper.getClass().getSimpleName().contains("MKLDNN"),
                poolHelper.getClass().getName());
    }

    @Test
    void theOldEnvironmentClassAnswersDeeplearning4jsQuestion() {
        assumeTrue(platformHasOneDnn());
        assertTrue(org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper.mklDnnEnabled());
    }

    @Test
    void aPropertySetByTheUserIsKept() {
        Properties properties = new Properties(); // never the JVM's own, which Cnn's static initialiser sets
        properties.setProperty(OneDnn.DISABLE_HELPERS, "true");
        OneDnn.allowHelpers(properties);
        assertEquals("true", properties.getProperty(OneDnn.DISABLE_HELPERS));
    }

    @Test
    void anUnsetPropertyAllowsTheHelpers() {
        Properties properties = new Properties();
        OneDnn.allowHelpers(properties);
        assertEquals("false", properties.getProperty(OneDnn.DISABLE_HELPERS));
    }

    @Test
    void aNetworkBuiltWithoutHelpersRunsDeeplearning4jsOwnCode() {
        var own = OneDnn.withoutHelpers(Cnn::lenet);
        assertNull(((ConvolutionLayer) own.getLayer("conv2")).getHelper());
        assertNotNull(((ConvolutionLayer) Cnn.lenet().getLayer("conv2")).getHelper(), "the setting is restored");
    }
}
