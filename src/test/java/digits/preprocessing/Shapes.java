package digits.preprocessing;

import digits.data.DigitImage;

/** Small synthetic digits for tests. */
final class Shapes {

    private Shapes() {}

    /** A filled rectangle of ink (255), rows r0..r1 and columns c0..c1 inclusive. */
    static DigitImage box(int label, int r0, int r1, int c0, int c1) {
        byte[] pixels = new byte[DigitImage.PIXELS];
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                pixels[r * 28 + c] = (byte) 255;
            }
        }
        return new DigitImage(label, pixels);
    }

    /** A stroke 3 pixels wide from (top, topCol) down to (bottom, bottomCol). */
    static DigitImage slantedBar(int top, int topCol, int bottom, int bottomCol) {
        byte[] pixels = new byte[DigitImage.PIXELS];
        for (int r = top; r <= bottom; r++) {
            int c = Math.round(topCol + (float) (bottomCol - topCol) * (r - top) / (bottom - top));
            for (int k = -1; k <= 1; k++) {
                pixels[r * 28 + c + k] = (byte) 255;
            }
        }
        return new DigitImage(1, pixels);
    }

    /** The digit's ink: the sum of its pixels scaled to 0..1. */
    static double ink(DigitImage digit) {
        double sum = 0;
        for (float v : digit.scaled()) {
            sum += v;
        }
        return sum;
    }
}
