package digits.owndigits;

import static digits.samples.TestPictures.drawn;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.image.PictureException;
import digits.numbers.NumberSegmentation;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A digit whose stroke broke into pieces one above the other, alone in its picture, is one digit to the number
 * reader as to {@link OwnDigit}: each piece looks digit-high when there is no digit beside it to measure by, and the
 * pieces were taken for a number on its side or for several digits.
 */
class DigitInPiecesTest {

    @Test
    void piecesOneAboveTheOtherAreOneDigitBothWays() {
        BufferedImage twoWithItsBaseApart = drawn(300, 320, g -> {
            g.drawArc(90, 40, 120, 110, 150, -210); // the curve
            g.drawLine(170, 165, 90, 260); // the diagonal and the base, apart from the curve
            g.drawLine(90, 260, 220, 260);
        });
        BufferedImage sixWithItsStemBrokenOff = drawn(300, 320, g -> {
            g.drawArc(90, 40, 160, 200, 90, 80); // the stem, broken off above the loop
            g.drawOval(80, 150, 130, 120);
        });
        BufferedImage fourWithItsStemTopApart = drawn(300, 320, g -> {
            g.drawLine(182, 30, 181, 85); // the stem's top, apart from the rest
            g.drawLine(100, 100, 90, 190);
            g.drawLine(90, 190, 220, 190);
            g.drawLine(180, 110, 175, 280);
        });
        Map<String, BufferedImage> digits = Map.of(
                "2 with its base apart",
                twoWithItsBaseApart,
                "6 with its stem broken off",
                sixWithItsStemBrokenOff,
                "4 with its stem's top apart",
                fourWithItsStemTopApart);
        assertAll(digits.entrySet().stream().map(digit -> () -> {
            String name = digit.getKey();
            NumberSegmentation number = NumberSegmentation.of(name, digit.getValue());
            assertEquals(1, number.count(), name + ": one digit to the number reader");
            assertArrayEquals(
                    OwnDigit.fromImage(name, digit.getValue()).digit().rawPixels(),
                    number.digits().get(0).rawPixels(),
                    name + ": the same 28 x 28 input both ways");
        }));
    }

    @Test
    void marksFarApartOrInThreeRowsOrSideBySideAreNotOneDigit() {
        BufferedImage threeFlatMarksStacked = drawn(320, 400, g -> {
            for (int k = 0; k < 3; k++) {
                g.drawOval(60, 40 + 110 * k, 200, 90); // three 0s of a number on its side
            }
        });
        PictureException sideways =
                assertThrows(PictureException.class, () -> NumberSegmentation.of("000", threeFlatMarksStacked));
        assertTrue(sideways.getMessage().contains("turned on its side"), sideways.getMessage());
        BufferedImage twoLinesFarApart = drawn(320, 400, g -> {
            g.drawOval(100, 40, 100, 120);
            g.drawOval(100, 240, 100, 120); // a gap of two thirds of a digit
        });
        assertThrows(PictureException.class, () -> NumberSegmentation.of("0 over 0", twoLinesFarApart));
        BufferedImage tenSideBySide = drawn(320, 240, g -> {
            g.drawLine(100, 50, 95, 180);
            g.drawOval(130, 50, 90, 130);
        });
        assertEquals(2, NumberSegmentation.of("10", tenSideBySide).count());
    }
}
