package digits.image;

/**
 * A rectangle of pixels: where a digit or a piece of ink is in a picture. The one box type of the library.
 * Immutable.
 *
 * @param x      the left column
 * @param y      the top row
 * @param width  the width, at least 1
 * @param height the height, at least 1
 */
public record Box(int x, int y, int width, int height) {

    /** @throws IllegalArgumentException if the box is empty */
    public Box {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "a box needs a width and height of at least 1, not " + width + " x " + height);
        }
    }

    /**
     * @param left   the left column
     * @param top    the top row
     * @param right  the column just right of the box
     * @param bottom the row just below the box
     * @return the box spanning them
     * @throws IllegalArgumentException if the box would be empty
     */
    public static Box spanning(int left, int top, int right, int bottom) {
        return new Box(left, top, right - left, bottom - top);
    }

    /** @return the smallest box holding both */
    public Box union(Box other) {
        return spanning(
                Math.min(x, other.x),
                Math.min(y, other.y),
                Math.max(right(), other.right()),
                Math.max(bottom(), other.bottom()));
    }

    /** @return the column just right of the box */
    public int right() {
        return x + width;
    }

    /** @return the row just below the box */
    public int bottom() {
        return y + height;
    }

    /**
     * @param factor how many pixels of the other picture one pixel of this one stands for
     * @return the box in that picture's pixels
     */
    public Box scaled(double factor) {
        int left = (int) Math.floor(x * factor), top = (int) Math.floor(y * factor);
        int r = (int) Math.ceil(right() * factor), b = (int) Math.ceil(bottom() * factor);
        return new Box(left, top, Math.max(1, r - left), Math.max(1, b - top));
    }

    /**
     * @param other another box
     * @return the area they share divided by the area they cover together: 1 for the same box, 0 for boxes apart
     */
    public double overlap(Box other) {
        int w = Math.min(right(), other.right()) - Math.max(x, other.x);
        int h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double shared = (double) w * h;
        return shared / ((double) width * height + (double) other.width * other.height - shared);
    }

    @Override
    public String toString() {
        return width + " x " + height + " at (" + x + ", " + y + ")";
    }
}
