package digits.image;

import digits.data.DigitImage;
import java.util.Optional;

/**
 * A grey picture as plain numbers: how much ink each pixel holds, 0 (paper) to 1 (full ink), row by row
 * ({@code values[y * width + x]}). Every picture path of the library (own digits, photos, numbers) works on
 * planes. The array is shared, not copied: treat it as read-only.
 *
 * @param values the ink of each pixel, {@code width * height} of them
 * @param width  the width in pixels, at least 1
 * @param height the height in pixels, at least 1
 */
public record Plane(float[] values, int width, int height) {

    /** @throws IllegalArgumentException if the sizes do not match the number of values */
    public Plane {
        if (width < 1 || height < 1 || (long) width * height != values.length) {
            throw new IllegalArgumentException(
                    "a plane of " + width + " x " + height + " pixels needs that many values, not " + values.length);
        }
    }

    /**
     * @param digit a 28 x 28 digit
     * @return its ink, 0..1
     */
    public static Plane of(DigitImage digit) {
        return new Plane(digit.scaled(), DigitImage.WIDTH, DigitImage.HEIGHT);
    }

    /** @return the ink at column {@code x}, row {@code y} */
    public float at(int x, int y) {
        return values[y * width + x];
    }

    /** @return the smallest box holding every pixel with any ink, or empty when there is none */
    public Optional<Box> inkBox() {
        return inkBox(0);
    }

    /**
     * @param paper ink up to this much counts as paper
     * @return the smallest box holding every pixel with more ink than {@code paper}, or empty when there is none
     */
    public Optional<Box> inkBox(float paper) {
        int left = width, top = height, right = -1, bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (values[y * width + x] > paper) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? Optional.empty() : Optional.of(Box.spanning(left, top, right + 1, bottom + 1));
    }

    /**
     * @param box a box inside the plane
     * @return the part of the plane inside the box
     * @throws IllegalArgumentException if the box reaches outside the plane
     */
    public Plane crop(Box box) {
        if (box.x() < 0 || box.y() < 0 || box.right() > width || box.bottom() > height) {
            throw new IllegalArgumentException(
                    "box " + box + " must lie inside the " + width + " x " + height + " plane");
        }
        float[] out = new float[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(values, (box.y() + y) * width + box.x(), out, y * box.width(), box.width());
        }
        return new Plane(out, box.width(), box.height());
    }

    /**
     * @return where the ink balances: the ink-weighted mean row and column (the first pixel is at 0)
     * @throws IllegalArgumentException if the plane has no ink (no ink, no centre)
     */
    public CentreOfMass centreOfMass() {
        double sum = 0, rows = 0, cols = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = values[y * width + x];
                sum += v;
                rows += v * y;
                cols += v * x;
            }
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("a picture without ink has no centre of mass");
        }
        return new CentreOfMass(rows / sum, cols / sum);
    }

    /**
     * The slant of the ink, from its second moments: how far the ink's column moves, on average, per row down
     * ({@code cov(row, col) / var(row)}).
     *
     * @return columns per row down: negative for writing that leans right (/), 0 if upright or without ink
     */
    public double slant() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        if (sum <= 0) {
            return 0;
        }
        CentreOfMass centre = centreOfMass();
        double varRow = 0, covariance = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = values[y * width + x];
                varRow += v * (y - centre.row()) * (y - centre.row());
                covariance += v * (y - centre.row()) * (x - centre.col());
            }
        }
        return varRow == 0 ? 0 : covariance / varRow;
    }

    /**
     * The width of the ink once sheared upright by its own {@link #slant()}: a long slanted stroke is as narrow as
     * the pen, an upright digit as wide as it is.
     *
     * @param maxSlant the most slant taken out, in columns per row (more is taken for the shape, not the hand)
     * @return the upright width in pixels, at most the plane's width; 0 without ink
     */
    public double uprightWidth(double maxSlant) {
        double slant = Math.max(-maxSlant, Math.min(maxSlant, slant()));
        double centreRow = slant == 0 ? 0 : centreOfMass().row();
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (values[y * width + x] > 0) {
                    double upright = x - slant * (y - centreRow);
                    left = Math.min(left, upright);
                    right = Math.max(right, upright + 1);
                }
            }
        }
        return right < left ? 0 : Math.min(width, right - left);
    }
}
