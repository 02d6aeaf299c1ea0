package digits.numbers;

import digits.image.Box;
import digits.image.MnistForm;
import digits.image.Plane;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One group of ink (a digit, or digits that touch) laid on a strip for the middle network ({@link MiddleNetwork}):
 * scaled as MNIST form scales a digit, so that the picture's typical digit is 20 pixels high, its centre of mass on
 * the strip's middle row, paper on each side. A window of the strip's full height is centred on each of the group's
 * columns in turn; the network says of each whether a digit's middle is under the window's middle.
 */
public final class MiddleStrip {

    /** The strip's height, and each window's: MNIST's 28 pixels. */
    public static final int HEIGHT = 28;
    /** How far a window reaches each side of its middle column, in strip pixels. */
    public static final int REACH = 14;
    /** A window's width, in strip pixels. */
    public static final int WINDOW_WIDTH = 2 * REACH;
    /** A window's pixels: {@value #HEIGHT} rows of {@value #WINDOW_WIDTH}. */
    public static final int WINDOW_PIXELS = HEIGHT * WINDOW_WIDTH;

    private final float[] ink;
    private final int columns;
    private final Box box;
    private final double scale;
    final ComponentGroup group;

    private MiddleStrip(float[] ink, int columns, Box box, double scale, ComponentGroup group) {
        this.ink = ink;
        this.columns = columns;
        this.box = box;
        this.scale = scale;
        this.group = group;
    }

    /**
     * @param name    a name for messages
     * @param picture a picture of a number on one line
     * @return a strip for each group of its ink, left to right
     */
    public static List<MiddleStrip> of(String name, BufferedImage picture) {
        return of(Writing.find(name, picture));
    }

    /** A strip for each group of the writing's ink, left to right (a group whose ink came out empty has none). */
    static List<MiddleStrip> of(Writing writing) {
        List<ComponentGroup> groups = new ArrayList<>(writing.groups);
        groups.sort(Comparator.comparingInt(g -> g.left));
        double scale = MnistForm.BOX / Math.max(8.0, writing.digit.height());
        List<MiddleStrip> strips = new ArrayList<>();
        for (ComponentGroup g : groups) {
            DigitCutter.Cut cut = DigitCutter.cut(List.of(g), writing.found.labels(), writing.ink);
            if (!cut.digits().isEmpty()) {
                strips.add(strip(g, cut.digits().get(0), cut.boxes().get(0), scale));
            }
        }
        return strips;
    }

    private static MiddleStrip strip(ComponentGroup group, Plane ink, Box box, double scale) {
        int w = Math.max(1, (int) Math.round(box.width() * scale));
        int h = Math.max(1, (int) Math.round(box.height() * scale));
        Plane scaled = MnistForm.resize(ink, w, h);
        // the ink's balance row, measured from the top edge of the first row as MNIST form centres a digit
        double row = scaled.inkBox(0).isPresent() ? scaled.centreOfMass().row() + 0.5 : h / 2.0;
        int top = (int) Math.round(HEIGHT / 2.0 - row);
        float[] values = new float[HEIGHT * w];
        for (int y = 0; y < h; y++) {
            int r = top + y;
            for (int x = 0; r >= 0 && r < HEIGHT && x < w; x++) {
                values[r * w + x] = scaled.at(x, y);
            }
        }
        return new MiddleStrip(values, w, box, scale, group);
    }

    /** @return how many columns the group spans on the strip: one window each */
    public int columns() {
        return columns;
    }

    /**
     * @param column a column of the group on the strip, 0 to {@link #columns()} - 1
     * @return the window centred on it: {@value #HEIGHT} rows of {@value #WINDOW_WIDTH} values, 0 (paper) to 1 (ink)
     */
    public float[] window(int column) {
        float[] window = new float[WINDOW_PIXELS];
        for (int r = 0; r < HEIGHT; r++) {
            for (int c = 0; c < WINDOW_WIDTH; c++) {
                int x = column - REACH + c;
                if (x >= 0 && x < columns) {
                    window[r * WINDOW_WIDTH + c] = ink[r * columns + x];
                }
            }
        }
        return window;
    }

    /** @return the group's ink on the strip, {@value #HEIGHT} rows of {@link #columns()} values, 0 (paper) to 1 */
    public float[] ink() {
        return ink.clone();
    }

    /**
     * @param pictureX a column of the picture, in pixels (fractions allowed)
     * @return where it lies on the strip, in columns from the group's left edge
     */
    public double column(double pictureX) {
        return (pictureX - box.x()) * scale;
    }

    /**
     * @param column a place on the strip, in columns from the group's left edge
     * @return where it lies in the picture, in pixels
     */
    public double pictureX(double column) {
        return box.x() + column / scale;
    }
}
