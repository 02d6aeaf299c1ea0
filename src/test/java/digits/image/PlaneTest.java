package digits.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaneTest {

    /** A stroke 2 pixels wide from the bottom left to the top right, moving {@code run} columns per row. */
    private static Plane slantedStroke(int height, double run) {
        int width = (int) Math.ceil(height * run) + 2;
        float[] values = new float[width * height];
        for (int y = 0; y < height; y++) {
            int x = (int) Math.round((height - 1 - y) * run);
            values[y * width + x] = 1;
            values[y * width + x + 1] = 1;
        }
        return new Plane(values, width, height);
    }

    @Test
    void aStrokeLeaningRightHasANegativeSlantAndIsNarrowOnceUpright() {
        Plane stroke = slantedStroke(20, 0.4);
        assertEquals(-0.4, stroke.slant(), 0.05);
        assertTrue(stroke.width() >= 10, "the stroke lies " + stroke.width() + " pixels wide");
        assertTrue(stroke.uprightWidth(0.6) <= 3.5, "upright it is as wide as the pen: " + stroke.uprightWidth(0.6));
    }

    @Test
    void theSlantTakenOutIsLimited() {
        Plane stroke = slantedStroke(20, 1.0);
        double upright = stroke.uprightWidth(0.6);
        assertTrue(upright > 7 && upright < stroke.width(), "only 0.6 of the slope is taken out: " + upright);
    }

    @Test
    void anUprightBlockKeepsItsWidthAndABlankPlaneHasNone() {
        float[] block = new float[12 * 10];
        for (int y = 1; y < 9; y++) {
            for (int x = 2; x < 10; x++) {
                block[y * 12 + x] = 0.8f;
            }
        }
        Plane upright = new Plane(block, 12, 10);
        assertEquals(0, upright.slant(), 1e-9);
        assertEquals(8, upright.uprightWidth(0.6), 1e-9);
        Plane blank = new Plane(new float[6 * 6], 6, 6);
        assertEquals(0, blank.slant());
        assertEquals(0, blank.uprightWidth(0.6));
    }
}
