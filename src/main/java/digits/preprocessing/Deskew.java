package digits.preprocessing;

import digits.data.DigitImage;
import digits.image.Plane;

/**
 * Straightens slanted handwriting. The slant is measured from the ink's second moments: how far the
 * ink's column moves, on average, per row down ({@code cov(row, col) / var(row)}). Deskewing shears each
 * row sideways by that amount so that the digit stands upright around its centre of mass.
 */
public final class Deskew {

    private Deskew() {}

    /**
     * @param digit a digit
     * @return columns the ink moves per row down: negative for writing that leans right (/), 0 if upright or blank
     */
    public static double slant(DigitImage digit) {
        return Plane.of(digit).slant();
    }

    /**
     * @param digit a digit
     * @return the digit sheared upright around its centre of mass, same label; a blank digit unchanged
     */
    public static DigitImage apply(DigitImage digit) {
        double slant = slant(digit);
        if (slant == 0) {
            return digit;
        }
        double centreRow = Centring.centreOfMass(digit).row();
        float[] source = Resampling.values(digit);
        float[] upright = new float[Resampling.PIXELS];
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            double sideways = slant * (r - centreRow); // where this row's ink sits in the slanted original
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                upright[r * DigitImage.WIDTH + c] = Resampling.sample(source, 0, r, c + sideways);
            }
        }
        return Resampling.image(digit, upright);
    }
}
