package digits.numbers.composed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.evaluation.TestModel;
import digits.numbers.MiddleNetwork;
import digits.numbers.MiddleStrip;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class MiddleWindowsTest {

    private static MiddleWindows windows;

    @BeforeAll
    static void compose() {
        windows = MiddleWindows.compose(TestModel.mnist().train().first(500), 40, 3);
    }

    @Test
    void everyDigitHasMiddlesAndMostColumnsHaveNone() {
        int middles = 0;
        for (int d = 0; d < 10; d++) {
            assertTrue(windows.count(d) > 0, "no window labelled as the middle of a " + d);
            middles += windows.count(d);
        }
        int none = windows.count(MiddleNetwork.NO_MIDDLE);
        assertEquals(windows.size(), middles + none);
        // 40 numbers of 3 to 6 digits, each middle 2 to 4 columns wide: far fewer middles than other columns
        assertTrue(middles >= 40 * 3 * 2 && middles <= 40 * 6 * 4, "middles: " + middles);
        assertTrue(none > 2 * middles, "no middle: " + none + ", middles: " + middles);
    }

    @Test
    void anEpochsBatchesHoldEveryWindowOnceWithOneLabelEach() {
        int rows = 0, batches = 0;
        for (DataSet batch : windows.batches(64, 1)) {
            batches++;
            rows += (int) batch.getFeatures().size(0);
            assertEquals(MiddleStrip.WINDOW_PIXELS, batch.getFeatures().size(1));
            assertEquals(MiddleNetwork.CLASSES, batch.getLabels().size(1));
            assertEquals(
                    batch.getFeatures().size(0), batch.getLabels().sumNumber().longValue());
            double most = batch.getFeatures().maxNumber().doubleValue();
            assertTrue(most > 0.5 && most <= 1.0, "ink values run 0 to 1, found at most " + most);
        }
        assertEquals(windows.size(), rows);
        assertEquals((windows.size() + 63) / 64, batches);
    }

    @Test
    void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() {
        DataSet a = windows.batches(32, 7).iterator().next();
        DataSet b = windows.batches(32, 7).iterator().next();
        DataSet c = windows.batches(32, 8).iterator().next();
        assertEquals(a.getFeatures(), b.getFeatures());
        assertTrue(!a.getFeatures().equals(c.getFeatures()));
    }

    @Test
    void aStripMapsPictureColumnsBothWays() {
        ComposedNumber number = NumberComposer.of(TestModel.mnist().test(), 5).separated();
        List<MiddleStrip> strips = MiddleStrip.of(number.text(), number.picture());
        assertEquals(number.length(), strips.size(), "separated digits: one strip each");
        MiddleStrip first = strips.get(0);
        assertEquals(3.5, first.column(first.pictureX(3.5)), 1e-9);
        // a digit scaled so that the picture's typical digit is 20 pixels high: about as wide as MNIST form makes it
        assertTrue(first.columns() >= 4 && first.columns() <= 30, "columns: " + first.columns());
        float[] middle = first.window(first.columns() / 2);
        double ink = 0;
        for (float v : middle) {
            ink += v;
        }
        assertTrue(ink > 10, "the window on the digit's middle column holds its ink: " + ink);
        assertEquals(MiddleStrip.WINDOW_PIXELS, middle.length);
    }
}
