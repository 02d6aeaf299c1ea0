package digits.training;

import digits.display.Chart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What happened in training: per epoch the losses, accuracies and time, and within each epoch the
 * training figures of about 20 stretches of batches ({@link TrainingStep}). Immutable.
 *
 * <pre>{@code
 * TrainingHistory history = trainer.fit(model, training, validation);
 * history.table();          // one row per epoch
 * history.lossChart();      // training loss during the epochs, validation loss after each
 * }</pre>
 */
public final class TrainingHistory {

    private final List<EpochResult> epochs;
    private final List<TrainingStep> steps;

    private TrainingHistory(List<EpochResult> epochs, List<TrainingStep> steps) {
        this.epochs = List.copyOf(epochs);
        this.steps = List.copyOf(steps);
    }

    /** @return a history without epochs, to add to with {@link #plus(EpochResult)} */
    public static TrainingHistory empty() {
        return new TrainingHistory(List.of(), List.of());
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
                throw new IllegalArgumentException("a step of epoch " + step.epoch() + " cannot be added with epoch "
                        + next.epoch());
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
        return new TrainingHistory(longer, moreSteps);
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
            List<TrainingStep> moved = later.steps.stream().filter(step -> step.epoch() == r.epoch())
                    .map(step -> new TrainingStep(step.epoch() + shift, step.position() + shift, step.loss(),
                            step.accuracy()))
                    .toList();
            history = history.plus(new EpochResult(history.epochs() + 1, r.trainingLoss(), r.trainingAccuracy(),
                    r.validationLoss(), r.validationAccuracy(), r.seconds()), moved);
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
     * @return the highest validation accuracy of any epoch, as a fraction 0..1
     * @throws IllegalStateException if the history is empty
     */
    public double bestValidationAccuracy() {
        requireEpochs("bestValidationAccuracy()");
        return epochs.stream().mapToDouble(EpochResult::validationAccuracy).max().orElseThrow();
    }

    /**
     * @return a table named "training history" with one row per epoch and the columns "epoch", "loss",
     *     "accuracy %", "val loss", "val accuracy %" and "seconds" (training time), rounded for reading:
     *     losses to 4 decimals, percentages to 2, seconds to 1; {@link #all()} has the exact numbers
     */
    public Table table() {
        int n = epochs.size();
        int[] epoch = new int[n];
        double[] loss = new double[n], accuracy = new double[n], valLoss = new double[n],
                valAccuracy = new double[n], seconds = new double[n];
        for (int i = 0; i < n; i++) {
            EpochResult r = epochs.get(i);
            epoch[i] = r.epoch();
            loss[i] = round(r.trainingLoss(), 4);
            accuracy[i] = round(100 * r.trainingAccuracy(), 2);
            valLoss[i] = round(r.validationLoss(), 4);
            valAccuracy[i] = round(100 * r.validationAccuracy(), 2);
            seconds[i] = round(r.seconds(), 1);
        }
        return Table.create("training history",
                IntColumn.create("epoch", epoch),
                DoubleColumn.create("loss", loss),
                DoubleColumn.create("accuracy %", accuracy),
                DoubleColumn.create("val loss", valLoss),
                DoubleColumn.create("val accuracy %", valAccuracy),
                DoubleColumn.create("seconds", seconds));
    }

    /**
     * @return the training loss during the epochs (one point per step; per epoch where no steps were
     *     recorded) and the validation loss after each epoch, along the epochs
     */
    public Chart lossChart() {
        return Chart.lines("Loss during training", curves(TrainingStep::loss, EpochResult::trainingLoss,
                EpochResult::validationLoss, "loss"), "epoch", "loss", "training loss", "validation loss");
    }

    /** @return training and validation accuracy like {@link #lossChart()}, in percent */
    public Chart accuracyChart() {
        return Chart.lines("Accuracy during training (%)", curves(step -> 100 * step.accuracy(),
                r -> 100 * r.trainingAccuracy(), r -> 100 * r.validationAccuracy(), "accuracy"), "epoch", "accuracy (%)",
                "training accuracy", "validation accuracy");
    }

    /**
     * Validation accuracy after each epoch against the seconds of training so far, one line per run: which
     * run reaches a given accuracy first. Rows are the runs' epoch ends; a run's column is missing elsewhere.
     *
     * @param names the runs' names, in the order of {@code histories}
     * @param histories the runs' histories
     * @return the chart
     */
    public static Chart accuracyOverTime(List<String> names, List<TrainingHistory> histories) {
        if (names.size() != histories.size() || names.isEmpty()) {
            throw new IllegalArgumentException("one name per history, at least one: got " + names.size()
                    + " names and " + histories.size() + " histories");
        }
        DoubleColumn seconds = DoubleColumn.create("seconds of training");
        List<DoubleColumn> lines = names.stream().map(DoubleColumn::create).toList();
        for (int run = 0; run < histories.size(); run++) {
            double elapsed = 0;
            for (EpochResult r : histories.get(run).epochs) {
                elapsed += r.seconds();
                seconds.append(elapsed);
                for (int line = 0; line < lines.size(); line++) {
                    lines.get(line).append(line == run ? 100 * r.validationAccuracy() : Double.NaN);
                }
            }
        }
        Table table = Table.create("accuracy over time", seconds);
        lines.forEach(table::addColumns);
        Table sorted = table.sortAscendingOn(seconds.name());
        return Chart.lines("Validation accuracy against training time (%)", sorted, seconds.name(), "validation accuracy (%)",
                names.toArray(String[]::new));
    }

    /**
     * One row per training point and per epoch end, along x = epochs of training so far; a column is
     * missing (NaN) on the rows where it has no point, so each line joins only its own points.
     */
    private Table curves(ToDoubleFunction<TrainingStep> stepValue, ToDoubleFunction<EpochResult> epochTraining,
            ToDoubleFunction<EpochResult> epochValidation, String what) {
        DoubleColumn x = DoubleColumn.create("epoch");
        DoubleColumn training = DoubleColumn.create("training " + what);
        DoubleColumn validation = DoubleColumn.create("validation " + what);
        for (EpochResult r : epochs) {
            List<TrainingStep> inEpoch = steps.stream().filter(step -> step.epoch() == r.epoch()).toList();
            for (TrainingStep step : inEpoch) {
                x.append(step.position());
                training.append(stepValue.applyAsDouble(step));
                validation.append(Double.NaN);
            }
            x.append(r.epoch());
            training.append(inEpoch.isEmpty() ? epochTraining.applyAsDouble(r) : Double.NaN);
            validation.append(epochValidation.applyAsDouble(r));
        }
        return Table.create("training curves", x, training, validation);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
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
        return o instanceof TrainingHistory other && epochs.equals(other.epochs) && steps.equals(other.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(epochs, steps);
    }
}
