package digits.training;

/**
 * The training figures of a stretch of batches inside an epoch, recorded while the network trains
 * (about 20 such points per epoch), so that a history shows how the loss falls within an epoch and
 * not only from one epoch to the next.
 *
 * @param epoch    the epoch the batches belong to, counted from 1
 * @param position where training stood at the stretch's end, in epochs: 0.5 is half-way through epoch 1
 * @param loss     mean training loss over the stretch's batches (weighted by batch size)
 * @param accuracy fraction (0..1) of the stretch's training images the network got right while training on them
 */
public record TrainingStep(int epoch, double position, double loss, double accuracy) {

    /** Checks that the step lies inside its epoch. */
    public TrainingStep {
        if (epoch < 1 || position <= epoch - 1 || position > epoch + 1e-9) {
            throw new IllegalArgumentException("a step at position " + position + " is not inside epoch " + epoch
                    + ": expected a position in (" + (epoch - 1) + ", " + epoch + "]");
        }
    }

    /** @return the same step {@code epochs} epochs later (a resumed run's steps carry on the count) */
    public TrainingStep later(int epochs) {
        return new TrainingStep(epoch + epochs, position + epochs, loss, accuracy);
    }
}
