package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DigitGridTest {

    private static DigitSet set(int n) {
        byte[] pixels = new byte[n * DigitImage.PIXELS];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 10);
            pixels[i * DigitImage.PIXELS + 14 * 28 + 14] = (byte) 255;
        }
        return DigitSet.of("tiny", pixels, labels);
    }

    @Test
    void gridHasTenColumnsAndOneRowPerTenDigits() {
        BufferedImage one = DigitGrid.of(set(1));
        BufferedImage many = DigitGrid.of(set(25));
        assertEquals(one.getWidth() * 10 - 9 * 6, many.getWidth(), "10 cells and their gaps");
        assertEquals((one.getHeight() - 6) * 3 + 6, many.getHeight(), "3 rows");
    }

    @Test
    void highlightedCellsAreFramedInRed() {
        DigitImage digit = set(1).get(0);
        BufferedImage picture = DigitGrid.builder().addHighlighted(digit, "7 → 1").build().picture();
        boolean red = false;
        for (int x = 0; x < picture.getWidth() && !red; x++) {
            red = picture.getRGB(x, 7) == DigitGrid.HIGHLIGHT.getRGB();
        }
        assertTrue(red, "a red frame along the top of the cell");
    }

    @Test
    void refusesSizesNobodyCouldLookAt() {
        var e = assertThrows(IllegalArgumentException.class, () -> DigitGrid.of(set(401)));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DigitGrid.builder().columns(0));
        assertThrows(IllegalStateException.class, () -> DigitGrid.builder().build());
    }
}
