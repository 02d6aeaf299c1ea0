package digits.training;

import digits.check.Check;
import digits.data.DigitSet;
import digits.model.FastPath;
import digits.model.Inference;
import digits.preprocessing.Augmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a network on digits, epoch after epoch, checking it on a validation set after each epoch.
 * A trainer is an immutable set of choices; build one like a sentence:
 *
 * <pre>{@code
 * Trainer trainer = Trainer.builder().epochs(3).batchSize(64).seed(42).build();
 * TrainingHistory history = trainer.fit(model, mnist.train(), mnist.test());
 * }</pre>
 *
 * <p><b>What is measured.</b> The training loss of an epoch is the mean of Deeplearning4j's batch loss
 * ({@code model.score()}, which includes any L2 penalty) weighted by batch size. The training accuracy is
 * the fraction of the epoch's images the network got right at the moment it trained on them, taken from
 * the training forward pass itself rather than from a second pass (for networks built by
 * {@code digits.model.Cnn}; other networks fall back to one extra inference pass per batch). Because the
 * network improves during the epoch, it is a little below the accuracy at the epoch's end. Validation loss
 * (mean negative log-likelihood) and accuracy come from batched inference on the validation set after the
 * epoch. {@link EpochResult#seconds()} counts training only; validation time is not included.
 *
 * <p><b>Reproducibility.</b> The seed fixes the order of the training images in every epoch and seeds
 * ND4J's random generator (used by dropout), afresh at the start of each epoch from (seed, epoch). Together
 * with a network built from the same spec (same initial weights), the same trainer on the same data gives the
 * same history on the same machine.
 *
 * <p><b>Speed.</b> The network goes on the {@link FastPath} (unless {@link Builder#asBuilt()}); batches are made ahead.
 *
 * <p><b>Checkpoints and resuming.</b> Built with {@link Builder#checkpoints(Path)}, the trainer saves a
 * {@link Checkpoint} (network with optimiser state, and the history) after every epoch, before telling the
 * listener. After an interruption, {@link #resume} loads nothing itself: give it {@code Checkpoint.load(folder)}
 * and it trains the remaining epochs up to {@link #epochs()}, returning the whole history. Because each epoch's
 * image order and random numbers depend only on (seed, epoch), and the checkpoint holds Adam's state and step
 * count, a resumed run repeats an uninterrupted one (TrainerTest checks this).
 */
public final class Trainer {

    /** Training images per batch for {@code CnnSpec.recommended()}: fewer, larger batches keep the CPU busier. */
    public static final int RECOMMENDED_BATCH_SIZE = 128;

    /** About this many {@link TrainingStep}s are recorded per epoch. */
    static final int STEPS_PER_EPOCH = 20;

    private final int epochs;
    private final int batchSize;
    private final long seed;
    private final double learningRate; // NaN: keep the network's own
    private final ProgressListener listener;
    private final Path checkpoints; // null: none
    private final DigitBatches.RowWriter rowWriter; // null: the scaled pixels as they are
    private final boolean keepBest;
    private final boolean asBuilt;

    private Trainer(Builder b) {
        this.epochs = b.epochs;
        this.batchSize = b.batchSize;
        this.seed = b.seed;
        this.learningRate = b.learningRate;
        this.listener = b.listener != null ? b.listener : LiveProgress.forThisCell();
        this.checkpoints = b.checkpoints;
        this.rowWriter = b.rowWriter;
        this.keepBest = b.keepBest;
        this.asBuilt = b.asBuilt;
    }

    /** @return a builder with 1 epoch, batches of 64, seed 42, the network's own learning rate and console output */
    public static Builder builder() {
        return new Builder();
    }

    /** @return epochs per {@link #fit} */
    public int epochs() {
        return epochs;
    }

    /** @return training images per batch */
    public int batchSize() {
        return batchSize;
    }

    /** @return the random seed for the order of the images and for dropout */
    public long seed() {
        return seed;
    }

    /** @return the listener told about progress */
    public ProgressListener listener() {
        return listener;
    }

    /**
     * Trains {@code model} on {@code training} for {@link #epochs()} epochs, validating on
     * {@code validation} after each. The network is changed in place; the returned history
     * numbers its epochs from 1 (see {@link TrainingHistory#plus(TrainingHistory)} to continue one).
     *
     * @param model      a network taking rows of 784 pixels and giving 10 probabilities, e.g. from {@code Cnn.build}
     * @param training   images to learn from, not empty
     * @param validation images to check on after each epoch, not empty
     * @return each epoch's losses, accuracies and time
     * @throws IllegalArgumentException if the network does not take 784 pixels and give 10 classes, or a set is empty
     */
    public TrainingHistory fit(MultiLayerNetwork model, DigitSet training, DigitSet validation) {
        return train(model, TrainingHistory.empty(), training, validation);
    }

    /**
     * Carries on training from a checkpoint up to {@link #epochs()} epochs in all: a checkpoint after epoch 3
     * and a trainer of 5 epochs train epochs 4 and 5. The checkpoint's network is trained in place. Use the same
     * seed, batch size and data as the interrupted run to repeat it exactly.
     *
     * @param checkpoint where training stopped, from {@link Checkpoint#load(Path)}
     * @param training   images to learn from, not empty
     * @param validation images to check on after each epoch, not empty
     * @return the whole history: the checkpoint's epochs followed by the new ones
     * @throws IllegalArgumentException as for {@link #fit}
     */
    public TrainingHistory resume(Checkpoint checkpoint, DigitSet training, DigitSet validation) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        return train(checkpoint.model(), checkpoint.history(), training, validation);
    }

    private TrainingHistory train(
            MultiLayerNetwork model, TrainingHistory done, DigitSet training, DigitSet validation) {
        Inference.checkNetwork(model);
        checkSet(training, "training set");
        checkSet(validation, "validation set");
        if (!asBuilt) {
            FastPath.apply(model);
        }
        if (!Double.isNaN(learningRate)) {
            model.setLearningRate(learningRate);
        }
        DigitBatches batches = rowWriter == null
                ? DigitBatches.shuffled(training, batchSize, seed)
                : DigitBatches.shuffled(training, batchSize, seed, rowWriter);
        TrainingPredictions predictions =
                TrainingPredictions.supports(model) ? TrainingPredictions.attach(model) : null;
        BestWeights best = keepBest ? BestWeights.startingFrom(model, done, checkpoints) : null;
        BatchesAhead ahead = new BatchesAhead(batches);
        try {
            listener.trainingStarted(epochs, batches.batchesPerEpoch(), training.size());
            TrainingHistory history = done;
            for (int epoch = 1; epoch <= epochs; epoch++) {
                if (epoch > 1) {
                    batches.reset(); // epoch e's order depends only on (seed, e), also when resuming
                }
                if (epoch <= done.epochs()) {
                    continue;
                }
                Nd4j.getRandom().setSeed(seed + epoch - 1);
                List<TrainingStep> steps = new ArrayList<>();
                EpochResult result =
                        EpochLoop.train(model, ahead, predictions, epoch, epochs, validation, steps, listener);
                history = history.plus(result, steps);
                if (best != null && best.offer(model, history) && checkpoints != null) {
                    Checkpoint.saveBest(checkpoints, model, epoch);
                }
                if (checkpoints != null) {
                    Checkpoint.save(checkpoints, model, history);
                }
                listener.epochFinished(result);
            }
            if (best != null) {
                history = best.restore(model, history);
            }
            listener.trainingFinished(history);
            return history;
        } finally {
            ahead.close();
            if (predictions != null) {
                predictions.detach();
            }
        }
    }

    private static void checkSet(DigitSet set, String role) {
        Objects.requireNonNull(set, role);
        if (set.size() == 0) {
            throw new IllegalArgumentException(
                    "the " + role + " '" + set.name() + "' is empty: expected at least one image");
        }
    }

    @Override
    public String toString() {
        return "Trainer[" + epochs + " epochs, batches of " + batchSize + ", seed " + seed
                + (Double.isNaN(learningRate) ? "" : ", learning rate " + learningRate)
                + (checkpoints == null ? "" : ", checkpoints in " + checkpoints)
                + (rowWriter == null ? "" : ", own row writer (augmentation)")
                + (keepBest ? ", keeps the best epoch" : "") + (asBuilt ? ", network as built" : "") + "]";
    }

    /** Collects a trainer's choices; every setting has a default. */
    public static final class Builder {
        private int epochs = 1;
        private int batchSize = 64;
        private long seed = 42;
        private double learningRate = Double.NaN;
        private ProgressListener listener;
        private Path checkpoints;
        private DigitBatches.RowWriter rowWriter;
        private boolean keepBest;
        private boolean asBuilt;

        private Builder() {}

        /** Trains the network exactly as built, not on the {@link FastPath}: for comparisons, as in notebook 07. */
        public Builder asBuilt() {
            this.asBuilt = true;
            return this;
        }

        /**
         * After the last epoch, puts back the weights (and Adam's state) of the epoch with the lowest validation
         * loss ({@link TrainingHistory#kept()} says which); with {@link #checkpoints} that network is saved too.
         */
        public Builder keepBestEpoch() {
            this.keepBest = true;
            return this;
        }

        /**
         * Saves a {@link Checkpoint} into {@code folder} after every epoch (only the latest is kept), so that
         * {@link Trainer#resume} can carry on after an interruption.
         */
        public Builder checkpoints(Path folder) {
            this.checkpoints = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** Passes over the training set, 1 or more. */
        public Builder epochs(int epochs) {
            Check.atLeast("epochs", epochs, 1);
            this.epochs = epochs;
            return this;
        }

        /** Training images per batch, 1 or more (64 is a good start). */
        public Builder batchSize(int batchSize) {
            Check.atLeast("batch size", batchSize, 1);
            this.batchSize = batchSize;
            return this;
        }

        /** Random seed for the order of the images in each epoch and for dropout. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the Adam learning rate of every layer before training, replacing the one the network was
         * built with; the network keeps the new rate afterwards.
         */
        public Builder learningRate(double learningRate) {
            Check.positive("learning rate", learningRate);
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Changes how each training image is written into its batch (see {@link #augment} for the
         * usual case). Validation images are always used as they are.
         *
         * @param writer writes one image's 784 values (0..1) into a batch
         * @return this builder
         */
        public Builder rowWriter(DigitBatches.RowWriter writer) {
            this.rowWriter = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /**
         * Trains on augmented digits: every training image is changed by {@code augmenter} each time it goes
         * into a batch, so every epoch sees new variants (the change depends on the augmenter's seed, the
         * epoch and the image). Validation images are used as they are.
         *
         * @param augmenter how to change the training images
         * @return this builder
         */
        public Builder augment(Augmenter augmenter) {
            return rowWriter(DigitBatches.augmenting(augmenter));
        }

        /** Who hears about progress; replaces the default, which prints one line per epoch. */
        public Builder listener(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the trainer */
        public Trainer build() {
            return new Trainer(this);
        }
    }
}
