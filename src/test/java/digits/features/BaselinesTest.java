package digits.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.evaluation.TestReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BaselinesTest {

    private final Mnist mnist = Mnist.load();
    private final DigitSet training = mnist.train().first(3_000);
    private final DigitSet test = mnist.test().first(1_000);
    private final Baselines baselines = Baselines.train(training);

    @Test
    void theTableHoldsEachBaselinesAccuracyOnTheSameDigits() {
        Table table = baselines.accuracyTable(test);
        assertEquals("Accuracy on test (first 1000), 1,000 digits", table.name());
        assertEquals(
                List.of("nearest average digit", "softmax regression"),
                table.stringColumn("model").asList());
        assertEquals(
                100 * baselines.templates().test(test).accuracy(),
                table.doubleColumn("accuracy %").getDouble(0),
                1e-9);
        assertEquals(
                100 * baselines.features().test(test).accuracy(),
                table.doubleColumn("accuracy %").getDouble(1),
                1e-9);
        assertTrue(
                table.doubleColumn("accuracy %").getDouble(1)
                        > table.doubleColumn("accuracy %").getDouble(0),
                "hand-made features beat the average digits: " + table.print());
    }

    @Test
    void anotherModelJoinsAsAThirdRowOnlyWhenMeasuredOnTheSameDigits() {
        TestReport report = baselines.features().test(test); // any report will do: here the baseline itself
        Table table = baselines.accuracyTable(test, "a model", "its own", report);
        assertEquals(3, table.rowCount());
        assertEquals("a model", table.stringColumn("model").get(2));
        assertEquals(100 * report.accuracy(), table.doubleColumn("accuracy %").getDouble(2), 1e-9);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> baselines.accuracyTable(mnist.test().first(500), "a model", "its own", report));
        assertTrue(e.getMessage().contains("same images"), e.getMessage());
    }
}
