package digits.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.data.Mnist;
import digits.image.CentreOfMass;
import org.junit.jupiter.api.Test;

class CentringTest {

    @Test
    void centreOfMassOfABoxIsItsMiddle() {
        CentreOfMass centre = Centring.centreOfMass(Shapes.box(0, 2, 5, 10, 20));
        assertEquals(3.5, centre.row(), 1e-9);
        assertEquals(15.0, centre.col(), 1e-9);
    }

    @Test
    void wholePixelShiftMovesEveryPixelExactly() {
        DigitImage box = Shapes.box(3, 2, 5, 10, 20);
        DigitImage moved = Centring.shift(box, 3, -4);
        assertEquals(Shapes.box(3, 5, 8, 6, 16), moved);
    }

    @Test
    void centringMovesTheCentreOfMassToFourteenFourteenWithinHalfAPixel() {
        DigitSet digits = Mnist.load().train().first(300);
        double[][] offsets = {{3.4, -2.7}, {-4.2, 1.5}, {0.5, 3.9}, {-1.3, -3.6}};
        for (int i = 0; i < digits.size(); i++) {
            double[] offset = offsets[i % offsets.length];
            DigitImage displaced = Centring.shift(digits.get(i), offset[0], offset[1]);
            CentreOfMass before = Centring.centreOfMass(displaced);
            assertTrue(before.distanceTo(14, 14) > 1, "the test must start off-centre, image " + i + ": " + before);
            DigitImage centred = Centring.centre(displaced);
            CentreOfMass after = Centring.centreOfMass(centred);
            assertTrue(
                    Math.abs(after.row() - 14) < 0.5 && Math.abs(after.col() - 14) < 0.5,
                    "image " + i + " after centring: " + after);
            assertEquals(digits.label(i), centred.label());
        }
    }

    @Test
    void centringABoxAtTheEdgeBringsItToTheMiddle() {
        DigitImage centred = Centring.centre(Shapes.box(0, 0, 4, 0, 6));
        assertEquals(14, Centring.centreOfMass(centred).row(), 0.5);
        assertEquals(14, Centring.centreOfMass(centred).col(), 0.5);
    }

    @Test
    void blankDigitsHaveNoCentreAndStayAsTheyAre() {
        DigitImage blank = new DigitImage(4, new byte[784]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Centring.centreOfMass(blank));
        assertTrue(e.getMessage().contains("blank"), e.getMessage());
        assertSame(blank, Centring.centre(blank));
        assertThrows(IllegalArgumentException.class, () -> Centring.shift(blank, Double.NaN, 0));
    }
}
