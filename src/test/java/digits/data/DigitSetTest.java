package digits.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DigitSetTest {

    /** n images; image i has every pixel equal to i and label i % 10. */
    private static DigitSet set(int n) {
        byte[] pixels = new byte[n * 784];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(pixels, i * 784, (i + 1) * 784, (byte) i);
            labels[i] = (byte) (i % 10);
        }
        return DigitSet.of("demo", pixels, labels);
    }

    @Test
    void ofValidates() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DigitSet.of("x", new byte[784], new byte[2]));
        assertTrue(e.getMessage().contains("2 labels need 1568 pixels")
                && e.getMessage().contains("found 784"));
        e = assertThrows(
                IllegalArgumentException.class, () -> DigitSet.of("x", new byte[3 * 784], new byte[] {1, 10, 2}));
        assertEquals("x: the label at index 1 must be a digit, 0 to 9, not 10", e.getMessage());
    }

    @Test
    void ofCopiesItsInput() {
        byte[] pixels = new byte[784];
        byte[] labels = {3};
        DigitSet s = DigitSet.of("x", pixels, labels);
        pixels[0] = 9;
        labels[0] = 4;
        assertEquals(0, s.get(0).pixel(0, 0));
        assertEquals(3, s.label(0));
    }

    @Test
    void getAndIndexErrors() {
        DigitSet s = set(5);
        DigitImage img = s.get(3);
        assertEquals(3, img.label());
        assertEquals(3, img.pixel(27, 27));
        assertEquals(img, s.get(3));
        assertEquals(img.hashCode(), s.get(3).hashCode());
        assertNotEquals(img, s.get(2));
        assertEquals("DigitImage[label=3, 28x28]", img.toString());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> s.get(5));
        assertTrue(e.getMessage().contains("index 5") && e.getMessage().contains("0..4"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> s.label(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> img.pixel(28, 0));
        assertEquals(2, s.images(1, 3).size());
        assertEquals(2, s.images(1, 3).get(1).label());
        assertThrows(IndexOutOfBoundsException.class, () -> s.images(3, 6));
    }

    @Test
    void first() {
        DigitSet s = set(20).first(7);
        assertEquals(7, s.size());
        assertEquals("demo (first 7)", s.name());
        assertEquals(6, s.get(6).pixel(0, 0));
        assertEquals(0, set(3).first(0).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set(20).first(21));
        assertTrue(e.getMessage().contains("21")
                && e.getMessage().contains("demo")
                && e.getMessage().contains("20"));
    }

    @Test
    void sampleIsReproducibleAndWithoutDuplicates() {
        DigitSet all = set(200);
        DigitSet a = all.sample(50, 42);
        DigitSet b = all.sample(50, 42);
        DigitSet c = all.sample(50, 7);
        assertEquals(50, a.size());
        assertEquals("demo (sample of 50, seed 42)", a.name());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            int original = a.get(i).pixel(0, 0); // pixel value identifies the original index
            assertTrue(seen.add(original), "duplicate " + original);
            assertEquals(original % 10, a.label(i));
            assertArrayEquals(a.rawPixels(i), b.rawPixels(i));
        }
        boolean differs = false;
        for (int i = 0; i < 50; i++) {
            differs |= a.get(i).pixel(0, 0) != c.get(i).pixel(0, 0);
        }
        assertTrue(differs, "another seed gives another subset");
        assertEquals(200, all.sample(200, 1).size());
        assertThrows(IllegalArgumentException.class, () -> all.sample(201, 1));
    }

    @Test
    void classCountsAndTable() {
        DigitSet s = set(23);
        assertArrayEquals(new int[] {3, 3, 3, 2, 2, 2, 2, 2, 2, 2}, s.classCounts());
        Table t = s.classCountTable();
        assertEquals("demo: images per digit", t.name());
        assertEquals(10, t.rowCount());
        assertEquals(9, t.intColumn("digit").get(9));
        assertEquals(3, t.intColumn("images").get(0));
    }

    @Test
    void scaledPixelsAndStats() {
        byte[] pixels = new byte[2 * 784];
        pixels[0] = (byte) 255;
        pixels[784 + 1] = (byte) 51;
        DigitSet s = DigitSet.of("x", pixels, new byte[] {1, 2});
        float[] target = new float[10 + 784];
        s.copyScaledPixels(1, target, 10);
        assertEquals(0.2f, target[11], 1e-6);
        assertArrayEquals(s.get(1).scaled(), java.util.Arrays.copyOfRange(target, 10, 794));
        assertEquals(1f, s.get(0).scaled()[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> s.copyScaledPixels(0, new float[783], 0));
        PixelStats st = s.pixelStats();
        assertEquals((1 + 0.2) / 1568, st.mean(), 1e-12);
        assertEquals(1566.0 / 1568, st.zeroFraction(), 1e-12);
        assertEquals(0, st.min());
        assertEquals(1, st.max());
        double m = st.mean();
        double var = (1566 * m * m + (1 - m) * (1 - m) + (0.2 - m) * (0.2 - m)) / 1568;
        assertEquals(Math.sqrt(var), st.standardDeviation(), 1e-12);
        assertTrue(Double.isNaN(s.first(0).pixelStats().mean()));
    }

    @Test
    void sharesOfPixelsAndTheInkHistogramLeaveThePaperOut() {
        byte[] pixels = new byte[2 * 784]; // 1,568 pixels: 1,564 blank, four with ink
        pixels[0] = (byte) 255;
        pixels[1] = (byte) 224;
        pixels[2] = (byte) 31;
        pixels[784] = (byte) 1;
        DigitSet s = DigitSet.of("x", pixels, new byte[] {1, 2});
        assertEquals(1564.0 / 1568, s.shareOfPixels(0, 0), 1e-12);
        assertEquals(2.0 / 1568, s.shareOfPixels(224, 255), 1e-12);
        assertEquals(1.0, s.shareOfPixels(0, 255), 1e-12);
        Table ink = s.inkHistogram(8);
        assertEquals(
                java.util.List.of("1-31", "32-63", "64-95", "96-127", "128-159", "160-191", "192-223", "224-255"),
                ink.stringColumn("values").asList());
        assertEquals(50.0, ink.doubleColumn("% of ink pixels").getDouble(0), 1e-12, "1 and 31: two of four");
        assertEquals(50.0, ink.doubleColumn("% of ink pixels").getDouble(7), 1e-12, "224 and 255");
        assertEquals(100.0, ink.doubleColumn("% of ink pixels").sum(), 1e-9);
        assertEquals(1, ink.intColumn("lowest").getInt(0));
        assertEquals(255, ink.intColumn("highest").getInt(7));
        assertThrows(IllegalArgumentException.class, () -> s.shareOfPixels(10, 9));
        assertThrows(IllegalArgumentException.class, () -> s.inkHistogram(0));
    }

    @Test
    void bufferedImageIsInvertedAndScaled() {
        byte[] pixels = new byte[784];
        pixels[0] = (byte) 255;
        pixels[28 + 2] = (byte) 100;
        DigitImage img = new DigitImage(4, pixels);
        BufferedImage bi = img.toBufferedImage();
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, bi.getType());
        assertEquals(28, bi.getWidth());
        assertEquals(28, bi.getHeight());
        assertEquals(0, bi.getRaster().getSample(0, 0, 0), "full ink is black");
        assertEquals(255, bi.getRaster().getSample(5, 5, 0), "background is white");
        assertEquals(155, bi.getRaster().getSample(2, 1, 0), "x = col, y = row");
        BufferedImage big = img.toBufferedImage(4);
        assertEquals(112, big.getWidth());
        assertEquals(112, big.getHeight());
        assertEquals(0, big.getRaster().getSample(3, 3, 0));
        assertEquals(255, big.getRaster().getSample(4, 0, 0));
        assertEquals(155, big.getRaster().getSample(2 * 4 + 3, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> img.toBufferedImage(0));
        assertThrows(IllegalArgumentException.class, () -> new DigitImage(10, pixels));
        assertThrows(IllegalArgumentException.class, () -> new DigitImage(1, new byte[783]));
    }

    @Test
    void selectTakesTheChosenImagesInTheOrderGivenAndNamesABadIndex() {
        DigitSet set = set(5);
        DigitSet chosen = set.select(new int[] {2, 0, 2}, "chosen");
        assertEquals("chosen", chosen.name());
        assertEquals(3, chosen.size());
        assertEquals(set.get(2), chosen.get(0));
        assertEquals(set.get(0), chosen.get(1));
        assertEquals(set.get(2), chosen.get(2));
        IndexOutOfBoundsException e =
                assertThrows(IndexOutOfBoundsException.class, () -> set.select(new int[] {0, set.size()}, "bad"));
        assertTrue(e.getMessage().contains("index " + set.size() + " (entry 1)"), e.getMessage());
    }

    @Test
    void theShuffleDrawsDistinctIndicesAndRepeatsItselfForASeed() {
        int[] a = Shuffle.indices(100, 10, 7), b = Shuffle.indices(100, 10, 7), c = Shuffle.indices(100, 10, 8);
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
        assertArrayEquals(
                java.util.stream.IntStream.range(0, 100).toArray(),
                java.util.Arrays.stream(a).sorted().toArray(),
                "a permutation of 0..99");
        assertThrows(IllegalArgumentException.class, () -> Shuffle.indices(5, 6, 1));
    }
}
