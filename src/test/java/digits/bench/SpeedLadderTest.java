package digits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.model.Cnn;
import digits.model.CnnSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SpeedLadderTest {

    private static DigitSet images;

    @BeforeAll
    static void load() {
        images = Mnist.load().train().first(120);
    }

    /** A ladder whose passes "take" the seconds given, one array per timing, in order; no network trains. */
    private static SpeedLadder ladder(int repeats, List<int[]> calls, double[]... seconds) {
        int[] next = {0};
        return new SpeedLadder(images, repeats, (model, batchSize, trainedOn, passes) -> {
            calls.add(new int[] {batchSize, trainedOn.size(), passes});
            return seconds[next[0]++];
        });
    }

    @Test
    void aStepKeepsItsFastestPass() {
        List<int[]> calls = new ArrayList<>();
        var ladder = ladder(3, calls, new double[] {3.0, 1.5, 4.0});
        ladder.time("one", null, 64);
        assertEquals(List.of(new SpeedLadder.Step("one", 64, 120 / 1.5, false)), ladder.steps());
        assertEquals("[64, 120, 3]", Arrays.toString(calls.get(0)), "batch size, images and repeats passed on");
    }

    @Test
    void theTableComparesEveryTimingWithTheFirstStep() {
        var ladder = ladder(2, new ArrayList<>(), new double[] {2.0, 2.4}, new double[] {0.8}, new double[] {1.6});
        ladder.time("first", null, 64); // 60 images/s
        ladder.time("second", null, 128); // 150 images/s
        ladder.aside("second on one thread", null, 128); // 75 images/s
        Table table = ladder.table();
        assertEquals(List.of("step", "batch", "images/s", "x first step"), table.columnNames());
        assertEquals(
                List.of("first", "second", "second on one thread (aside)"),
                table.stringColumn("step").asList());
        assertEquals(List.of(64, 128, 128), table.intColumn("batch").asList());
        assertEquals(List.of(60, 150, 75), table.intColumn("images/s").asList());
        assertEquals(List.of(1.0, 2.5, 1.3), table.doubleColumn("x first step").asList());
    }

    @Test
    void theChartDrawsTheStepsOnlyAndGivesTheFloorInItsTitle() {
        var ladder = ladder(1, new ArrayList<>(), new double[] {2.0}, new double[] {1.0}, new double[] {4.0});
        ladder.time("first", null, 64);
        ladder.time("second", null, 64);
        ladder.aside("slower aside", null, 64);
        var chart = ladder.chart(new ComputeFloor(13e6, 130)); // 130 GFLOP/s / 13 MFLOP = 10,000 images/s
        assertEquals("Training speed, one change at a time (compute floor 10,000 images/s)", chart.title());
        String json = chart.plotlyJson().toString();
        assertTrue(json.contains("first") && json.contains("second"), json);
        assertFalse(
                json.contains("slower aside") || json.contains("10000"), "no bar for the aside or the floor: " + json);
    }

    @Test
    void anAsideNeedsAStepBeforeIt() {
        var ladder = ladder(1, new ArrayList<>(), new double[] {1.0});
        var error = assertThrows(IllegalStateException.class, () -> ladder.aside("alone", null, 64));
        assertTrue(error.getMessage().contains("no step timed yet"), error.getMessage());
        assertEquals(0, ladder.table().rowCount());
        assertThrows(IllegalStateException.class, () -> ladder.chart(new ComputeFloor(1, 1)));
    }

    @Test
    void needsImagesAndARepeat() {
        assertThrows(IllegalArgumentException.class, () -> SpeedLadder.on(images.first(0)));
        var error = assertThrows(
                IllegalArgumentException.class, () -> SpeedLadder.on(images).repeats(0));
        assertEquals("repeats must be 1 or more, not 0", error.getMessage());
    }

    @Test
    @Tag("slow")
    void itTrainsTheNetworkExactlyAsBuilt() {
        var network =
                Cnn.build(CnnSpec.lenet().toBuilder().convFilters(2, 4).dense(8).build());
        List<Class<?>> before = Arrays.stream(network.getLayers())
                .<Class<?>>map(Object::getClass)
                .toList();
        var weights = network.params().dup();
        var ladder = SpeedLadder.on(images).repeats(1);
        ladder.time("small", network, 32);
        assertNotEquals(weights, network.params(), "it trained");
        assertEquals(
                before,
                Arrays.stream(network.getLayers()).map(Object::getClass).toList(),
                "not put on the fast path: a step shows its own change only");
        assertEquals(1, ladder.steps().size());
    }
}
