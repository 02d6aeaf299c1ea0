package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;

class CnnSpecTest {

    @Test
    void lenetHasTheClassicSizes() {
        CnnSpec spec = CnnSpec.lenet();
        assertEquals(28, spec.inputHeight());
        assertEquals(28, spec.inputWidth());
        assertEquals(1, spec.channels());
        assertEquals(20, spec.firstConvFilters());
        assertEquals(50, spec.secondConvFilters());
        assertEquals(5, spec.kernelSize());
        assertEquals(1, spec.convStride());
        assertEquals(2, spec.poolSize());
        assertEquals(500, spec.denseWidth());
        assertEquals(10, spec.classes());
        assertEquals(0, spec.dropout());
        assertEquals(false, spec.batchNorm());
        assertEquals(Activation.RELU, spec.convActivation());
        assertEquals(1e-3, spec.learningRate());
        assertEquals(42, spec.seed());
        assertEquals(0, spec.l2());
    }

    @Test
    void toBuilderChangesOnlyWhatItIsTold() {
        CnnSpec spec = CnnSpec.lenet().toBuilder()
                .convFilters(32, 64)
                .dense(256)
                .dropout(0.5)
                .batchNorm(true)
                .build();
        assertEquals(32, spec.firstConvFilters());
        assertEquals(64, spec.secondConvFilters());
        assertEquals(256, spec.denseWidth());
        assertEquals(0.5, spec.dropout());
        assertTrue(spec.batchNorm());
        assertEquals(5, spec.kernelSize());
        assertEquals(CnnSpec.lenet(), CnnSpec.lenet().toBuilder().build());
        assertEquals(spec, spec.toBuilder().build());
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertRejected(CnnSpec.builder().convFilters(0, 50), "firstConvFilters must be 1 or more, not 0");
        assertRejected(CnnSpec.builder().convFilters(20, -3), "secondConvFilters must be 1 or more, not -3");
        assertRejected(CnnSpec.builder().dense(0), "denseWidth must be 1 or more, not 0");
        assertRejected(CnnSpec.builder().classes(1), "classes must be 2 or more, not 1");
        assertRejected(CnnSpec.builder().dropout(1.0), "dropout must be 0 to 0.95, not 1");
        assertRejected(CnnSpec.builder().dropout(-0.1), "dropout must be 0 to 0.95, not -0.1");
        assertRejected(CnnSpec.builder().learningRate(0), "learning rate must be above 0, not 0");
        assertRejected(CnnSpec.builder().l2(-1), "l2 must be 0 or more, not -1");
        assertRejected(CnnSpec.builder().input(28, 28, 0), "channels must be 1 or more, not 0");
        assertRejected(CnnSpec.builder().learningRateDecay(0), "learningRateDecay must be above 0, not 0");
        assertRejected(CnnSpec.builder().learningRateDecay(1.5), "learningRateDecay must be 0 to 1, not 1.5");
    }

    @Test
    void theRecommendedSpecIsLenetWithBatchNormAndADecayingRate() {
        CnnSpec spec = CnnSpec.recommended();
        assertTrue(spec.batchNorm());
        assertEquals(20, spec.firstConvFilters());
        assertEquals(500, spec.denseWidth());
        assertTrue(spec.learningRateDecay() < 1);
        assertEquals(1, CnnSpec.lenet().learningRateDecay());
        assertEquals(spec, spec.toBuilder().build());
    }

    @Test
    void rejectsWindowsLargerThanThePictureTheySee() {
        assertRejected(CnnSpec.builder().kernelSize(30), "kernelSize 30", "28 x 28 input image", "at most 28");
        // 28 -> 17 after the first 12 x 12 convolution -> 8 after pooling: too small for a second 12 x 12 kernel
        assertRejected(CnnSpec.builder().kernelSize(12), "kernelSize 12", "8 x 8 input of the second convolution");
        assertRejected(CnnSpec.builder().poolSize(25), "poolSize 25", "24 x 24 output of the first convolution");
        // 11 -> 9 -> 3 -> 1: nothing left for the second 3 x 3 pooling window
        assertRejected(
                CnnSpec.builder().input(11, 11, 1).kernelSize(3).poolSize(3),
                "poolSize 3",
                "1 x 1 output of the second convolution");
    }

    private static void assertRejected(CnnSpec.Builder builder, String... expectedInMessage) {
        var e = assertThrows(IllegalArgumentException.class, builder::build);
        for (String expected : expectedInMessage) {
            assertTrue(e.getMessage().contains(expected), () -> "'" + expected + "' not in: " + e.getMessage());
        }
    }
}
