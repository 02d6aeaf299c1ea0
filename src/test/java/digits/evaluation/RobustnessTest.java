package digits.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.preprocessing.Corruption;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RobustnessTest {

    private static final DigitSet DIGITS = TestModel.mnist().test().first(300);

    @Test
    void readsTheCleanAndEveryCorruptedSetWithEachNetwork() {
        Predictor network = TestModel.predictor();
        Robustness robustness = Robustness.measure(DIGITS, List.of("one", "same"), List.of(network, network));
        assertEquals(network.test(DIGITS).accuracy(), robustness.clean("one"), 1e-12);
        for (Corruption c : Corruption.values()) {
            double expected = network.test(c.apply(DIGITS, Robustness.SEED)).accuracy();
            assertEquals(expected, robustness.accuracy(c, "one"), 1e-12, c.label());
            assertEquals(expected, robustness.accuracy(c, "same"), 1e-12, c.label());
        }
        assertTrue(
                robustness.accuracy(Corruption.OFF_CENTRE, "one") < robustness.clean("one"),
                "a network trained on centred digits reads digits moved 3 px worse");

        Table table = robustness.table();
        assertEquals("Accuracy on 300 test digits, clean and changed", table.name());
        assertEquals(
                List.of("corruption", "what it does", "one %", "same %", "same − one (% points)"), table.columnNames());
        assertEquals(Corruption.values().length + 2, table.rowCount(), "clean, each corruption, their mean");
        assertEquals("clean", table.stringColumn("corruption").get(0));
        assertEquals("mean of the corruptions", table.stringColumn("corruption").get(table.rowCount() - 1));
        assertEquals(
                Math.round(10000 * robustness.meanOfCorruptions("one")) / 100.0,
                table.doubleColumn("one %").get(table.rowCount() - 1),
                1e-9);
        assertEquals(0.0, table.doubleColumn("same − one (% points)").max());
        assertEquals(
                "same ahead by 1 point or more: none\nwithin 1 point: "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Corruption.values())
                                        .map(c -> c.label() + " (+0.0)")
                                        .toList())
                        + "\none ahead by 1 point or more: "
                        + "none",
                robustness.summary().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void namesMustMatchTheNetworks() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> Robustness.measure(DIGITS, List.of("one"), List.of()));
        assertEquals("one name per network, at least one: got 1 names and 0 networks", e.getMessage());
        Robustness one = Robustness.measure(DIGITS.first(20), List.of("one"), List.of(TestModel.predictor()));
        assertThrows(IllegalStateException.class, one::summary);
        var unknown = assertThrows(IllegalArgumentException.class, () -> one.clean("two"));
        assertEquals("no network named 'two': the networks are [one]", unknown.getMessage());
    }

    @Test
    void examplesShowEachDigitCleanAndUnderEveryCorruption() {
        BufferedImage picture = Robustness.examples(DIGITS, 3);
        int columns = Corruption.values().length + 1;
        assertEquals(6 + columns * (84 + 6), picture.getWidth(), "a column per corruption and one for the clean digit");
        assertTrue(picture.getWidth() <= 1000, picture.getWidth() + " px wide");
    }
}
