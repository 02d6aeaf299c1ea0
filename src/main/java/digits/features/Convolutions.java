package digits.features;

import digits.data.DigitImage;
import java.util.Locale;

/**
 * Convolution and max-pooling done by hand, exactly as a convolutional network's layers do them.
 *
 * <p><b>Convolution</b> slides a {@link Kernel} over the picture. At each position it multiplies the
 * pixels under the kernel by its weights and adds the products up; that sum is one value of the output,
 * the <em>feature map</em>. As in Deeplearning4j's layers the kernel is not flipped (mathematicians call
 * this cross-correlation) and there is no padding, so a k x k kernel turns 28 x 28 into (29-k) x (29-k).
 *
 * <p><b>Max-pooling</b> cuts the map into blocks of n x n values and keeps the largest of each block:
 * the map shrinks n times in each direction, and a feature found anywhere in a block is still found.
 */
public final class Convolutions {

    private Convolutions() {}

    /**
     * @param digit  the picture; its pixels are used on the 0..1 scale
     * @param kernel the kernel, smaller than 28 x 28
     * @return the feature map, named after the kernel
     */
    public static FeatureMap apply(DigitImage digit, Kernel kernel) {
        return apply(FeatureMap.of(digit), kernel);
    }

    /**
     * @param map    the input map
     * @param kernel the kernel, at most the map's size
     * @return the feature map, (height-k+1) x (width-k+1), named after the kernel
     * @throws IllegalArgumentException if the kernel is larger than the map
     */
    public static FeatureMap apply(FeatureMap map, Kernel kernel) {
        int k = kernel.size();
        if (k > map.height() || k > map.width()) {
            throw new IllegalArgumentException("a " + k + "x" + k + " kernel does not fit the " + map.height() + " x "
                    + map.width() + " map '" + map.name() + "'");
        }
        int h = map.height() - k + 1, w = map.width() - k + 1;
        float[] in = map.valuesUnsafe();
        float[] out = new float[h * w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float sum = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        sum += kernel.weight(i, j) * in[(r + i) * map.width() + c + j];
                    }
                }
                out[r * w + c] = sum;
            }
        }
        return FeatureMap.wrap(kernel.name(), h, w, out);
    }

    /**
     * The sum a convolution computes at one position, written out: the pixels under the kernel times the
     * weights, then added up.
     *
     * @param digit  the picture (0..1 scale)
     * @param kernel the kernel
     * @param row    the output row (the kernel's top-left corner sits on this picture row)
     * @param col    the output column
     * @return a line such as "0.00×-1 + 0.50×0 + ... = 1.23"
     */
    public static String explain(DigitImage digit, Kernel kernel, int row, int col) {
        FeatureMap map = FeatureMap.of(digit);
        int k = kernel.size();
        if (row < 0 || col < 0 || row + k > map.height() || col + k > map.width()) {
            throw new IllegalArgumentException("a " + k + "x" + k + " kernel at (" + row + ", " + col
                    + ") does not fit inside the 28 x 28 picture");
        }
        StringBuilder text = new StringBuilder();
        float sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                float pixel = map.value(row + i, col + j);
                sum += pixel * kernel.weight(i, j);
                text.append(i + j == 0 ? "" : " + ")
                        .append(String.format(Locale.ROOT, "%.2f×%s", pixel, weight(kernel.weight(i, j))));
            }
        }
        return text.append(String.format(Locale.ROOT, " = %.3f", sum)).toString();
    }

    private static String weight(float w) {
        return w == Math.rint(w) ? String.valueOf((int) w) : String.format(Locale.ROOT, "%.3f", w);
    }

    /**
     * @param map  the input map
     * @param size side of the pooling blocks, 1 or more; a last partial block is dropped, as in the networks
     * @return the map of block maxima, named "..., pooled"
     * @throws IllegalArgumentException if the size is below 1 or larger than the map
     */
    public static FeatureMap maxPool(FeatureMap map, int size) {
        if (size < 1 || size > map.height() || size > map.width()) {
            throw new IllegalArgumentException(
                    "pooling size " + size + " is out of range for the " + map.height() + " x " + map.width() + " map '"
                            + map.name() + "': expected 1.." + Math.min(map.height(), map.width()));
        }
        int h = map.height() / size, w = map.width() / size;
        float[] out = new float[h * w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float max = Float.NEGATIVE_INFINITY;
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        max = Math.max(max, map.value(r * size + i, c * size + j));
                    }
                }
                out[r * w + c] = max;
            }
        }
        return FeatureMap.wrap(map.name() + ", pooled", h, w, out);
    }

    /**
     * @param map the input map
     * @return the map with every negative value set to 0 (the ReLU activation), named "..., ReLU"
     */
    public static FeatureMap relu(FeatureMap map) {
        float[] out = map.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0f, out[i]);
        }
        return FeatureMap.wrap(map.name() + ", ReLU", map.height(), map.width(), out);
    }
}
