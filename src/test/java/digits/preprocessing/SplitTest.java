package digits.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SplitTest {

    private static DigitSet training;
    private static Split split;

    @BeforeAll
    static void load() {
        training = Mnist.load().train();
        split = Split.stratified(training, 0.1, 42);
    }

    @Test
    void classProportionsAgreeWithinOnePercent() {
        int[] all = training.classCounts();
        int[] train = split.training().classCounts();
        int[] valid = split.validation().classCounts();
        for (int d = 0; d < 10; d++) {
            double whole = (double) all[d] / training.size();
            double inTraining = (double) train[d] / split.training().size();
            double inValidation = (double) valid[d] / split.validation().size();
            assertEquals(whole, inTraining, 0.01, "digit " + d + " in the training part");
            assertEquals(whole, inValidation, 0.01, "digit " + d + " in the validation part");
            assertEquals(all[d], train[d] + valid[d]);
        }
        assertEquals(6_000, split.validation().size(), 5);
    }

    @Test
    void partsAreDisjointAndTogetherHoldEveryImage() {
        int[] t = split.trainingIndices();
        int[] v = split.validationIndices();
        assertEquals(training.size(), t.length + v.length);
        boolean[] seen = new boolean[training.size()];
        for (int i : t) {
            seen[i] = true;
        }
        for (int i : v) {
            assertFalse(seen[i], "image " + i + " is in both parts");
            seen[i] = true;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        // The parts hold the images the indices name.
        assertEquals(training.get(v[0]), split.validation().get(0));
        assertEquals(
                training.get(t[t.length - 1]),
                split.training().get(split.training().size() - 1));
    }

    @Test
    void theSameSeedGivesTheSameSplit() {
        DigitSet small = training.first(2_000);
        assertArrayEquals(
                Split.stratified(small, 0.2, 1).validationIndices(),
                Split.stratified(small, 0.2, 1).validationIndices());
        assertFalse(Arrays.equals(
                Split.stratified(small, 0.2, 1).validationIndices(),
                Split.stratified(small, 0.2, 2).validationIndices()));
    }

    @Test
    void classCountTableComparesTheParts() {
        Table table = split.classCountTable();
        assertEquals(10, table.rowCount());
        assertEquals(split.validation().size(), (int)
                table.intColumn("validation part").sum());
        assertEquals(100, table.doubleColumn("% of training part").sum(), 0.5);
        assertTrue(
                split.training().name().startsWith("training part"),
                split.training().name());
        assertTrue(
                split.validation().name().startsWith("validation part"),
                split.validation().name());
    }

    @Test
    void badFractionsAreRefused() {
        for (double bad : new double[] {0, 1, -0.1, Double.NaN}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Split.stratified(training.first(10), bad, 1));
            assertTrue(e.getMessage().contains("validation fraction"), e.getMessage());
        }
    }
}
