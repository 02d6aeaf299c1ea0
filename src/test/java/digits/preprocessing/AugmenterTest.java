package digits.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.data.Mnist;
import digits.training.DigitBatches;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

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
            double ratio = ink(variant) / ink(digit);
            assertTrue(ratio > 0.7 && ratio < 1.4, "ink ratio " + ratio);
        }
        assertEquals(12, variants.stream().distinct().count(), "every variant differs");
    }

    private static double ink(DigitImage digit) {
        double sum = 0;
        for (float v : digit.scaled()) {
            sum += v;
        }
        return sum;
    }

    @Test
    void theSameSeedGivesTheSameVariants() {
        DigitImage digit = digits.get(1);
        assertEquals(Augmenter.builder().seed(3).build().variants(digit, 5),
                Augmenter.builder().seed(3).build().variants(digit, 5));
        assertNotEquals(Augmenter.builder().seed(3).build().variants(digit, 5),
                Augmenter.builder().seed(4).build().variants(digit, 5));
        Augmenter augmenter = Augmenter.builder().build();
        assertEquals(augmenter.augment(digit, 17), augmenter.augment(digit, 17));
    }

    @Test
    void anAugmenterThatChangesNothingKeepsTheDigit() {
        Augmenter none = Augmenter.builder().maxShift(0).maxRotation(0).scale(1, 1).noElastic().build();
        DigitImage digit = digits.get(2);
        assertEquals(digit, none.augment(digit, 5));
    }

    @Test
    void batchesHaveDigitBatchesShapesLabelsAndOrder() {
        Augmenter augmenter = Augmenter.builder().seed(11).build();
        AugmentedBatches augmented = AugmentedBatches.of(digits, 64, augmenter);
        DigitBatches plain = DigitBatches.shuffled(digits, 64, 11);
        assertEquals(plain.batchesPerEpoch(), augmented.batchesPerEpoch());
        int batches = 0;
        while (augmented.hasNext()) {
            DataSet a = augmented.next();
            DataSet p = plain.next();
            assertArrayEquals(p.getFeatures().shape(), a.getFeatures().shape());
            assertArrayEquals(p.getLabels().shape(), a.getLabels().shape());
            assertEquals(p.getLabels(), a.getLabels(), "same images in the same order, labels kept");
            assertNotEquals(p.getFeatures(), a.getFeatures(), "pixels changed");
            assertTrue(a.getFeatures().minNumber().doubleValue() >= 0 && a.getFeatures().maxNumber().doubleValue() <= 1);
            batches++;
        }
        assertEquals(4, batches);
        assertFalse(plain.hasNext());
    }

    @Test
    void batchesAreReproducibleAndChangeFromEpochToEpoch() {
        Augmenter augmenter = Augmenter.builder().seed(5).build();
        AugmentedBatches first = AugmentedBatches.of(digits, 50, augmenter);
        AugmentedBatches second = AugmentedBatches.of(digits, 50, Augmenter.builder().seed(5).build());
        DataSet epoch1 = first.next();
        assertEquals(epoch1.getFeatures(), second.next().getFeatures());
        first.reset();
        assertNotEquals(epoch1.getFeatures(), first.next().getFeatures());
    }

    @Test
    void aBatchTurnsBackIntoDigits() {
        Augmenter none = Augmenter.builder().maxShift(0).maxRotation(0).scale(1, 1).noElastic().build();
        DataSet batch = DigitBatches.inOrder(digits, 10).next();
        DigitSet back = AugmentedBatches.digits(batch, "batch");
        assertEquals(10, back.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(digits.get(i), back.get(i));
        }
        assertEquals(digits.get(0), none.variants(digits.get(0), 1).get(0));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().maxShift(-1));
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().maxRotation(90));
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().scale(1.2, 1.1));
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().elastic(10, 0));
        assertThrows(IllegalArgumentException.class, () -> Augmenter.builder().build().variants(digits.get(0), -1));
    }
}
