package digits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import digits.model.CnnSpec;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ComputeFloorTest {

    @Test
    void countsThreeForwardPassesLessTheFirstLayersInputGradient() {
        // LeNet forward: conv1 24*24*20*25, conv2 8*8*50*500, dense 800*500, output 500*10 multiply-adds
        double conv1 = 2.0 * 24 * 24 * 20 * 25;
        double forward = conv1 + 2.0 * 8 * 8 * 50 * 500 + 2.0 * 800 * 500 + 2.0 * 500 * 10;
        assertEquals(3 * forward - conv1, ComputeFloor.flopsPerTrainingImage(CnnSpec.lenet()), 1e-6);
        assertEquals(13_182_000, ComputeFloor.flopsPerTrainingImage(CnnSpec.lenet()), 1e-6);
    }

    @Test
    void imagesPerSecondAreTheMatrixSpeedOverTheFlopPerImage() {
        assertEquals(1_000, new ComputeFloor(1e6, 1).imagesPerSecond(), 1e-9);
        assertEquals(
                "training on one image takes 13.0 MFLOP; ND4J multiplies large matrices here at 100 GFLOP/s; "
                        + "at that speed the arithmetic alone would take 7,692 images/s",
                new ComputeFloor(13e6, 100).toString());
    }

    @Test
    void theMatrixSpeedIsTwoFlopPerMultiplyAddOverTheFastestProduct() {
        // clock readings (ms) before and after each of the five timed products: 5, 4, 2, 3 and 6 ms
        var readings = LongStream.of(0, 5, 10, 14, 20, 22, 30, 33, 40, 46)
                .map(ms -> ms * 1_000_000)
                .iterator();
        double gflops = ComputeFloor.matrixMultiplyGflops(readings::nextLong);
        assertEquals(2.0 * 1024 * 1024 * 1024 / 2e-3 / 1e9, gflops, 1e-9);
    }
}
