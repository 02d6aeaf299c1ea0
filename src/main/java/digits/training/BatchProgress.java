package digits.training;

/**
 * Where training stands after one batch, as reported to {@link ProgressListener#batchFinished}.
 *
 * @param epoch              the current epoch, counted from 1
 * @param epochs             epochs in this run
 * @param batch              batches done in this epoch, counted from 1
 * @param batches            batches per epoch
 * @param runningLoss        mean training loss over this epoch's batches so far (weighted by batch size)
 * @param runningAccuracy    fraction (0..1) of this epoch's images so far that the network got right
 *                           while training on them (see {@link Trainer} for how it is measured)
 * @param imagesPerSecond    training speed in this epoch so far
 * @param secondsLeftInEpoch estimated seconds until this epoch's training is done, at the current speed
 */
public record BatchProgress(
        int epoch,
        int epochs,
        int batch,
        int batches,
        double runningLoss,
        double runningAccuracy,
        double imagesPerSecond,
        double secondsLeftInEpoch) {}
