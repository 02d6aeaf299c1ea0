package digits.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.Mnist;
import digits.model.Cnn;
import java.awt.image.BufferedImage;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

class LearnedFiltersTest {

    private final MultiLayerNetwork lenet = Cnn.lenet();

    @Test
    void firstLayerFiltersAreTheConvolutionWeights() {
        List<FeatureMap> filters = LearnedFilters.firstLayerFilters(lenet);
        assertEquals(20, filters.size());
        assertEquals(5, filters.get(0).height());
        assertEquals(5, filters.get(0).width());
        // W has shape [20, 1, 5, 5]: filter 3, row 2, column 4.
        assertEquals(
                lenet.getLayer(0).getParam("W").getFloat(2, 0, 2, 4),
                filters.get(2).value(2, 4),
                1e-7);
        BufferedImage picture = LearnedFilters.firstLayer(lenet);
        assertTrue(picture.getWidth() > 600, "width " + picture.getWidth());
    }

    @Test
    void layerMapsFollowTheDigitThroughLeNet() {
        var digit = Mnist.load().test().get(0);
        List<List<FeatureMap>> layers = LearnedFilters.layerMaps(lenet, digit);
        int[][] expected = {{20, 24}, {20, 12}, {50, 8}, {50, 4}}; // conv1, pool1, conv2, pool2
        assertEquals(expected.length, layers.size());
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k][0], layers.get(k).size(), "channels of layer " + k);
            assertEquals(expected[k][1], layers.get(k).get(0).height(), "side of layer " + k);
        }
        assertTrue(
                layers.get(0).get(0).name().startsWith("conv1"),
                layers.get(0).get(0).name());
        assertTrue(layers.get(1).get(0).min() >= 0, "ReLU and max-pooling give no negative values");
        BufferedImage picture = LearnedFilters.activations(lenet, digit);
        assertTrue(picture.getHeight() > 400, "height " + picture.getHeight());
    }
}
