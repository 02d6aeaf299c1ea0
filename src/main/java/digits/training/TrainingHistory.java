package digits.training;

import digits.display.Chart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;

/**
 * What happened in training: per epoch the losses, accuracies and time, and within each epoch the
 * training figures of about 20 stretches of batches ({@link TrainingStep}). Immutable.
 *
 * <pre>{@code
 * TrainingHistory history = trainer.fit(model, training, validation);
 * history.table();          // one row per epoch
 * history.lossChart();      // training loss during the epochs, validation loss after each
 * history.whichEpochIsKept();   // "epoch 2 had the lowest validation loss (0.0373); its weights are kept"
 * }</pre>
 *
 * <p>A history also says whose weights the network holds: the last epoch's, unless the trainer kept the best
 * epoch ({@link Trainer.Builder#keepBestEpoch()}), the one with the lowest validation loss.
 */
public final class TrainingHistory {

    private final List<EpochResult> epochs;
    private final List<TrainingStep> steps;
    private final int kept; // the epoch whose weights the network holds; 0: the last
    private final String label; // "" when none was given

    private TrainingHistory(List<EpochResult> epochs, List<TrainingStep> steps, int kept, String label) {
        this.epochs = List.copyOf(epochs);
        this.steps = List.copyOf(steps);
        this.kept = kept == epochs.size() ? 0 : kept;
        this.label = label;
    }

    /** @return a history without epochs, to add to with {@link #plus(EpochResult)} */
    public static TrainingHistory empty() {
        return new TrainingHistory(List.of(), List.of(), 0, "");
    }

    /**
     * This history under a name, as a chart comparing runs shows it ({@link #accuracyOverTime}).
     *
     * @param label what the run was, for example "LeNet, batch 64"; not blank
     * @return a new history with the same epochs
     */
    public TrainingHistory withLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a history's label must be some text, not '" + label + "'");
        }
        return new TrainingHistory(epochs, steps, kept, label);
    }

    /** @return the name given with {@link #withLabel}, or "" */
    public String label() {
        return label;
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
        return plus(next, List.of());
    }

    /**
     * This history with one more epoch at the end, and the steps recorded during it.
     *
     * @param next      the next epoch; its number must be {@code epochs() + 1}
     * @param nextSteps the steps of that epoch, in order
     * @return a new history
     * @throws IllegalArgumentException if the epoch number does not follow on, or a step belongs to another epoch
     */
    public TrainingHistory plus(EpochResult next, List<TrainingStep> nextSteps) {
        Objects.requireNonNull(next, "next");
        for (TrainingStep step : nextSteps) {
            if (step.epoch() != next.epoch()) {
                throw new IllegalArgumentException(
                        "a step of epoch " + step.epoch() + " cannot be added with epoch " + next.epoch());
            }
        }
        if (next.epoch() != epochs.size() + 1) {
            throw new IllegalArgumentException("epoch " + next.epoch() + " does not follow on a history of "
                    + epochs.size() + " epochs: expected epoch " + (epochs.size() + 1)
                    + " (to append a later run, use plus(TrainingHistory))");
        }
        List<EpochResult> longer = new ArrayList<>(epochs);
        longer.add(next);
        List<TrainingStep> moreSteps = new ArrayList<>(steps);
        moreSteps.addAll(nextSteps);
        return new TrainingHistory(longer, moreSteps, 0, label);
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
        int shift = epochs();
        for (EpochResult r : later.epochs) {
            List<TrainingStep> moved = later.steps.stream()
                    .filter(step -> step.epoch() == r.epoch())
                    .map(step -> step.later(shift))
                    .toList();
            history = history.plus(r.renumbered(history.epochs() + 1), moved);
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

    /** @return the steps recorded during training, in order (none for a history made of epochs only) */
    public List<TrainingStep> steps() {
        return steps;
    }

    /**
     * @return the last epoch's numbers
     * @throws IllegalStateException if the history is empty
     */
    public EpochResult last() {
        requireEpochs("last()");
        return epochs.get(epochs.size() - 1);
    }

    /** Seconds of training over all epochs, validation not included. */
    public double seconds() {
        return epochs.stream().mapToDouble(EpochResult::seconds).sum();
    }

    /**
     * @return the epoch with the lowest validation loss (the earliest of equal ones)
     * @throws IllegalStateException if the history is empty
     */
    public EpochResult best() {
        requireEpochs("best()");
        return epochs.stream()
                .min(Comparator.comparingDouble(EpochResult::validationLoss))
                .orElseThrow();
    }

    /**
     * @return the epoch whose weights the network holds after training: the last one, or the best one where the
     *     trainer kept it
     * @throws IllegalStateException if the history is empty
     */
    public EpochResult kept() {
        requireEpochs("kept()");
        return kept == 0 ? last() : epoch(kept);
    }

    /**
     * This history, saying that the network holds the weights of {@code epoch} (the trainer that keeps the best
     * epoch puts them back after the last).
     *
     * @param epoch one of the history's epochs
     * @return a new history
     * @throws IndexOutOfBoundsException if there is no such epoch
     */
    public TrainingHistory keeping(int epoch) {
        epoch(epoch);
        return new TrainingHistory(epochs, steps, epoch, label);
    }

    /**
     * @return in words, which epoch has the lowest validation loss and whose weights the network holds, such as
     *     "epoch 2 had the lowest validation loss (0.0373); its weights are kept, not those of epoch 3 (0.0411)"
     * @throws IllegalStateException if the history is empty
     */
    public String whichEpochIsKept() {
        return HistoryTable.keptEpoch(best(), kept(), last());
    }

    /**
     * Time to accuracy: the seconds of training until the end of the first epoch whose validation accuracy
     * reached {@code level}.
     *
     * @param level a validation accuracy, as a fraction 0..1
     * @return the seconds, or empty if no epoch reached it
     */
    public OptionalDouble secondsToReach(double level) {
        double seconds = 0;
        for (EpochResult r : epochs) {
            seconds += r.seconds();
            if (r.validationAccuracy() >= level) {
                return OptionalDouble.of(seconds);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * @return the highest validation accuracy of any epoch, as a fraction 0..1
     * @throws IllegalStateException if the history is empty
     */
    public double bestValidationAccuracy() {
        requireEpochs("bestValidationAccuracy()");
        return epochs.stream()
                .mapToDouble(EpochResult::validationAccuracy)
                .max()
                .orElseThrow();
    }

    /**
     * @return a table named "training history" with one row per epoch and the columns "epoch", "loss",
     *     "accuracy %", "val loss", "val accuracy %" and "seconds" (training time), rounded for reading:
     *     losses to 4 decimals, percentages to 2, seconds to 1; {@link #all()} has the exact numbers
     */
    public Table table() {
        return HistoryTable.of(epochs);
    }

    /**
     * @return the training loss during the epochs (one point per step; per epoch where no steps were
     *     recorded) and the validation loss after each epoch, along the epochs
     */
    public Chart lossChart() {
        return TrainingCharts.loss(epochs, steps);
    }

    /** @return training and validation accuracy like {@link #lossChart()}, in percent */
    public Chart accuracyChart() {
        return TrainingCharts.accuracy(epochs, steps);
    }

    /**
     * The validation loss after each epoch on its own scale, where a rise of a few thousandths shows (on the
     * {@link #lossChart()} it hides under the first batches' large losses), with the kept epoch marked.
     *
     * @return the chart
     * @throws IllegalStateException if the history is empty
     */
    public Chart validationChart() {
        requireEpochs("validationChart()");
        return TrainingCharts.validation(epochs, kept().epoch());
    }

    /**
     * Validation accuracy after each epoch against the seconds of training so far, one series of points per run,
     * named by its label: which run reaches a given accuracy first. Points only, as nothing was measured between
     * two epoch ends, on an axis from 0.
     *
     * <pre>{@code
     * TrainingHistory.accuracyOverTime(lenetRun.withLabel("LeNet"), recommendedRun.withLabel("recommended"))
     * }</pre>
     *
     * @param runs the runs' histories, each with its own {@linkplain #withLabel label}
     * @return the chart
     * @throws IllegalArgumentException if there is no run, or a run has no label or the same as another
     */
    public static Chart accuracyOverTime(TrainingHistory... runs) {
        return TrainingCharts.accuracyOverTime(runs);
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
        return o instanceof TrainingHistory other
                && epochs.equals(other.epochs)
                && steps.equals(other.steps)
                && kept == other.kept;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epochs, steps, kept);
    }
}
