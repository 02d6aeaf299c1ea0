package digits.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class HandMadeFeaturesTest {

    /** Draws digits from rings and bars of ink, 2 pixels thick. */
    private static final class Drawing {
        final byte[] pixels = new byte[784];

        Drawing ring(int top, int bottom, int left, int right) {
            for (int r = top; r <= bottom; r++) {
                for (int c = left; c <= right; c++) {
                    boolean edge = r < top + 2 || r > bottom - 2 || c < left + 2 || c > right - 2;
                    if (edge) {
                        pixels[r * 28 + c] = (byte) 255;
                    }
                }
            }
            return this;
        }

        Drawing bar(int top, int bottom, int left, int right) {
            for (int r = top; r <= bottom; r++) {
                for (int c = left; c <= right; c++) {
                    pixels[r * 28 + c] = (byte) 255;
                }
            }
            return this;
        }

        HandMadeFeatures features(int label) {
            return HandMadeFeatures.of(new DigitImage(label, pixels));
        }
    }

    @Test
    void aZeroHasOneHoleAndNoEnds() {
        HandMadeFeatures zero = new Drawing().ring(4, 23, 8, 19).features(0);
        assertEquals(1, zero.holes());
        assertEquals(0, zero.endPoints());
    }

    @Test
    void anEightHasTwoHoles() {
        HandMadeFeatures eight =
                new Drawing().ring(3, 13, 9, 18).ring(12, 24, 8, 19).features(8);
        assertEquals(2, eight.holes());
    }

    @Test
    void aOneHasNoHoleAndTwoEnds() {
        HandMadeFeatures one = new Drawing().bar(4, 23, 13, 15).features(1);
        assertEquals(0, one.holes());
        assertEquals(2, one.endPoints());
    }

    @Test
    void aRingOpenAtTheSideIsNoHole() {
        Drawing c = new Drawing().ring(4, 23, 8, 19);
        for (int r = 10; r <= 16; r++) {
            c.pixels[r * 28 + 18] = 0;
            c.pixels[r * 28 + 19] = 0;
        }
        HandMadeFeatures open = c.features(6);
        assertEquals(0, open.holes());
        assertEquals(2, open.endPoints());
    }

    @Test
    void zonesAndProfilesMeasureInk() {
        HandMadeFeatures box = new Drawing().bar(0, 6, 0, 6).features(4); // exactly the top-left zone
        float[] zones = box.zones();
        assertEquals(1f, zones[0], 1e-6);
        for (int k = 1; k < zones.length; k++) {
            assertEquals(0f, zones[k], 1e-6);
        }
        float[] rows = box.rowProfile();
        assertEquals(7f / 28, rows[0], 1e-6); // rows 0-1: 7 of 28 pixels per row inked
        assertEquals(3.5f / 28, rows[3], 1e-6); // rows 6-7: only row 6
        assertEquals(0f, rows[4], 1e-6);
        assertEquals(box.rowProfile()[0], box.columnProfile()[0], 1e-6);
    }

    @Test
    void theVectorHasNamedPartsWithIndicators() {
        HandMadeFeatures zero = new Drawing().ring(4, 23, 8, 19).features(0);
        float[] v = zero.vector();
        assertEquals(HandMadeFeatures.SIZE, v.length);
        assertEquals(HandMadeFeatures.SIZE, HandMadeFeatures.names().size());
        int holes1 = HandMadeFeatures.names().indexOf("holes=1");
        int ends0 = HandMadeFeatures.names().indexOf("ends=0");
        assertEquals(1f, v[holes1]);
        assertEquals(0f, v[holes1 - 1]);
        assertEquals(1f, v[ends0]);
    }

    @Test
    void picturesAreDrawn() {
        HandMadeFeatures eight =
                new Drawing().ring(3, 13, 9, 18).ring(12, 24, 8, 19).features(8);
        for (BufferedImage picture :
                new BufferedImage[] {eight.zonesPicture(), eight.profilesPicture(), eight.structurePicture()}) {
            assertTrue(
                    picture.getWidth() > 280 && picture.getHeight() > 280,
                    picture.getWidth() + " x " + picture.getHeight());
        }
        assertTrue(eight.toString().contains("2 holes"), eight.toString());
    }
}
