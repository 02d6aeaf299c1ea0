package digits.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import org.junit.jupiter.api.Test;

class DeskewTest {

    @Test
    void anUprightBarHasNoSlant() {
        assertEquals(0, Deskew.slant(Shapes.box(1, 4, 23, 13, 15)), 1e-9);
    }

    @Test
    void aBarLeaningRightIsStraightened() {
        DigitImage leaning = Shapes.slantedBar(4, 18, 23, 10); // top to the right: "/"
        double slant = Deskew.slant(leaning);
        assertTrue(slant < -0.3, "slant " + slant);
        DigitImage upright = Deskew.apply(leaning);
        assertTrue(Math.abs(Deskew.slant(upright)) < 0.05, "slant after deskewing " + Deskew.slant(upright));
        assertEquals(1, upright.label());
        // The shear turns around the centre of mass, so the digit stays where it was.
        assertEquals(
                Centring.centreOfMass(leaning).col(),
                Centring.centreOfMass(upright).col(),
                0.3);
    }

    @Test
    void aBlankDigitIsLeftAlone() {
        DigitImage blank = new DigitImage(0, new byte[784]);
        assertEquals(0, Deskew.slant(blank));
        assertEquals(blank, Deskew.apply(blank));
    }
}
