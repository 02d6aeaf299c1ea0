package digits.preprocessing;

import digits.data.DigitImage;
import digits.image.CentreOfMass;
import digits.image.Plane;

/**
 * Moves a digit so that its centre of mass sits at row {@value #TARGET}, column {@value #TARGET}, the spot
 * MNIST's makers chose for every digit. The move may be a fraction of a pixel; the pixels in between are
 * found by bilinear interpolation.
 */
public final class Centring {

    /** The row and column where a centred digit's centre of mass lies. */
    public static final double TARGET = 14.0;

    private Centring() {}

    /**
     * @param digit a digit with some ink
     * @return the ink-weighted mean row and column of its pixels
     * @throws IllegalArgumentException if the digit is blank (no ink, no centre)
     */
    public static CentreOfMass centreOfMass(DigitImage digit) {
        if (isBlank(digit)) {
            throw new IllegalArgumentException(digit + " is blank: a picture without ink has no centre of mass");
        }
        return Plane.of(digit).centreOfMass();
    }

    /**
     * Moves the digit so that its centre of mass lands at ({@value #TARGET}, {@value #TARGET}).
     * A blank digit comes back unchanged.
     *
     * @param digit the digit
     * @return the centred digit, same label
     */
    public static DigitImage centre(DigitImage digit) {
        if (isBlank(digit)) {
            return digit;
        }
        CentreOfMass centre = centreOfMass(digit);
        return shift(digit, TARGET - centre.row(), TARGET - centre.col());
    }

    /**
     * Moves the digit by a number of pixels, which may be fractional; ink moved past the border is lost
     * and background comes in from the other side.
     *
     * @param digit the digit
     * @param rows  how far down (negative: up)
     * @param cols  how far right (negative: left)
     * @return the moved digit, same label
     * @throws IllegalArgumentException if a distance is not a finite number
     */
    public static DigitImage shift(DigitImage digit, double rows, double cols) {
        if (!Double.isFinite(rows) || !Double.isFinite(cols)) {
            throw new IllegalArgumentException("shift (" + rows + ", " + cols + ") is not a pair of finite numbers");
        }
        float[] source = Resampling.values(digit);
        float[] moved = new float[Resampling.PIXELS];
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                moved[r * DigitImage.WIDTH + c] = Resampling.sample(source, 0, r - rows, c - cols);
            }
        }
        return Resampling.image(digit, moved);
    }

    static boolean isBlank(DigitImage digit) {
        for (byte b : digit.rawPixels()) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
