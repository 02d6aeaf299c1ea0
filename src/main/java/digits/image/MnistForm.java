package digits.image;

/**
 * Brings the ink of one digit into MNIST's form, each step a pure function on {@link Plane}s. MNIST's own recipe:
 * crop to the ink, scale to fit 20 x 20 keeping the aspect ratio (with anti-aliasing), place by centre of mass in
 * 28 x 28. Every path into MNIST form (an own digit, a digit cut out of a number) goes through {@link #of}.
 */
public final class MnistForm {

    /** The box the ink is scaled to fit, as in MNIST. */
    public static final int BOX = 20;
    /** The final image side. */
    public static final int SIDE = 28;

    private MnistForm() {}

    /**
     * A digit in MNIST form, with the steps that made it.
     *
     * @param cropped the ink cropped to its box
     * @param scaled  the cropped ink scaled to fit {@value #BOX} x {@value #BOX}
     * @param x       where the scaled ink's left edge went in 28 x 28
     * @param y       where its top edge went
     * @param pixels  the 28 x 28 result, 0..255, row by row
     */
    public record Steps(Plane cropped, Plane scaled, int x, int y, byte[] pixels) {}

    /**
     * Crops to the ink, scales to fit {@value #BOX} x {@value #BOX} and places by centre of mass in 28 x 28.
     *
     * @param ink the ink of one digit
     * @return the digit in MNIST form, with its steps
     * @throws IllegalArgumentException if the plane holds no ink
     */
    public static Steps of(Plane ink) {
        Box box = ink.inkBox()
                .orElseThrow(() -> new IllegalArgumentException("the ink of a digit must hold some ink, not a blank "
                        + ink.width() + " x " + ink.height() + " plane"));
        Plane cropped = ink.crop(box);
        Plane scaled = fitBox(cropped);
        int[] at = placement(scaled);
        return new Steps(cropped, scaled, at[0], at[1], centred(scaled, at));
    }

    /** Scales so that the longer side becomes {@value #BOX} pixels, keeping the aspect ratio. */
    public static Plane fitBox(Plane plane) {
        double scale = (double) BOX / Math.max(plane.width(), plane.height());
        int w = Math.max(1, (int) Math.round(plane.width() * scale));
        int h = Math.max(1, (int) Math.round(plane.height() * scale));
        return resize(plane, w, h);
    }

    /**
     * Resizes by area averaging when shrinking (each new pixel is the mean of the part of the picture it covers,
     * the anti-aliasing MNIST used) and by bilinear interpolation when enlarging.
     */
    public static Plane resize(Plane plane, int w, int h) {
        Plane wide = resizeRows(plane, w);
        Plane tall = resizeRows(transpose(wide), h);
        return transpose(tall);
    }

    private static Plane resizeRows(Plane plane, int newWidth) {
        int oldWidth = plane.width();
        float[] out = new float[newWidth * plane.height()];
        double step = (double) oldWidth / newWidth;
        for (int y = 0; y < plane.height(); y++) {
            int row = y * oldWidth;
            for (int x = 0; x < newWidth; x++) {
                double value;
                if (newWidth <= oldWidth) {
                    double from = x * step, to = (x + 1) * step, sum = 0;
                    for (int s = (int) from; s < Math.min(oldWidth, Math.ceil(to)); s++) {
                        double overlap = Math.min(to, s + 1) - Math.max(from, s);
                        sum += overlap * plane.values()[row + s];
                    }
                    value = sum / step;
                } else {
                    double source = Math.max(0, Math.min(oldWidth - 1, (x + 0.5) * step - 0.5));
                    int left = (int) source;
                    int right = Math.min(oldWidth - 1, left + 1);
                    double t = source - left;
                    value = (1 - t) * plane.values()[row + left] + t * plane.values()[row + right];
                }
                out[y * newWidth + x] = (float) value;
            }
        }
        return new Plane(out, newWidth, plane.height());
    }

    private static Plane transpose(Plane plane) {
        float[] out = new float[plane.values().length];
        for (int y = 0; y < plane.height(); y++) {
            for (int x = 0; x < plane.width(); x++) {
                out[x * plane.height() + y] = plane.at(x, y);
            }
        }
        return new Plane(out, plane.height(), plane.width());
    }

    /**
     * Where the scaled digit's top-left corner goes in 28 x 28 so that its centre of mass lands on pixel (14, 14),
     * as in MNIST (whose digits have their centre of mass within half a pixel of that pixel).
     */
    private static int[] placement(Plane scaled) {
        CentreOfMass mass = scaled.centreOfMass();
        int x = (int) Math.round(SIDE / 2.0 - mass.col());
        int y = (int) Math.round(SIDE / 2.0 - mass.row());
        return new int[] {
            Math.max(0, Math.min(SIDE - scaled.width(), x)), Math.max(0, Math.min(SIDE - scaled.height(), y))
        };
    }

    /** The scaled digit placed at {@code at} in a 28 x 28 field, as 0..255 bytes. */
    private static byte[] centred(Plane scaled, int[] at) {
        byte[] pixels = new byte[SIDE * SIDE];
        for (int y = 0; y < scaled.height(); y++) {
            for (int x = 0; x < scaled.width(); x++) {
                pixels[(at[1] + y) * SIDE + at[0] + x] =
                        (byte) Math.round(255 * Math.max(0, Math.min(1, scaled.at(x, y))));
            }
        }
        return pixels;
    }
}
