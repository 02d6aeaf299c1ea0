package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static boolean topFrameHas(BufferedImage picture, java.awt.Color colour) {
        for (int x = 0; x < picture.getWidth(); x++) {
            if (picture.getRGB(x, 7) == colour.getRGB()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void wrongAnswersAreFramedInRedAndHighlightsInAnotherColour() {
        DigitImage digit = set(1).get(0);
        BufferedImage wrong =
                DigitGrid.builder().addWrong(digit, "7 → 1").build().picture();
        BufferedImage highlighted =
                DigitGrid.builder().addHighlighted(digit, "original").build().picture();
        BufferedImage plain = DigitGrid.builder().add(digit, "7").build().picture();
        assertEquals(Palette.RED, DigitGrid.WRONG);
        assertTrue(topFrameHas(wrong, DigitGrid.WRONG), "a red frame along the top of the cell");
        assertTrue(topFrameHas(highlighted, DigitGrid.HIGHLIGHT), "a highlight frame along the top of the cell");
        assertFalse(topFrameHas(highlighted, Palette.RED), "red means a wrong answer only");
        assertFalse(topFrameHas(plain, DigitGrid.HIGHLIGHT) || topFrameHas(plain, DigitGrid.WRONG));
    }

    @Test
    void describesItselfByCountAndShape() {
        var grid = DigitGrid.builder().columns(4);
        for (int i = 0; i < 10; i++) {
            grid.add(set(1).get(0), "d");
        }
        assertEquals("DigitGrid[10 digits, 3 rows of 4]", grid.build().toString());
    }

    @Test
    void refusesSizesNobodyCouldLookAt() {
        var e = assertThrows(IllegalArgumentException.class, () -> DigitGrid.of(set(401)));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DigitGrid.builder().columns(0));
        assertThrows(IllegalStateException.class, () -> DigitGrid.builder().build());
    }
}
