package digits.preprocessing;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.training.DigitBatches;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Mini-batches of augmented digits for Deeplearning4j, made on the fly: each image is changed by an
 * {@link Augmenter} as it is written into its batch, so the network sees a new version of every digit in
 * every epoch while the data set itself is never copied. Batches have the shapes of
 * {@link DigitBatches}: features [batch, 784] in 0..1 and one-hot labels [batch, 10].
 *
 * <pre>{@code
 * DataSetIterator batches = AugmentedBatches.of(mnist.train(), 64, Augmenter.builder().seed(42).build());
 * model.fit(batches);   // one epoch of augmented digits
 * }</pre>
 *
 * The image order and every change depend only on the augmenter's seed, the epoch and the image, so the
 * same seed gives the same batches.
 */
public final class AugmentedBatches implements DataSetIterator {

    private final DigitBatches batches;
    private final Augmenter augmenter;

    private AugmentedBatches(DigitSet set, int batchSize, Augmenter augmenter) {
        this.augmenter = Objects.requireNonNull(augmenter, "augmenter");
        this.batches = DigitBatches.shuffled(set, batchSize, augmenter.seed(), augmenter.rowWriter());
    }

    /**
     * @param set       the images, not empty
     * @param batchSize images per batch, 1 or more
     * @param augmenter how to change each image; its seed also fixes the shuffled order
     * @return the iterator
     * @throws IllegalArgumentException if the set is empty or the batch size is below 1
     */
    public static AugmentedBatches of(DigitSet set, int batchSize, Augmenter augmenter) {
        return new AugmentedBatches(set, batchSize, augmenter);
    }

    /**
     * Turns a batch back into digits, to look at it.
     *
     * @param batch a batch from this or a {@link DigitBatches} iterator
     * @param name  a name for the set
     * @return the batch's images (pixel values rounded to 0..255) with their labels
     */
    public static DigitSet digits(DataSet batch, String name) {
        float[] features = batch.getFeatures().dup('c').data().asFloat();
        int n = batch.numExamples();
        if (features.length != (long) n * DigitImage.PIXELS) {
            throw new IllegalArgumentException("a batch of " + n + " digits needs " + n * DigitImage.PIXELS
                    + " feature values, found " + features.length);
        }
        byte[] pixels = new byte[features.length];
        for (int i = 0; i < features.length; i++) {
            pixels[i] = (byte) Math.max(0, Math.min(255, Math.round(features[i] * 255f)));
        }
        byte[] labels = new byte[n];
        float[] oneHot = batch.getLabels().dup('c').data().asFloat();
        int classes = oneHot.length / n;
        for (int row = 0; row < n; row++) {
            for (int k = 0; k < classes; k++) {
                if (oneHot[row * classes + k] > 0.5f) {
                    labels[row] = (byte) k;
                }
            }
        }
        return DigitSet.of(name, pixels, labels);
    }

    /** @return the augmenter used */
    public Augmenter augmenter() {
        return augmenter;
    }

    /** @return the set being batched */
    public DigitSet set() {
        return batches.set();
    }

    /** @return batches per epoch, counting a last, smaller batch */
    public int batchesPerEpoch() {
        return batches.batchesPerEpoch();
    }

    @Override
    public DataSet next(int num) {
        return batches.next(num);
    }

    @Override
    public DataSet next() {
        return batches.next();
    }

    @Override
    public boolean hasNext() {
        return batches.hasNext();
    }

    /** Starts the next epoch: a new order and new changes to every image. */
    @Override
    public void reset() {
        batches.reset();
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    /** @return false, as for {@link DigitBatches#asyncSupported()} */
    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public int inputColumns() {
        return batches.inputColumns();
    }

    @Override
    public int totalOutcomes() {
        return batches.totalOutcomes();
    }

    @Override
    public int batch() {
        return batches.batch();
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        batches.setPreProcessor(preProcessor);
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return batches.getPreProcessor();
    }

    @Override
    public List<String> getLabels() {
        return batches.getLabels();
    }

    @Override
    public String toString() {
        return "AugmentedBatches[" + set().name() + ", " + set().size() + " images, batches of " + batch() + ", "
                + augmenter + "]";
    }
}
