package digits.data;

import digits.check.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An immutable, named set of labelled 28x28 digits, stored compactly as one byte array of
 * pixels and one of labels; {@link DigitImage} objects are made only when asked for.
 */
public final class DigitSet {

    private static final int P = DigitImage.PIXELS;

    private final String name;
    private final byte[] pixels;
    private final byte[] labels;

    private DigitSet(String name, byte[] pixels, byte[] labels) {
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * Creates a set from raw arrays, which are checked and copied.
     *
     * @param name   a short name such as "training"
     * @param pixels n * 784 pixel values, image after image, row-major, unsigned bytes
     * @param labels n labels, each 0..9
     * @return the set
     * @throws IllegalArgumentException if the lengths disagree or a label is outside 0..9
     */
    public static DigitSet of(String name, byte[] pixels, byte[] labels) {
        return wrap(name, pixels.clone(), labels.clone());
    }

    /** Checks and wraps arrays without copying; the caller must not change them afterwards. */
    static DigitSet wrap(String name, byte[] pixels, byte[] labels) {
        Objects.requireNonNull(name, "name");
        if ((long) labels.length * P != pixels.length) {
            throw new IllegalArgumentException(name + ": " + labels.length + " labels need " + (long) labels.length * P
                    + " pixels (" + P + " per image), found " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 9) {
                Check.digit(name + ": the label at index " + i, labels[i] & 0xff);
            }
        }
        return new DigitSet(name, pixels, labels);
    }

    /** @return the number of images */
    public int size() {
        return labels.length;
    }

    /** @return the set's name, such as "training", "test" or "training (first 1000)" */
    public String name() {
        return name;
    }

    /**
     * Returns one image.
     *
     * @param i index, 0..size()-1
     * @return a new image object
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public DigitImage get(int i) {
        checkIndex(i);
        return DigitImage.wrap(labels[i], Arrays.copyOfRange(pixels, i * P, (i + 1) * P));
    }

    /**
     * Returns the label of one image without making an image object.
     *
     * @param i index, 0..size()-1
     * @return the label, 0..9
     */
    public int label(int i) {
        checkIndex(i);
        return labels[i];
    }

    /**
     * Returns a copy of the raw pixels of one image.
     *
     * @param i index, 0..size()-1
     * @return 784 unsigned bytes, row-major
     */
    public byte[] rawPixels(int i) {
        checkIndex(i);
        return Arrays.copyOfRange(pixels, i * P, (i + 1) * P);
    }

    /**
     * Copies image i, scaled to 0..1 (value / 255f), into {@code target} starting at {@code offset};
     * meant for filling batches without making per-image objects.
     *
     * @param i      index, 0..size()-1
     * @param target destination array
     * @param offset where the 784 values go in {@code target}
     * @throws IndexOutOfBoundsException if i is out of range or target is too short
     */
    public void copyScaledPixels(int i, float[] target, int offset) {
        checkIndex(i);
        Objects.checkFromIndexSize(offset, P, target.length);
        float[] scaled = DigitImage.SCALED;
        for (int k = 0, src = i * P; k < P; k++) {
            target[offset + k] = scaled[pixels[src + k] & 0xff];
        }
    }

    /**
     * Returns images {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from first index
     * @param to   end index, exclusive
     * @return an unmodifiable list of new image objects
     */
    public List<DigitImage> images(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("images(" + from + ", " + to + ") is out of range for " + name
                    + ": expected 0 <= from <= to <= " + size());
        }
        List<DigitImage> list = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            list.add(get(i));
        }
        return List.copyOf(list);
    }

    /**
     * Returns the first n images.
     *
     * @param n how many, 0..size()
     * @return a new set named like "training (first 1000)"
     * @throws IllegalArgumentException if n is negative or larger than the set
     */
    public DigitSet first(int n) {
        checkCount(n);
        if (n == size()) {
            return this;
        }
        return new DigitSet(name + " (first " + n + ")", Arrays.copyOf(pixels, n * P), Arrays.copyOf(labels, n));
    }

    /**
     * Returns a reproducible random subset of n distinct images, kept in their original order.
     * The same seed always gives the same subset.
     *
     * @param n    how many, 0..size()
     * @param seed random seed
     * @return a new set named like "training (sample of 1000, seed 42)"
     * @throws IllegalArgumentException if n is negative or larger than the set
     */
    public DigitSet sample(int n, long seed) {
        checkCount(n);
        int[] chosen = Arrays.copyOf(Shuffle.indices(size(), n, seed), n);
        Arrays.sort(chosen);
        return select(chosen, name + " (sample of " + n + ", seed " + seed + ")");
    }

    /**
     * Returns the chosen images, in the order given.
     *
     * @param indices positions in this set, each 0..size()-1 (repeats allowed)
     * @param name    the new set's name
     * @return a new set of {@code indices.length} images
     * @throws IndexOutOfBoundsException naming the first index outside the set
     */
    public DigitSet select(int[] indices, String name) {
        byte[] px = new byte[indices.length * P];
        byte[] lb = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new IndexOutOfBoundsException("index " + i + " (entry " + k + ") is outside the set '" + this.name
                        + "' of " + size() + " images");
            }
            System.arraycopy(pixels, i * P, px, k * P, P);
            lb[k] = labels[i];
        }
        return new DigitSet(name, px, lb);
    }

    /** @return how many images show each digit; index d holds the count for digit d */
    public int[] classCounts() {
        int[] counts = new int[10];
        for (byte label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** @return a table with columns "digit" and "images", one row per digit, titled "NAME: images per digit" */
    public Table classCountTable() {
        int[] digits = new int[10];
        Arrays.setAll(digits, d -> d);
        return Table.create(
                name + ": images per digit",
                IntColumn.create("digit", digits),
                IntColumn.create("images", classCounts()));
    }

    /** @return mean, standard deviation, fraction of zeros, min and max over all pixels, on the 0..1 scale */
    public PixelStats pixelStats() {
        return PixelStats.fromHistogram(valueCounts());
    }

    /**
     * The average picture of one digit: every pixel is the mean of that pixel over all images
     * with this label. It shows what the writers of MNIST had in common.
     *
     * @param label the digit, 0..9
     * @return the mean image, labelled {@code label}
     * @throws IllegalArgumentException if the label is outside 0..9 or no image has it
     */
    public DigitImage meanImage(int label) {
        Check.digit("label", label);
        long[] sums = new long[P];
        int count = 0;
        for (int i = 0; i < size(); i++) {
            if (labels[i] == label) {
                count++;
                for (int p = 0; p < P; p++) {
                    sums[p] += pixels[i * P + p] & 0xff;
                }
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException(name + " holds no image of a " + label);
        }
        byte[] mean = new byte[P];
        for (int p = 0; p < P; p++) {
            mean[p] = (byte) Math.round((double) sums[p] / count);
        }
        return DigitImage.wrap(label, mean);
    }

    /**
     * The share of all pixels whose raw value lies in {@code from..to}: {@code shareOfPixels(0, 0)} is the empty
     * paper, {@code shareOfPixels(224, 255)} the pixels near full ink.
     *
     * @param from the smallest raw value counted, 0..255
     * @param to   the largest, {@code from}..255
     * @return a fraction 0..1 (NaN for an empty set)
     */
    public double shareOfPixels(int from, int to) {
        Check.inRange("from", from, 0, 255);
        Check.inRange("to", to, from, 255);
        long[] counts = valueCounts();
        long inRange = 0;
        for (int v = from; v <= to; v++) {
            inRange += counts[v];
        }
        return (double) inRange / pixels.length;
    }

    /**
     * How the ink is spread: the pixels that are not 0 (not empty paper), in {@code bins} bands of raw values of
     * equal width, 1-31, 32-63, ..., 224-255 for 8 bands. Empty paper is left out, so that the bands of grey
     * stay visible next to it; {@link #shareOfPixels} says how much of the picture it is.
     *
     * @param bins how many bands, 1..255
     * @return a table with columns "values" (such as "32-63"), "lowest" and "highest" (the band's raw values) and
     *     "% of ink pixels" (0..100)
     */
    public Table inkHistogram(int bins) {
        Check.inRange("bins", bins, 1, 255);
        long[] counts = valueCounts();
        long ink = pixels.length - counts[0];
        String[] names = new String[bins];
        int[] lowest = new int[bins];
        int[] highest = new int[bins];
        double[] shares = new double[bins];
        for (int bin = 0; bin < bins; bin++) {
            lowest[bin] = Math.max(1, bin * 256 / bins);
            highest[bin] = (bin + 1) * 256 / bins - 1;
            long inBand = 0;
            for (int v = lowest[bin]; v <= highest[bin]; v++) {
                inBand += counts[v];
            }
            names[bin] = lowest[bin] + "-" + highest[bin];
            shares[bin] = ink == 0 ? 0 : 100.0 * inBand / ink;
        }
        return Table.create(
                name + ": pixels with ink",
                StringColumn.create("values", names),
                IntColumn.create("lowest", lowest),
                IntColumn.create("highest", highest),
                DoubleColumn.create("% of ink pixels", shares));
    }

    /** @return how many pixels of the set hold each raw value 0..255 */
    private long[] valueCounts() {
        long[] counts = new long[256];
        for (byte b : pixels) {
            counts[b & 0xff]++;
        }
        return counts;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("image index " + i + " is out of range for " + name + ": "
                    + (size() == 0 ? "the set is empty" : "valid indices are 0.." + (size() - 1)));
        }
    }

    private void checkCount(int n) {
        Check.inRange("the images to take from " + name, n, 0, size());
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %,d digits", name, size());
    }
}
