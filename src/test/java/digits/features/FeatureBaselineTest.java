package digits.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.evaluation.ConfusionMatrix;
import digits.evaluation.TestReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Trains the hand-made-feature baseline on all 60,000 training images and measures it on all 10,000 test
 * images (about 10 seconds).
 */
@Tag("slow") // trains networks: seconds, not milliseconds
class FeatureBaselineTest {

    /**
     * The floor: 88% is what the simplest linear classifier reaches on the raw 784 pixels (LeCun et al., 1998,
     * 12% error). A linear classifier on features that describe the digit should do at least as well; this
     * one measures about 91% (91.0-91.4% over seeds 42, 1 and 2), so 3 points of margin absorb seed and
     * platform differences while a broken feature (holes, zones, standardisation) still fails the test.
     */
    private static final double FLOOR = 0.88;

    @Test
    void beatsTheFloorOnTheFullTestSet() {
        Mnist mnist = Mnist.load();
        DigitSet test = mnist.test();
        assertEquals(10_000, test.size());
        FeatureBaseline baseline = FeatureBaseline.train(mnist.train());
        TestReport report = baseline.test(test);
        double accuracy = report.accuracy();
        System.out.println(String.format("hand-made feature baseline: %.4f on the 10,000 test images", accuracy));
        assertTrue(accuracy > FLOOR, "test accuracy " + accuracy + " is not above the floor " + FLOOR);

        ConfusionMatrix confusion = report.confusionMatrix();
        long total = 0, diagonal = 0;
        for (int t = 0; t < 10; t++) {
            int row = 0;
            for (int p = 0; p < 10; p++) {
                int count = confusion.count(t, p);
                total += count;
                row += count;
                diagonal += t == p ? count : 0;
            }
            assertEquals(test.classCounts()[t], row, "row " + t + " counts the test images of digit " + t);
        }
        assertEquals(10_000, total);
        assertEquals(accuracy, diagonal / 10_000.0, 1e-12);
        int[] predicted = baseline.predict(test);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(predicted[i], report.prediction(i).digit(), "image " + i);
        }
        Table weights = baseline.weights(1);
        assertEquals(HandMadeFeatures.SIZE, weights.rowCount());
    }
}
