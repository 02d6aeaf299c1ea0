package digits.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.display.Palette;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConvolutionsTest {

    /** Left half background, right half full ink: one vertical edge between columns 13 and 14. */
    private static DigitImage halfInk() {
        byte[] pixels = new byte[784];
        for (int r = 0; r < 28; r++) {
            for (int c = 14; c < 28; c++) {
                pixels[r * 28 + c] = (byte) 255;
            }
        }
        return new DigitImage(0, pixels);
    }

    @Test
    void sobelFindsTheVerticalEdgeOnly() {
        FeatureMap vertical = Convolutions.apply(halfInk(), Kernel.sobelVertical());
        assertEquals(26, vertical.height());
        assertEquals(26, vertical.width());
        // Output column c covers input columns c..c+2: the edge lies under outputs 12 and 13.
        assertEquals(4f, vertical.value(5, 12), 1e-6);
        assertEquals(4f, vertical.value(5, 13), 1e-6);
        assertEquals(0f, vertical.value(5, 5), 1e-6);
        assertEquals(0f, vertical.value(5, 20), 1e-6);
        FeatureMap horizontal = Convolutions.apply(halfInk(), Kernel.sobelHorizontal());
        assertEquals(0f, horizontal.min(), 1e-6);
        assertEquals(0f, horizontal.max(), 1e-6);
    }

    @Test
    void aFiveByFiveKernelShrinksTheMapByFour() {
        FeatureMap blurred = Convolutions.apply(halfInk(), Kernel.gaussianBlur());
        assertEquals(24, blurred.height());
        assertEquals(1f, blurred.value(0, 23), 1e-5); // deep in the ink, the weights sum to 1
    }

    @Test
    void maxPoolingKeepsTheLargestOfEachBlock() {
        FeatureMap map = FeatureMap.of("m", 4, 5, new float[] {
            1, 2, 0, 0, 9,
            3, 4, 0, -1, 9,
            0, 0, 5, 0, 9,
            0, -2, 0, 6, 9
        });
        FeatureMap pooled = Convolutions.maxPool(map, 2);
        assertEquals(2, pooled.height());
        assertEquals(2, pooled.width()); // the fifth column does not fill a block and is dropped
        assertEquals(4f, pooled.value(0, 0));
        assertEquals(0f, pooled.value(0, 1));
        assertEquals(0f, pooled.value(1, 0));
        assertEquals(6f, pooled.value(1, 1));
        assertEquals(0f, Convolutions.relu(map).min());
        assertThrows(IllegalArgumentException.class, () -> Convolutions.maxPool(map, 5));
    }

    @Test
    void explainWritesOutTheSum() {
        String text = Convolutions.explain(halfInk(), Kernel.sobelVertical(), 5, 12);
        assertTrue(text.startsWith("0.00×-1 + 0.00×0 + 1.00×1"), text);
        assertTrue(text.endsWith("= 4.000"), text);
    }

    @Test
    void kernelsAreCheckedAndShownAsTables() {
        assertThrows(IllegalArgumentException.class, () -> Kernel.of("even", new float[2][2]));
        assertThrows(
                IllegalArgumentException.class, () -> Kernel.of("ragged", new float[][] {{1, 2, 3}, {1}, {1, 2, 3}}));
        Table table = Kernel.sharpen().table();
        assertEquals(3, table.rowCount());
        assertEquals(5.0, table.doubleColumn("c1").get(1));
    }

    @Test
    void signedMapsUseTheDivergingScale() {
        FeatureMap signed = FeatureMap.of("signed", 1, 2, new float[] {-2, 2});
        BufferedImage picture = signed.picture();
        Color left = new Color(picture.getRGB(10 + 20, 18 + 50));
        Color right = new Color(picture.getRGB(10 + 90, 18 + 50));
        assertEquals(Palette.NEGATIVE, left);
        assertEquals(Palette.POSITIVE, right);
        assertThrows(IllegalArgumentException.class, () -> FeatureMap.of("bad", 2, 2, new float[3]));
    }
}
