package digits.image;

import java.util.Locale;

/**
 * Where a picture's ink balances: the mean row and column of its pixels, each weighted by its ink.
 * Rows and columns count from 0 at the top left pixel's centre.
 *
 * @param row mean row (0..27 in a digit)
 * @param col mean column (0..27 in a digit)
 */
public record CentreOfMass(double row, double col) {

    /** @return the distance in pixels to another point */
    public double distanceTo(double otherRow, double otherCol) {
        return Math.hypot(row - otherRow, col - otherCol);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "centre of mass at row %.2f, column %.2f", row, col);
    }
}
