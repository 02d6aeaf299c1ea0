package digits.training;

/**
 * Receives progress reports from {@link Trainer#fit}. Every method does nothing by default, so a listener
 * implements only what it needs. The calls come in this order, all on the training thread:
 *
 * <pre>
 * trainingStarted
 *   epochStarted(1), batchFinished ... batchFinished, epochFinished(result 1)
 *   epochStarted(2), ...
 * trainingFinished
 * </pre>
 */
public interface ProgressListener {

    /**
     * Training is about to begin.
     *
     * @param epochs          epochs in this run
     * @param batchesPerEpoch batches per epoch, counting a last, smaller batch
     * @param imagesPerEpoch  training images per epoch
     */
    default void trainingStarted(int epochs, int batchesPerEpoch, int imagesPerEpoch) {}

    /**
     * An epoch is about to begin.
     *
     * @param epoch the epoch, counted from 1
     */
    default void epochStarted(int epoch) {}

    /**
     * A batch has been trained on. This is called after every batch, many times a second;
     * a listener that draws or prints should throttle itself.
     *
     * @param progress where training stands
     */
    default void batchFinished(BatchProgress progress) {}

    /**
     * An epoch has been trained and validated.
     *
     * @param result its numbers
     */
    default void epochFinished(EpochResult result) {}

    /**
     * Training is over.
     *
     * @param history every epoch's numbers
     */
    default void trainingFinished(TrainingHistory history) {}
}
