package digits.bench;

import digits.data.DigitSet;
import digits.evaluation.TestModel;
import digits.model.FoldedNetwork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingSpeedTest {

    @Test
    void tableHasARowPerNetworkWithItsLayersTimeAndAccuracy() {
        DigitSet digits = TestModel.mnist().test().first(200);
        var model = TestModel.model();
        var table = ReadingSpeed.table(List.of("as trained", "folded"), List.of(model, FoldedNetwork.of(model)), digits);

        assertEquals(List.of("network", "layers", "ms per digit", "accuracy %"), table.columnNames());
        assertEquals(2, table.rowCount());
        assertEquals(model.getnLayers(), table.intColumn("layers").get(0));
        double expected = Math.round(TestModel.predictor().test(digits).accuracy() * 10_000) / 100.0;
        assertEquals(expected, table.doubleColumn("accuracy %").get(0), 1e-9);
        for (int row = 0; row < 2; row++) {
            double ms = table.doubleColumn("ms per digit").get(row);
            assertTrue(ms > 0 && ms < 1_000, "ms per digit " + ms);
        }
    }

    @Test
    void millisPerDigitTimesEachPrediction() {
        double[] millis = ReadingSpeed.millisPerDigit(TestModel.model(), TestModel.mnist().test().first(3), 2, 7);
        assertEquals(7, millis.length);
        for (double m : millis) {
            assertTrue(m > 0, "a prediction took " + m + " ms");
        }
    }

    @Test
    void percentileOfSortedAndUnsortedValues() {
        double[] values = {5, 1, 4, 2, 3};
        assertEquals(3, ReadingSpeed.percentile(values, 50));
        assertEquals(5, ReadingSpeed.percentile(values, 99));
        assertEquals(1, ReadingSpeed.percentile(values, 0));
    }

    @Test
    void badArgumentsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ReadingSpeed.millisPerDigit(TestModel.model(), TestModel.mnist().test().first(0), 0, 5));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> ReadingSpeed.table(List.of("one"), List.of(), TestModel.mnist().test()));
        assertTrue(f.getMessage().contains("1 names for 0 networks"), f.getMessage());
    }
}
