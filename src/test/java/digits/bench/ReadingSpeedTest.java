package digits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import digits.data.DigitSet;
import digits.evaluation.TestModel;
import digits.model.FoldedNetwork;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // runs networks over many digits: seconds, not milliseconds
class ReadingSpeedTest {

    /** A clock (ns) whose readings are 0, then each one {@code steps} ms later than the one before, in turn. */
    private static LongSupplier clock(long... stepsMs) {
        long[] now = {0};
        int[] reading = {0};
        return () -> {
            long t = now[0];
            now[0] += stepsMs[reading[0]++ % stepsMs.length] * 1_000_000;
            return t;
        };
    }

    @Test
    void theTableHasARowPerNetworkInOrderWithItsLayersMedianTimeAndAccuracy() {
        DigitSet digits = TestModel.mnist().test().first(50);
        var model = TestModel.model();
        // every prediction reads the clock twice: 3 ms pass during it, 1 ms until the next one starts
        var table = ReadingSpeed.on(digits, clock(3, 1), 2, 5)
                .time("as trained", model)
                .time("folded", FoldedNetwork.of(model))
                .table();
        assertEquals(List.of("network", "layers", "ms per digit", "accuracy %"), table.columnNames());
        assertEquals(
                List.of("as trained", "folded"), table.stringColumn("network").asList());
        assertEquals(
                List.of(model.getnLayers(), FoldedNetwork.of(model).getnLayers()),
                table.intColumn("layers").asList());
        assertEquals(List.of(3.0, 3.0), table.doubleColumn("ms per digit").asList());
        double expected = Math.round(TestModel.predictor().test(digits).accuracy() * 10_000) / 100.0;
        assertEquals(expected, table.doubleColumn("accuracy %").get(0), 1e-9);
    }

    @Test
    void theTableIsTheMedianOfTheTimedPredictions() {
        DigitSet digits = TestModel.mnist().test().first(3);
        // warm-up (2 predictions, untimed) then 3 timed ones of 5, 1 and 4 ms: the median is 4
        var table = ReadingSpeed.on(digits, clock(9, 0, 9, 0, 5, 0, 1, 0, 4, 0), 2, 3)
                .time("one", TestModel.model())
                .table();
        assertEquals(4.0, table.doubleColumn("ms per digit").get(0));
    }

    @Test
    void percentileOfSortedAndUnsortedValues() {
        double[] values = {5, 1, 4, 2, 3};
        assertEquals(3, ReadingSpeed.percentile(values, 50));
        assertEquals(5, ReadingSpeed.percentile(values, 99));
        assertEquals(1, ReadingSpeed.percentile(values, 0));
    }

    @Test
    void millisPerDigitGivesOneTimePerTimedPrediction() {
        double[] millis = ReadingSpeed.millisPerDigit(
                TestModel.model(), TestModel.mnist().test().first(3), 2, 7);
        assertEquals(7, millis.length);
    }

    @Test
    void badArgumentsAreNamed() {
        DigitSet none = TestModel.mnist().test().first(0);
        assertEquals(
                "digits must be 1 or more, not 0",
                assertThrows(IllegalArgumentException.class, () -> ReadingSpeed.on(none))
                        .getMessage());
        assertEquals(
                "predictions must be 1 or more, not 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ReadingSpeed.millisPerDigit(
                                        TestModel.model(),
                                        TestModel.mnist().test().first(3),
                                        0,
                                        0))
                        .getMessage());
        var empty = ReadingSpeed.on(TestModel.mnist().test().first(3));
        assertEquals(
                "no network to time: add one with time(name, network)",
                assertThrows(IllegalStateException.class, empty::table).getMessage());
    }
}
