package digits.bench;

import digits.model.CnnSpec;
import digits.model.OneDnn;
import digits.model.ThreadLimit;
import digits.data.DigitSet;
import digits.data.Mnist;
import digits.display.Chart;
import digits.model.Cnn;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeedLadderTest {

    private static DigitSet images;

    @BeforeAll
    static void load() {
        images = Mnist.load().train().first(256);
    }

    @Test
    void recordsEachStepAndComparesItWithTheFirst() {
        var ladder = SpeedLadder.on(images).passes(2);
        ladder.time("first", Cnn.lenet(), 64);
        ladder.time("second", Cnn.lenet(), 128);
        List<SpeedLadder.Step> steps = ladder.steps();
        double first = steps.get(0).imagesPerSecond(), second = steps.get(1).imagesPerSecond();
        assertTrue(first > 0 && second > 0 && Double.isFinite(first) && Double.isFinite(second));

        assertEquals(List.of("first", "second"), steps.stream().map(SpeedLadder.Step::name).toList());
        assertEquals(List.of(64, 128), steps.stream().map(SpeedLadder.Step::batchSize).toList());

        Table table = ladder.table();
        assertEquals(List.of("step", "batch", "images/s", "x first step"), table.columnNames());
        assertEquals(1.0, table.doubleColumn("x first step").get(0));
        assertEquals((int) Math.round(first), table.intColumn("images/s").get(0));
        assertEquals(Math.round(second / first * 10) / 10.0, table.doubleColumn("x first step").get(1), 1e-9);

        Chart chart = ladder.chart(new ComputeFloor(13e6, 130));
        String json = chart.plotlyJson().toString();
        assertTrue(json.contains("compute floor") && json.contains("10000.0"), json);   // 130 GFLOP/s / 13 MFLOP
    }

    @Test
    void needsImagesAndAStepBeforeItsTable() {
        assertThrows(IllegalArgumentException.class, () -> SpeedLadder.on(images.first(0)));
        assertThrows(IllegalArgumentException.class, () -> SpeedLadder.on(images).passes(0));
        var empty = SpeedLadder.on(images);
        assertEquals(0, empty.table().rowCount());
        assertThrows(IllegalStateException.class, () -> empty.chart(new ComputeFloor(1, 1)));
    }

    @Test
    void aNetworkBuiltWithoutHelpersRunsDeeplearning4jsOwnCode() {
        var own = OneDnn.withoutHelpers(Cnn::lenet);
        assertNull(((ConvolutionLayer) own.getLayer("conv2")).getHelper());
        assertNotNull(((ConvolutionLayer) Cnn.lenet().getLayer("conv2")).getHelper(), "the setting is restored");
    }

    @Test
    void theComputeFloorCountsThreeForwardPassesLessTheFirstLayersInputGradient() {
        // LeNet forward: conv1 24*24*20*25, conv2 8*8*50*500, dense 800*500, output 500*10 multiply-adds
        double conv1 = 2.0 * 24 * 24 * 20 * 25;
        double forward = conv1 + 2.0 * 8 * 8 * 50 * 500 + 2.0 * 800 * 500 + 2.0 * 500 * 10;
        assertEquals(3 * forward - conv1, ComputeFloor.flopsPerTrainingImage(CnnSpec.lenet()), 1e-6);
        assertEquals(13_182_000, ComputeFloor.flopsPerTrainingImage(CnnSpec.lenet()), 1e-6);
        assertEquals(1_000, new ComputeFloor(1e6, 1).imagesPerSecond(), 1e-9);
        double gflops = ComputeFloor.matrixMultiplyGflops();
        assertTrue(gflops > 0.1 && gflops < 100_000, "measured " + gflops + " GFLOP/s");
        assertTrue(new ComputeFloor(13e6, 100).toString().contains("7,692 images/s"));
    }

    @Test
    void threadLimitIsRestoredAfterTheWork() {
        int before = ThreadLimit.current();
        int[] inside = new int[2];
        ThreadLimit.to(1, () -> {
            inside[0] = ThreadLimit.current();
            inside[1] = org.nd4j.linalg.factory.Nd4j.factory().blas().getMaxThreads();
        });
        assertArrayEquals(new int[] {1, 1}, inside);
        assertEquals(before, ThreadLimit.current());
        assertThrows(IllegalArgumentException.class, () -> ThreadLimit.to(0, () -> { }));
    }
}
