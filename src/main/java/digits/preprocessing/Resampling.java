package digits.preprocessing;

import digits.data.DigitImage;

/**
 * Reads a 28x28 picture between its pixels by bilinear interpolation; the shared core of centring,
 * deskewing and augmentation, which all move pixels by fractions of a pixel.
 */
final class Resampling {

    static final int SIDE = DigitImage.WIDTH;
    static final int PIXELS = DigitImage.PIXELS;

    private Resampling() {}

    /**
     * The value at (row, col) of a row-major 28x28 picture, interpolated between the four nearest
     * pixels; everything outside the picture counts as background (0).
     */
    static float sample(float[] picture, int offset, double row, double col) {
        int r0 = (int) Math.floor(row);
        int c0 = (int) Math.floor(col);
        double fr = row - r0;
        double fc = col - c0;
        return (float) ((1 - fr) * ((1 - fc) * at(picture, offset, r0, c0) + fc * at(picture, offset, r0, c0 + 1))
                + fr * ((1 - fc) * at(picture, offset, r0 + 1, c0) + fc * at(picture, offset, r0 + 1, c0 + 1)));
    }

    private static float at(float[] picture, int offset, int row, int col) {
        return row < 0 || row >= SIDE || col < 0 || col >= SIDE ? 0f : picture[offset + row * SIDE + col];
    }

    /** The digit's pixels as floats, 0..255. */
    static float[] values(DigitImage digit) {
        byte[] raw = digit.rawPixels();
        float[] values = new float[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            values[i] = raw[i] & 0xff;
        }
        return values;
    }

    /** A digit made from float values on the 0..255 scale, rounded and clamped, with the label (or none) of {@code source}. */
    static DigitImage image(DigitImage source, float[] values) {
        byte[] pixels = new byte[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            pixels[i] = (byte) Math.max(0, Math.min(255, Math.round(values[i])));
        }
        return source.withPixels(pixels);
    }
}
