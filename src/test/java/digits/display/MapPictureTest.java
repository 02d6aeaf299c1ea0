package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class MapPictureTest {

    private static final float[] SIGNED = {-2, -1, 0, 1, 2, 0.5f, -0.5f, 0, 2};
    private static final float[] INK = {0, 1, 2, 3, 4, 5, 6, 7, 8};

    private static boolean has(BufferedImage picture, Color colour) {
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (picture.getRGB(x, y) == colour.getRGB()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any pixel is a strong red (much more red than green or blue), the colour of a wrong answer. */
    private static boolean hasRedLike(BufferedImage picture) {
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                Color c = new Color(picture.getRGB(x, y));
                if (c.getRed() > 150 && c.getRed() - Math.max(c.getGreen(), c.getBlue()) > 90) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void signedColoursRunFromBrownThroughWhiteToTealEquallyForEitherSign() {
        assertEquals(Palette.POSITIVE, Palette.signed(2, 2));
        assertEquals(Palette.NEGATIVE, Palette.signed(-2, 2));
        assertEquals(Palette.NEGATIVE, Palette.signed(-5, 2), "beyond the scale stays the full colour");
        assertEquals(Color.WHITE, Palette.signed(0, 2));
        assertEquals(Color.WHITE, Palette.signed(1, 0), "no scale: nothing to show");
        Color half = Palette.signed(1, 2);
        assertEquals(Math.round((255 + Palette.POSITIVE.getRed()) / 2.0), half.getRed(), 1);
        assertEquals(Math.round((255 + Palette.POSITIVE.getGreen()) / 2.0), half.getGreen(), 1);
        assertEquals(Math.round((255 + Palette.POSITIVE.getBlue()) / 2.0), half.getBlue(), 1);
    }

    @Test
    void aSignedGridIsPaintedInTheSignedColoursWithALegendAndNoRed() {
        BufferedImage signed =
                MapPicture.builder().add("signed", 3, 3, SIGNED).build().picture();
        BufferedImage ink = MapPicture.builder().add("ink", 3, 3, INK).build().picture();
        assertTrue(has(signed, Palette.POSITIVE), "the strongest positive value in full teal");
        assertTrue(has(signed, Palette.NEGATIVE), "the strongest negative value in full brown");
        assertFalse(hasRedLike(signed), "red means a wrong answer, never a sign");
        assertEquals(ink.getWidth(), signed.getWidth());
        assertTrue(
                signed.getHeight() >= ink.getHeight() + MapPicture.LEGEND_HEIGHT,
                "the signed picture has room for its legend: " + signed.getHeight() + " vs " + ink.getHeight());
        assertFalse(has(ink, Palette.POSITIVE) || has(ink, Palette.NEGATIVE), "values of one sign are painted as ink");
    }
}
