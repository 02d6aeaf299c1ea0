package digits.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class StandardiserTest {

    /** A set whose every pixel has the value v. */
    private static DigitSet uniform(String name, int images, int v) {
        byte[] pixels = new byte[images * 784];
        java.util.Arrays.fill(pixels, (byte) v);
        return DigitSet.of(name, pixels, new byte[images]);
    }

    @Test
    void usesTheTrainingStatisticsOnly() {
        // Training: half the images blank, half full ink -> mean 0.5, standard deviation 0.5.
        byte[] pixels = new byte[4 * 784];
        java.util.Arrays.fill(pixels, 2 * 784, 4 * 784, (byte) 255);
        Standardiser standardiser = Standardiser.fit(DigitSet.of("training", pixels, new byte[4]));
        assertEquals(0.5, standardiser.mean(), 1e-9);
        assertEquals(0.5, standardiser.standardDeviation(), 1e-9);
        assertEquals("training", standardiser.fittedOn());
        // A test set of grey pixels is standardised with the training numbers, not its own (which would give 0).
        DigitSet test = uniform("test", 2, 51); // 0.2 on the 0..1 scale
        float[] standardised = standardiser.apply(test.get(0).scaled());
        assertEquals((0.2 - 0.5) / 0.5, standardised[0], 1e-6);
        assertEquals(-1f, standardiser.standardise(0f), 1e-6);
        assertEquals(1f, standardiser.standardise(1f), 1e-6);
    }

    @Test
    void mnistTrainingNumbersAreTheWellKnownOnes() {
        Mnist mnist = Mnist.load();
        Standardiser standardiser = Standardiser.fit(mnist.train());
        assertEquals(0.1307, standardiser.mean(), 1e-4);
        assertEquals(0.3081, standardiser.standardDeviation(), 1e-4);
        assertNotEquals(mnist.test().pixelStats().mean(), standardiser.mean(), 1e-4);
        assertTrue(
                standardiser.toString().contains("0.1307")
                        && standardiser.toString().contains("0.3081"),
                standardiser.toString());
        Table histogram = standardiser.inkHistogram(mnist.test(), 8);
        Table raw = mnist.test().inkHistogram(8);
        assertEquals(8, histogram.rowCount());
        assertEquals(
                raw.doubleColumn("% of ink pixels").asList(),
                histogram.doubleColumn("% of ink pixels").asList(),
                "standardising keeps every bar's height");
        // the first band, raw 1..31, has its middle at 16/255 on the 0..1 scale
        assertEquals(
                String.format(java.util.Locale.ROOT, "%.2f", standardiser.standardise(16f / 255)),
                histogram.stringColumn("values").get(0));
        assertEquals("-0.22", histogram.stringColumn("values").get(0));
    }

    @Test
    void applyInPlaceChangesOnlyTheGivenRange() {
        Standardiser standardiser = Standardiser.fit(mixed());
        float[] values = {1f, 1f, 1f};
        standardiser.applyInPlace(values, 1, 1);
        assertEquals(1f, values[0]);
        assertEquals(standardiser.standardise(1f), values[1]);
        assertEquals(1f, values[2]);
    }

    private static DigitSet mixed() {
        byte[] pixels = new byte[2 * 784];
        pixels[0] = (byte) 255;
        return DigitSet.of("mixed", pixels, new byte[2]);
    }

    @Test
    void refusesSetsWithoutSpread() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Standardiser.fit(uniform("flat", 3, 7)));
        assertTrue(e.getMessage().contains("flat") && e.getMessage().contains("standard deviation"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Standardiser.fit(uniform("empty", 0, 0)));
    }
}
