package digits.training;

import digits.check.Check;

/**
 * The numbers of one finished epoch.
 *
 * @param epoch              the epoch, counted from 1
 * @param trainingLoss       mean training loss over the epoch's batches (weighted by batch size), as
 *                           Deeplearning4j reports it: including any L2 penalty
 * @param trainingAccuracy   fraction (0..1) of the epoch's training images the network got right while training on them
 * @param validationLoss     mean negative log-likelihood on the validation set after the epoch
 * @param validationAccuracy fraction (0..1) of the validation set classified right after the epoch
 * @param seconds            time spent training in this epoch, not counting validation
 */
public record EpochResult(
        int epoch,
        double trainingLoss,
        double trainingAccuracy,
        double validationLoss,
        double validationAccuracy,
        double seconds) {

    /** Checks that the epoch is counted from 1. */
    public EpochResult {
        Check.atLeast("epoch", epoch, 1);
    }

    /** @return the same figures under another epoch number (a resumed run's epochs carry on the count) */
    public EpochResult renumbered(int newEpoch) {
        return new EpochResult(newEpoch, trainingLoss, trainingAccuracy, validationLoss, validationAccuracy, seconds);
    }
}
