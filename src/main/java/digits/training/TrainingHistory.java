package digits.training;

import digits.display.Chart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What happened in each epoch of training: losses, accuracies and time. Immutable.
 *
 * <pre>{@code
 * TrainingHistory history = trainer.fit(model, training, validation);
 * history.table();          // one row per epoch
 * history.accuracyChart();  // training and validation accuracy per epoch
 * }</pre>
 */
public final class TrainingHistory {

    private final List<EpochResult> epochs;

    private TrainingHistory(List<EpochResult> epochs) {
        this.epochs = List.copyOf(epochs);
    }

    /** @return a history without epochs, to add to with {@link #plus(EpochResult)} */
    public static TrainingHistory empty() {
        return new TrainingHistory(List.of());
    }

    /**
     * A history of the given epochs, which must be numbered 1, 2, 3, ...
     *
     * @param epochs the epochs in order
     * @return the history
     * @throws IllegalArgumentException if the epochs are not numbered 1, 2, 3, ...
     */
    public static TrainingHistory of(List<EpochResult> epochs) {
        TrainingHistory history = empty();
        for (EpochResult epoch : epochs) {
            history = history.plus(epoch);
        }
        return history;
    }

    /**
     * This history with one more epoch at the end.
     *
     * @param next the next epoch; its number must be {@code epochs() + 1}
     * @return a new history
     * @throws IllegalArgumentException if the epoch number does not follow on
     */
    public TrainingHistory plus(EpochResult next) {
        Objects.requireNonNull(next, "next");
        if (next.epoch() != epochs.size() + 1) {
            throw new IllegalArgumentException("epoch " + next.epoch() + " does not follow on a history of "
                    + epochs.size() + " epochs: expected epoch " + (epochs.size() + 1)
                    + " (to append a later run, use plus(TrainingHistory))");
        }
        List<EpochResult> longer = new ArrayList<>(epochs);
        longer.add(next);
        return new TrainingHistory(longer);
    }

    /**
     * This history followed by a later one, whose epochs are renumbered to carry on from this one's.
     * Use it when training resumes: {@code history = history.plus(trainer.fit(model, training, validation))}.
     *
     * @param later the history of the later run
     * @return a new history
     */
    public TrainingHistory plus(TrainingHistory later) {
        TrainingHistory history = this;
        for (EpochResult r : later.epochs) {
            history = history.plus(new EpochResult(history.epochs() + 1, r.trainingLoss(), r.trainingAccuracy(),
                    r.validationLoss(), r.validationAccuracy(), r.seconds()));
        }
        return history;
    }

    /** @return the number of epochs */
    public int epochs() {
        return epochs.size();
    }

    /**
     * One epoch's numbers.
     *
     * @param epoch the epoch, counted from 1
     * @return its numbers
     * @throws IndexOutOfBoundsException if there is no such epoch
     */
    public EpochResult epoch(int epoch) {
        if (epoch < 1 || epoch > epochs.size()) {
            throw new IndexOutOfBoundsException("epoch " + epoch + " is out of range: "
                    + (epochs.isEmpty() ? "the history is empty" : "epochs are counted from 1 to " + epochs.size()));
        }
        return epochs.get(epoch - 1);
    }

    /** @return all epochs, in order */
    public List<EpochResult> all() {
        return epochs;
    }

    /**
     * @return the last epoch's numbers
     * @throws IllegalStateException if the history is empty
     */
    public EpochResult last() {
        requireEpochs("last()");
        return epochs.get(epochs.size() - 1);
    }

    /**
     * @return the highest validation accuracy of any epoch, as a fraction 0..1
     * @throws IllegalStateException if the history is empty
     */
    public double bestValidationAccuracy() {
        requireEpochs("bestValidationAccuracy()");
        return epochs.stream().mapToDouble(EpochResult::validationAccuracy).max().orElseThrow();
    }

    /**
     * @return a table named "training history" with one row per epoch and the columns "epoch", "loss",
     *     "accuracy", "val loss", "val accuracy" (accuracies as fractions 0..1) and "seconds" (training time)
     */
    public Table table() {
        int n = epochs.size();
        int[] epoch = new int[n];
        double[] loss = new double[n], accuracy = new double[n], valLoss = new double[n],
                valAccuracy = new double[n], seconds = new double[n];
        for (int i = 0; i < n; i++) {
            EpochResult r = epochs.get(i);
            epoch[i] = r.epoch();
            loss[i] = r.trainingLoss();
            accuracy[i] = r.trainingAccuracy();
            valLoss[i] = r.validationLoss();
            valAccuracy[i] = r.validationAccuracy();
            seconds[i] = r.seconds();
        }
        return Table.create("training history",
                IntColumn.create("epoch", epoch),
                DoubleColumn.create("loss", loss),
                DoubleColumn.create("accuracy", accuracy),
                DoubleColumn.create("val loss", valLoss),
                DoubleColumn.create("val accuracy", valAccuracy),
                DoubleColumn.create("seconds", seconds));
    }

    /** @return training and validation loss per epoch */
    public Chart lossChart() {
        return Chart.lines("Loss per epoch", table(), "epoch", "loss", "loss", "val loss");
    }

    /** @return training and validation accuracy per epoch, as fractions 0..1 */
    public Chart accuracyChart() {
        return Chart.lines("Accuracy per epoch", table(), "epoch", "accuracy", "accuracy", "val accuracy");
    }

    private void requireEpochs(String what) {
        if (epochs.isEmpty()) {
            throw new IllegalStateException(what + " needs at least one epoch, but the history is empty");
        }
    }

    /** @return the table as text */
    @Override
    public String toString() {
        return table().printAll();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingHistory other && epochs.equals(other.epochs);
    }

    @Override
    public int hashCode() {
        return epochs.hashCode();
    }
}
