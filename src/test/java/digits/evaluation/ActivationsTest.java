package digits.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.display.LayerActivation;
import digits.model.Cnn;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationsTest {

    /** An untrained LeNet has the trained one's shapes; its weights are irrelevant here. */
    @Test
    void lenetsLayersHaveTheNetworksShapes() {
        DigitImage digit = TestModel.mnist().test().get(0);
        Activations inside = Activations.of(Cnn.lenet(), digit);
        List<String> shapes =
                inside.layers().stream().map(l -> l.name() + " " + l.shape()).toList();
        assertEquals(
                List.of(
                        "input 28 x 28",
                        "conv1 24 x 24 x 20",
                        "pool1 12 x 12 x 20",
                        "conv2 8 x 8 x 50",
                        "pool2 4 x 4 x 50",
                        "dense 500",
                        "output 10"),
                shapes);
        assertEquals("convolution 5 x 5, ReLU", inside.layer("conv1").kind());
        assertEquals("max pooling 2 x 2", inside.layer("pool2").kind());
        assertEquals(24 * 24, inside.layer("conv1").map(19).length);
        assertThrows(
                IndexOutOfBoundsException.class, () -> inside.layer("conv1").map(20));
        var e = assertThrows(IllegalArgumentException.class, () -> inside.layer("conv3"));
        assertTrue(e.getMessage().contains("conv2"), e.getMessage());
    }

    @Test
    void theLastLayerIsWhatThePredictorSays() {
        Predictor predictor = TestModel.predictor();
        for (int i = 0; i < 5; i++) {
            DigitImage digit = TestModel.mnist().test().get(i);
            Activations inside = Activations.of(predictor.model(), digit);
            Prediction said = predictor.predict(digit);
            assertEquals(said.digit(), inside.prediction().digit());
            assertArrayEquals(said.probabilities(), inside.prediction().probabilities(), 1e-6f);
            assertArrayEquals(digit.scaled(), inside.layer("input").values());
        }
    }

    @Test
    void reluLayersHoldNoNegativeValueAndPoolingKeepsEachMapsMaximum() {
        Activations inside =
                Activations.of(TestModel.model(), TestModel.mnist().test().get(3));
        for (String name : List.of("conv1", "pool1", "conv2", "pool2", "dense")) {
            for (float v : inside.layer(name).values()) {
                assertTrue(v >= 0, name + " holds " + v);
            }
        }
        LayerActivation conv = inside.layer("conv1"), pool = inside.layer("pool1");
        for (int k = 0; k < conv.channels(); k++) {
            assertEquals(
                    conv.strength(k), pool.strength(k), 1e-6f, "max pooling keeps map " + k + "'s strongest value");
        }
    }
}
