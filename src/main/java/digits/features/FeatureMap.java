package digits.features;

import digits.data.DigitImage;
import digits.display.MapPicture;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Objects;

/**
 * A named grid of numbers: a digit's pixels, the output of a convolution or of pooling, or one channel of a
 * network layer. Immutable. Draw one with {@link #picture()}, several side by side with {@link #row}.
 *
 * <pre>{@code
 * FeatureMap.row(FeatureMap.of(digit), Convolutions.apply(digit, Kernel.sobelVertical()))
 * }</pre>
 */
public final class FeatureMap {

    private final String name;
    private final int height;
    private final int width;
    private final float[] values;

    private FeatureMap(String name, int height, int width, float[] values) {
        this.name = Objects.requireNonNull(name, "name");
        this.height = height;
        this.width = width;
        this.values = values;
    }

    /**
     * @param name   a title such as "vertical edges"
     * @param height rows, 1 or more
     * @param width  columns, 1 or more
     * @param values height * width values, row after row; copied
     * @return the map
     * @throws IllegalArgumentException if the sizes do not fit the values
     */
    public static FeatureMap of(String name, int height, int width, float[] values) {
        if (height < 1 || width < 1 || (long) height * width != values.length) {
            throw new IllegalArgumentException("feature map '" + name + "': " + height + " x " + width + " needs "
                    + (long) height * width + " values (sizes 1 or more), found " + values.length);
        }
        return new FeatureMap(name, height, width, values.clone());
    }

    /**
     * @param digit a digit
     * @return its pixels on the 0..1 scale, named "digit N" (or "digit" if it has no label)
     */
    public static FeatureMap of(DigitImage digit) {
        return new FeatureMap(
                digit.hasLabel() ? "digit " + digit.label() : "digit",
                DigitImage.HEIGHT,
                DigitImage.WIDTH,
                digit.scaled());
    }

    /** Wraps an array the caller hands over and will not change. */
    static FeatureMap wrap(String name, int height, int width, float[] values) {
        return new FeatureMap(name, height, width, values);
    }

    /** @return the same values under another name */
    public FeatureMap named(String newName) {
        return new FeatureMap(newName, height, width, values);
    }

    /** @return the map's title */
    public String name() {
        return name;
    }

    /** @return number of rows */
    public int height() {
        return height;
    }

    /** @return number of columns */
    public int width() {
        return width;
    }

    /**
     * @param row 0..height-1
     * @param col 0..width-1
     * @return the value there
     */
    public float value(int row, int col) {
        if (row < 0 || row >= height || col < 0 || col >= width) {
            throw new IndexOutOfBoundsException(
                    "(" + row + ", " + col + ") is outside the " + height + " x " + width + " map '" + name + "'");
        }
        return values[row * width + col];
    }

    /** @return a copy of the values, row after row */
    public float[] values() {
        return values.clone();
    }

    float[] valuesUnsafe() {
        return values;
    }

    /** @return the smallest value */
    public float min() {
        float min = Float.POSITIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** @return the largest value */
    public float max() {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /**
     * @return the map drawn on its own, with its title and range; values of one sign like ink (white to
     *     black), signed values blue (negative) to white (0) to red (positive), by {@link MapPicture}
     */
    public BufferedImage picture() {
        return MapPicture.builder().add(name, height, width, values).build().picture();
    }

    /**
     * @param maps the maps, drawn left to right in one row, each under its name and over its range
     * @return the picture
     */
    public static BufferedImage row(FeatureMap... maps) {
        MapPicture.Builder builder = MapPicture.builder().columns(Math.max(1, maps.length));
        for (FeatureMap map : maps) {
            map.addTo(builder);
        }
        return builder.build().picture();
    }

    /** Adds this map to a picture under construction. */
    MapPicture.Builder addTo(MapPicture.Builder builder) {
        return builder.add(name, height, width, values);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "FeatureMap[%s, %d x %d, values %.3f to %.3f]", name, height, width, min(), max());
    }
}
