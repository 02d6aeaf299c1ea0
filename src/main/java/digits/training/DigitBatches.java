package digits.training;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.data.Shuffle;
import digits.model.Inference;
import digits.preprocessing.Augmenter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cuts a {@link DigitSet} into mini-batches for Deeplearning4j: each batch is one {@link DataSet} with
 * features of shape [batch, 784] (pixels scaled to 0..1) and one-hot labels of shape [batch, 10].
 *
 * <pre>{@code
 * DataSetIterator batches = DigitBatches.shuffled(mnist.train(), 64, 42);
 * model.fit(batches);   // one epoch
 * }</pre>
 *
 * Batches are filled straight from the set's compact pixel array, without making an object per image.
 * The last batch of an epoch holds whatever is left, so it may be smaller than the batch size.
 * A shuffled iterator visits the images in a new random order each epoch (each {@link #reset()});
 * the same seed always gives the same sequence of orders.
 */
public final class DigitBatches implements DataSetIterator {

    private static final int PIXELS = DigitImage.PIXELS;
    private static final int CLASSES = 10;
    private static final List<String> LABELS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final DigitSet set;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final RowWriter writer;
    private final int[] order;
    private int epoch; // 0 for the first pass, +1 per reset()
    private int position; // how many images of this epoch have been handed out
    private DataSetPreProcessor preProcessor;

    /**
     * Writes one image of a batch: the 784 pixel values, each in 0..1, of image {@code index} of {@code set}
     * into {@code target} from {@code offset}. The default copies the scaled pixels; a writer may change them on
     * the way (augmentation, as in {@link DigitBatches#augmented}).
     */
    @FunctionalInterface
    public interface RowWriter {
        /**
         * @param set    the set being batched
         * @param index  the image's index in {@code set}
         * @param epoch  0 for the first pass over the set, +1 per {@link DigitBatches#reset()}
         * @param target the batch's features, row after row
         * @param offset where this image's 784 values go
         */
        void write(DigitSet set, int index, int epoch, float[] target, int offset);
    }

    private static final RowWriter SCALED_PIXELS =
            (set, index, epoch, target, offset) -> set.copyScaledPixels(index, target, offset);

    private DigitBatches(DigitSet set, int batchSize, boolean shuffle, long seed, RowWriter writer) {
        Objects.requireNonNull(set, "set");
        this.writer = Objects.requireNonNull(writer, "writer");
        Check.atLeast("batch size", batchSize, 1);
        if (set.size() == 0) {
            throw new IllegalArgumentException("cannot make batches of " + set.name() + ": the set is empty");
        }
        this.set = set;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.order = new int[set.size()];
        arrangeEpoch();
    }

    /**
     * Batches that visit the images in their stored order, every epoch.
     *
     * @param set       the images, not empty
     * @param batchSize images per batch, 1 or more
     * @return the iterator
     * @throws IllegalArgumentException if the set is empty or the batch size is below 1
     */
    public static DigitBatches inOrder(DigitSet set, int batchSize) {
        return new DigitBatches(set, batchSize, false, 0, SCALED_PIXELS);
    }

    /**
     * Batches that visit the images in a new random order each epoch, reproducible for the same seed.
     *
     * @param set       the images, not empty
     * @param batchSize images per batch, 1 or more
     * @param seed      random seed for the orders
     * @return the iterator
     * @throws IllegalArgumentException if the set is empty or the batch size is below 1
     */
    public static DigitBatches shuffled(DigitSet set, int batchSize, long seed) {
        return new DigitBatches(set, batchSize, true, seed, SCALED_PIXELS);
    }

    /**
     * Like {@link #shuffled(DigitSet, int, long)}, but each image goes into its batch through {@code writer},
     * which may change its pixels on the way; no copy of the set is made.
     *
     * @param set       the images, not empty
     * @param batchSize images per batch, 1 or more
     * @param seed      random seed for the orders
     * @param writer    writes one image's 784 values (each 0..1) into the batch
     * @return the iterator
     * @throws IllegalArgumentException if the set is empty or the batch size is below 1
     */
    public static DigitBatches shuffled(DigitSet set, int batchSize, long seed, RowWriter writer) {
        return new DigitBatches(set, batchSize, true, seed, writer);
    }

    /**
     * Batches of augmented digits, made on the fly: each image is changed by {@code augmenter} as it is written
     * into its batch, so the network sees a new version of every digit in every epoch while the set itself is
     * never copied. The image order and every change depend only on the augmenter's seed, the epoch and the image.
     *
     * <pre>{@code
     * DataSetIterator batches = DigitBatches.augmented(mnist.train(), 64, Augmenter.builder().seed(42).build());
     * model.fit(batches);   // one epoch of augmented digits
     * }</pre>
     *
     * @param set       the images, not empty
     * @param batchSize images per batch, 1 or more
     * @param augmenter how to change each image; its seed also fixes the shuffled order
     * @return the iterator
     * @throws IllegalArgumentException if the set is empty or the batch size is below 1
     */
    public static DigitBatches augmented(DigitSet set, int batchSize, Augmenter augmenter) {
        return shuffled(set, batchSize, augmenter.seed(), augmenting(augmenter));
    }

    /** A row writer that changes each image by {@code augmenter} (one image of scratch space: one thread only). */
    static RowWriter augmenting(Augmenter augmenter) {
        Objects.requireNonNull(augmenter, "augmenter");
        float[] scratch = new float[PIXELS];
        return (s, index, epoch, target, offset) -> {
            s.copyScaledPixels(index, scratch, 0);
            augmenter.augment(scratch, 0, target, offset, epoch, index);
        };
    }

    /**
     * Turns a batch back into digits, to look at it.
     *
     * @param batch a batch from a {@code DigitBatches} iterator: features [n, 784] in 0..1, one-hot labels [n, 10]
     * @param name  a name for the set
     * @return the batch's images (pixel values rounded to 0..255) with their labels
     * @throws IllegalArgumentException if the batch does not hold 784 values per image
     */
    public static DigitSet digits(DataSet batch, String name) {
        float[] features = batch.getFeatures().dup('c').data().asFloat();
        int n = batch.numExamples();
        if (features.length != (long) n * PIXELS) {
            throw new IllegalArgumentException(
                    "a batch of " + n + " digits needs " + n * PIXELS + " feature values, found " + features.length);
        }
        byte[] pixels = new byte[features.length];
        for (int i = 0; i < features.length; i++) {
            pixels[i] = (byte) Math.max(0, Math.min(255, Math.round(features[i] * 255f)));
        }
        byte[] labels = new byte[n];
        float[] oneHot = batch.getLabels().dup('c').data().asFloat();
        int classes = oneHot.length / n;
        for (int row = 0; row < n; row++) {
            labels[row] = (byte) Inference.argMax(oneHot, row * classes, classes);
        }
        return DigitSet.of(name, pixels, labels);
    }

    /** Puts the image indices in this epoch's order: a Fisher-Yates shuffle seeded by (seed, epoch). */
    private void arrangeEpoch() {
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        if (!shuffle) {
            return;
        }
        // Seeding from (seed, epoch) rather than one long-lived generator makes epoch e's order depend on nothing else.
        Shuffle.first(order, order.length, new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (epoch + 1)));
    }

    /** @return the set being batched */
    public DigitSet set() {
        return set;
    }

    /** @return batches per epoch, counting a last, smaller batch */
    public int batchesPerEpoch() {
        return (set.size() + batchSize - 1) / batchSize;
    }

    /** @return the index into the set of the image at {@code position} (0-based) of the current epoch's order */
    public int indexAt(int position) {
        Objects.checkIndex(position, order.length);
        return order[position];
    }

    @Override
    public boolean hasNext() {
        return position < order.length;
    }

    @Override
    public DataSet next() {
        return next(batchSize);
    }

    /**
     * Returns the next {@code num} images of the epoch (fewer at its end).
     *
     * @throws NoSuchElementException if the epoch is over; call {@link #reset()} to start the next one
     */
    @Override
    public DataSet next(int num) {
        Check.atLeast("batch size", num, 1);
        if (!hasNext()) {
            throw new NoSuchElementException("all " + order.length + " images of " + set.name()
                    + " have been handed out this epoch: call reset() to start the next epoch");
        }
        int n = Math.min(num, order.length - position);
        float[] features = new float[n * PIXELS];
        float[] labels = new float[n * CLASSES];
        for (int row = 0; row < n; row++) {
            int image = order[position + row];
            writer.write(set, image, epoch, features, row * PIXELS);
            labels[row * CLASSES + set.label(image)] = 1f;
        }
        position += n;
        INDArray x = Nd4j.create(features, new long[] {n, PIXELS});
        INDArray y = Nd4j.create(labels, new long[] {n, CLASSES});
        DataSet batch = new DataSet(x, y);
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    /** Starts the next epoch; a shuffled iterator draws that epoch's new order. */
    @Override
    public void reset() {
        epoch++;
        position = 0;
        arrangeEpoch();
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    /**
     * Returns false: Deeplearning4j then fills each batch on the training thread instead of a prefetching one.
     * Filling a batch of 64 takes about a millisecond, and on a 2-core machine measured
     * {@code model.fit(iterator)} ran about 20% slower with prefetching (230 against 290 images/s for LeNet),
     * the extra thread competing with the training for the cores.
     */
    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public int inputColumns() {
        return PIXELS;
    }

    @Override
    public int totalOutcomes() {
        return CLASSES;
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    /** @return the class names "0" to "9" */
    @Override
    public List<String> getLabels() {
        return LABELS;
    }

    @Override
    public String toString() {
        return "DigitBatches[" + set.name() + ", " + set.size() + " images, batches of " + batchSize
                + (shuffle ? ", shuffled with seed " + seed : ", in order") + "]";
    }
}
