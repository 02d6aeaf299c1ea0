package digits.preprocessing;

import digits.data.DigitImage;
import digits.image.CentreOfMass;

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
        if (Centring.isBlank(digit)) {
            return 0;
        }
        CentreOfMass centre = Centring.centreOfMass(digit);
        double varRow = 0, covariance = 0;
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                int v = digit.pixel(r, c);
                varRow += v * (r - centre.row()) * (r - centre.row());
                covariance += v * (r - centre.row()) * (c - centre.col());
            }
        }
        return varRow == 0 ? 0 : covariance / varRow;
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
