package digits.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.preprocessing.Augmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class DigitBatchesTest {

    private static DigitSet digits;
    private static DigitSet augmentable;

    @BeforeAll
    static void load() {
        digits = Mnist.load().train().first(512);
        augmentable = digits.first(200);
    }

    @Test
    void batchesHaveTheRightShapesIncludingTheLastPartialOne() {
        DigitBatches batches = DigitBatches.inOrder(digits.first(150), 64);
        assertEquals(3, batches.batchesPerEpoch());
        long[] rows = {64, 64, 22};
        for (long n : rows) {
            assertTrue(batches.hasNext());
            DataSet batch = batches.next();
            assertArrayEquals(new long[] {n, 784}, batch.getFeatures().shape());
            assertArrayEquals(new long[] {n, 10}, batch.getLabels().shape());
        }
        assertFalse(batches.hasNext());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, batches::next);
        assertTrue(e.getMessage().contains("reset()"), e.getMessage());
    }

    @Test
    void pixelsAndOneHotLabelsMatchTheSet() {
        DigitBatches batches = DigitBatches.inOrder(digits.first(100), 32);
        float[] expected = new float[784];
        int image = 0;
        while (batches.hasNext()) {
            DataSet batch = batches.next();
            for (int row = 0; row < batch.numExamples(); row++, image++) {
                digits.copyScaledPixels(image, expected, 0);
                assertArrayEquals(
                        expected, batch.getFeatures().getRow(row).toFloatVector(), "pixels of image " + image);
                float[] oneHot = new float[10];
                oneHot[digits.label(image)] = 1;
                assertArrayEquals(oneHot, batch.getLabels().getRow(row).toFloatVector(), "label of image " + image);
            }
        }
        assertEquals(100, image);
    }

    @Test
    void aShuffledEpochHandsOutEveryImageExactlyOnce() {
        // Recognise images by their pixels: the first 512 MNIST digits are all different.
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < digits.size(); i++) {
            indexOf.put(Arrays.toString(digits.rawPixels(i)), i);
        }
        assertEquals(digits.size(), indexOf.size());

        DigitBatches batches = DigitBatches.shuffled(digits, 50, 7);
        for (int epoch = 0; epoch < 2; epoch++) {
            List<Integer> seen = imagesOfOneEpoch(batches, indexOf);
            assertEquals(digits.size(), seen.size());
            assertEquals(digits.size(), seen.stream().distinct().count(), "no image twice");
            for (int position = 0; position < seen.size(); position++) {
                assertEquals(batches.indexAt(position), seen.get(position));
            }
            batches.reset();
        }
    }

    private static List<Integer> imagesOfOneEpoch(DigitBatches batches, Map<String, Integer> indexOf) {
        List<Integer> seen = new ArrayList<>();
        while (batches.hasNext()) {
            DataSet batch = batches.next();
            for (int row = 0; row < batch.numExamples(); row++) {
                float[] pixels = batch.getFeatures().getRow(row).toFloatVector();
                byte[] raw = new byte[pixels.length];
                for (int k = 0; k < raw.length; k++) {
                    raw[k] = (byte) Math.round(pixels[k] * 255);
                }
                int image = indexOf.get(Arrays.toString(raw));
                assertEquals(1f, batch.getLabels().getFloat(row, digits.label(image)), "label of image " + image);
                seen.add(image);
            }
        }
        return seen;
    }

    private static int[] order(DigitBatches batches) {
        int[] order = new int[batches.set().size()];
        Arrays.setAll(order, batches::indexAt);
        return order;
    }

    @Test
    void theSameSeedGivesTheSameOrdersEpochAfterEpoch() {
        DigitBatches a = DigitBatches.shuffled(digits, 64, 42);
        DigitBatches b = DigitBatches.shuffled(digits, 64, 42);
        for (int epoch = 0; epoch < 3; epoch++) {
            assertArrayEquals(order(a), order(b), "epoch " + epoch);
            assertEquals(a.next().getFeatures(), b.next().getFeatures());
            a.reset();
            b.reset();
        }
        assertFalse(
                Arrays.equals(
                        order(DigitBatches.shuffled(digits, 64, 42)), order(DigitBatches.shuffled(digits, 64, 43))),
                "another seed, another order");
    }

    @Test
    void eachEpochHasANewOrder() {
        DigitBatches batches = DigitBatches.shuffled(digits, 64, 42);
        int[] first = order(batches);
        int[] identity = order(DigitBatches.inOrder(digits, 64));
        assertFalse(Arrays.equals(identity, first), "shuffled");
        batches.reset();
        int[] second = order(batches);
        assertFalse(Arrays.equals(first, second));
        int[] sorted = second.clone();
        Arrays.sort(sorted);
        assertArrayEquals(identity, sorted, "still a permutation");
    }

    @Test
    void resetStartsAgain() {
        DigitBatches inOrder = DigitBatches.inOrder(digits, 100);
        INDArray firstBatch = inOrder.next().getFeatures();
        while (inOrder.hasNext()) {
            inOrder.next();
        }
        inOrder.reset();
        assertTrue(inOrder.hasNext());
        assertEquals(firstBatch, inOrder.next().getFeatures(), "in order: the same first batch every epoch");

        DigitBatches shuffled = DigitBatches.shuffled(digits, 100, 1);
        shuffled.next();
        shuffled.reset(); // also allowed part-way through an epoch
        int images = 0;
        while (shuffled.hasNext()) {
            images += shuffled.next().numExamples();
        }
        assertEquals(digits.size(), images);
    }

    @Test
    void describesItselfToDeeplearning4j() {
        DigitBatches batches = DigitBatches.shuffled(digits, 32, 1);
        assertEquals(784, batches.inputColumns());
        assertEquals(10, batches.totalOutcomes());
        assertEquals(32, batches.batch());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), batches.getLabels());
        assertTrue(batches.resetSupported());
        assertEquals(16, batches.batchesPerEpoch());
        assertEquals(5, batches.next(5).numExamples());
    }

    @Test
    void rejectsABadBatchSizeAndAnEmptySet() {
        var e = assertThrows(IllegalArgumentException.class, () -> DigitBatches.inOrder(digits, 0));
        assertEquals("batch size must be 1 or more, not 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DigitBatches.shuffled(digits.first(0), 64, 1));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
        assertNotEquals(null, DigitBatches.inOrder(digits.first(1), 64).next());
    }

    @Test
    void batchesHaveDigitBatchesShapesLabelsAndOrder() {
        Augmenter augmenter = Augmenter.builder().seed(11).build();
        DigitBatches augmented = DigitBatches.augmented(augmentable, 64, augmenter);
        DigitBatches plain = DigitBatches.shuffled(augmentable, 64, 11);
        assertEquals(plain.batchesPerEpoch(), augmented.batchesPerEpoch());
        int batches = 0;
        while (augmented.hasNext()) {
            DataSet a = augmented.next();
            DataSet p = plain.next();
            assertArrayEquals(p.getFeatures().shape(), a.getFeatures().shape());
            assertArrayEquals(p.getLabels().shape(), a.getLabels().shape());
            assertEquals(p.getLabels(), a.getLabels(), "same images in the same order, labels kept");
            assertNotEquals(p.getFeatures(), a.getFeatures(), "pixels changed");
            assertTrue(a.getFeatures().minNumber().doubleValue() >= 0
                    && a.getFeatures().maxNumber().doubleValue() <= 1);
            batches++;
        }
        assertEquals(4, batches);
        assertFalse(plain.hasNext());
    }

    @Test
    void batchesAreReproducibleAndChangeFromEpochToEpoch() {
        Augmenter augmenter = Augmenter.builder().seed(5).build();
        DigitBatches first = DigitBatches.augmented(augmentable, 50, augmenter);
        DigitBatches second = DigitBatches.augmented(
                augmentable, 50, Augmenter.builder().seed(5).build());
        DataSet epoch1 = first.next();
        assertEquals(epoch1.getFeatures(), second.next().getFeatures());
        first.reset();
        assertNotEquals(epoch1.getFeatures(), first.next().getFeatures());
    }

    @Test
    void aBatchTurnsBackIntoDigits() {
        DataSet batch = DigitBatches.inOrder(augmentable, 10).next();
        DigitSet back = DigitBatches.digits(batch, "batch");
        assertEquals(10, back.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(augmentable.get(i), back.get(i));
        }
    }
}
