package digits.data;

import digits.check.Check;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * One 28x28 grey-scale handwritten digit with its label, as in MNIST:
 * pixel 0 is background and 255 is ink. A digit from outside MNIST whose meaning is not known
 * (see {@link #unlabelled}) has no label. Immutable.
 */
public final class DigitImage {

    /** Image width in pixels. */
    public static final int WIDTH = 28;
    /** Image height in pixels. */
    public static final int HEIGHT = 28;
    /** Number of pixels in one image. */
    public static final int PIXELS = WIDTH * HEIGHT;

    /** value / 255f for every unsigned byte value, so all scaling code gives identical floats. */
    static final float[] SCALED = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALED[v] = v / 255f;
        }
    }

    private static final int NO_LABEL = -1;

    private final int label;
    private final byte[] pixels;

    /**
     * Creates an image from its raw pixels.
     *
     * @param label  the digit shown, 0..9
     * @param pixels 784 pixel values in row-major order, read as unsigned bytes (0..255); copied
     * @throws IllegalArgumentException if the label or the number of pixels is wrong
     */
    public DigitImage(int label, byte[] pixels) {
        this(pixels.clone(), checkedLabel(label));
    }

    /** Takes ownership of {@code pixels} without copying; {@code label} is 0..9 or {@link #NO_LABEL}. */
    private DigitImage(byte[] pixels, int label) {
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException(
                    "a digit image needs " + PIXELS + " pixels (28x28), found " + pixels.length);
        }
        this.label = label;
        this.pixels = pixels;
    }

    private static int checkedLabel(int label) {
        Check.digit("label", label);
        return label;
    }

    /** An image that takes ownership of {@code pixels} without copying. */
    static DigitImage wrap(int label, byte[] pixels) {
        return new DigitImage(pixels, checkedLabel(label));
    }

    /**
     * A digit whose meaning is not known, such as a picture of the learner's own handwriting.
     *
     * @param pixels 784 pixel values in row-major order (0..255 as unsigned bytes); copied
     * @return the digit, without a label
     * @throws IllegalArgumentException if the number of pixels is wrong
     */
    public static DigitImage unlabelled(byte[] pixels) {
        return new DigitImage(pixels.clone(), NO_LABEL);
    }

    /**
     * @param newPixels 784 pixel values, row-major; copied
     * @return a digit with these pixels and this digit's label (or none), as a changed copy keeps it
     */
    public DigitImage withPixels(byte[] newPixels) {
        return new DigitImage(newPixels.clone(), label);
    }

    /** @return whether the digit has a label: MNIST's digits do; an own digit of unknown meaning does not */
    public boolean hasLabel() {
        return label != NO_LABEL;
    }

    /**
     * @return the digit shown, 0..9
     * @throws IllegalStateException if the digit has no label ({@link #hasLabel()})
     */
    public int label() {
        if (label == NO_LABEL) {
            throw new IllegalStateException("this digit has no label: its meaning is not known (an own digit whose "
                    + "file name does not start with the digit it shows)");
        }
        return label;
    }

    /** @return "label N", or "no label" */
    public String labelText() {
        return hasLabel() ? "label " + label : "no label";
    }

    /** @return the width in pixels (28) */
    public int width() {
        return WIDTH;
    }

    /** @return the height in pixels (28) */
    public int height() {
        return HEIGHT;
    }

    /**
     * Returns one pixel.
     *
     * @param row 0..27, top to bottom
     * @param col 0..27, left to right
     * @return the value, 0 (background) .. 255 (ink)
     * @throws IndexOutOfBoundsException if row or col is outside 0..27
     */
    public int pixel(int row, int col) {
        if (row < 0 || row >= HEIGHT || col < 0 || col >= WIDTH) {
            throw new IndexOutOfBoundsException(
                    "pixel (" + row + ", " + col + ") is outside the image: row and col must be 0.." + (WIDTH - 1));
        }
        return pixels[row * WIDTH + col] & 0xff;
    }

    /** @return the 784 pixels divided by 255, row-major, each in 0..1 */
    public float[] scaled() {
        float[] out = new float[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            out[i] = SCALED[pixels[i] & 0xff];
        }
        return out;
    }

    /** @return a copy of the raw pixels (row-major, unsigned bytes) */
    public byte[] rawPixels() {
        return pixels.clone();
    }

    /** @return the digit as a 28x28 grey image, dark ink on white paper */
    public BufferedImage toBufferedImage() {
        return toBufferedImage(1);
    }

    /**
     * Draws the digit enlarged by nearest-neighbour scaling, dark ink on white paper
     * (the grey value drawn is 255 - pixel).
     *
     * @param scale enlargement factor, 1..100
     * @return a {@code TYPE_BYTE_GRAY} image of size 28*scale x 28*scale
     * @throws IllegalArgumentException if scale is outside 1..100
     */
    public BufferedImage toBufferedImage(int scale) {
        Check.inRange("scale", scale, 1, 100);
        int w = WIDTH * scale;
        BufferedImage image = new BufferedImage(w, HEIGHT * scale, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < HEIGHT * scale; y++) {
            int rowStart = (y / scale) * WIDTH;
            for (int x = 0; x < w; x++) {
                target[y * w + x] = (byte) (255 - (pixels[rowStart + x / scale] & 0xff));
            }
        }
        return image;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DigitImage other && label == other.label && Arrays.equals(pixels, other.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * label + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "DigitImage[" + (hasLabel() ? "label=" + label : "no label") + ", " + WIDTH + "x" + HEIGHT + "]";
    }
}
