package digits.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.data.Mnist;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AugmenterTest {

    private static DigitSet digits;

    @BeforeAll
    static void load() {
        digits = Mnist.load().train().first(200);
    }

    @Test
    void variantsKeepTheLabelAndChangeThePixels() {
        DigitImage digit = digits.get(0);
        List<DigitImage> variants = Augmenter.builder().seed(7).build().variants(digit, 12);
        assertEquals(12, variants.size());
        for (DigitImage variant : variants) {
            assertEquals(digit.label(), variant.label());
            assertEquals(784, variant.rawPixels().length);
            assertNotEquals(digit, variant);
            // Still a digit of similar weight: small changes keep most of the ink.
            double ratio = Shapes.ink(variant) / Shapes.ink(digit);
            assertTrue(ratio > 0.7 && ratio < 1.4, "ink ratio " + ratio);
        }
        assertEquals(12, variants.stream().distinct().count(), "every variant differs");
    }

    @Test
    void theSameSeedGivesTheSameVariants() {
        DigitImage digit = digits.get(1);
        assertEquals(
                Augmenter.builder().seed(3).build().variants(digit, 5),
                Augmenter.builder().seed(3).build().variants(digit, 5));
        assertNotEquals(
                Augmenter.builder().seed(3).build().variants(digit, 5),
                Augmenter.builder().seed(4).build().variants(digit, 5));
        Augmenter augmenter = Augmenter.builder().build();
        assertEquals(augmenter.augment(digit, 17), augmenter.augment(digit, 17));
    }

    @Test
    void anAugmenterThatChangesNothingKeepsTheDigit() {
        Augmenter none = Augmenter.builder()
                .maxShift(0)
                .maxRotation(0)
                .scale(1, 1)
                .noElastic()
                .build();
        DigitImage digit = digits.get(2);
        assertEquals(digit, none.augment(digit, 5));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().maxShift(-1));
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().maxRotation(90));
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().scale(1.2, 1.1));
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().elastic(10, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> Augmenter.builder().build().variants(digits.get(0), -1));
    }
}
