package digits.display;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one layer of a network gives for one digit: its values as plain numbers with their shape. A convolution
 * or pooling layer gives {@code channels} maps of {@code height} x {@code width}; a dense or output layer gives
 * {@code channels} single values ({@code height} and {@code width} are 1). Immutable.
 *
 * @param name     the layer's name ("conv1", "pool1", ...), or "input"
 * @param kind     what the layer does, in words ("convolution 5 x 5, ReLU", "max pooling 2 x 2", "dense, ReLU", ...)
 * @param channels number of maps, or of units
 * @param height   rows of each map (1 for units)
 * @param width    columns of each map (1 for units)
 * @param values   {@code channels * height * width} values: map by map, each row by row (a copy is kept and returned)
 */
public record LayerActivation(String name, String kind, int channels, int height, int width, float[] values) {

    /**
     * @throws IllegalArgumentException if the shape does not match the number of values
     */
    public LayerActivation {
        if (channels < 1 || height < 1 || width < 1 || (long) channels * height * width != values.length) {
            throw new IllegalArgumentException("layer " + name + ": shape " + channels + " x " + height + " x " + width
                    + " does not hold " + values.length + " values");
        }
        values = values.clone();
    }

    /** @return {@code true} for maps (convolution, pooling, the input), {@code false} for a row of units */
    public boolean isMaps() {
        return height > 1 || width > 1;
    }

    /** @return a copy of the values */
    @Override
    public float[] values() {
        return values.clone();
    }

    /**
     * @param channel 0 .. channels - 1
     * @return that map's {@code height * width} values, row by row (for units: one value)
     */
    public float[] map(int channel) {
        if (channel < 0 || channel >= channels) {
            throw new IndexOutOfBoundsException("layer " + name + " has " + channels + " maps, no map " + channel);
        }
        int size = height * width;
        return Arrays.copyOfRange(values, channel * size, (channel + 1) * size);
    }

    /**
     * @param channel 0 .. channels - 1
     * @return the strongest value in that map (for units: the unit's value)
     */
    public float strength(int channel) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : map(channel)) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** @return the largest absolute value in the whole layer (0 if all are 0) */
    public float largestMagnitude() {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** @return the shape as the course writes it: "24 x 24 x 20" for maps, "28 x 28" for one map, "500" for units */
    public String shape() {
        if (!isMaps()) {
            return Integer.toString(channels);
        }
        return channels == 1
                ? String.format(Locale.ROOT, "%d x %d", height, width)
                : String.format(Locale.ROOT, "%d x %d x %d", height, width, channels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerActivation other
                && name.equals(other.name)
                && kind.equals(other.kind)
                && channels == other.channels
                && height == other.height
                && width == other.width
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + " (" + kind + "): " + shape();
    }
}
