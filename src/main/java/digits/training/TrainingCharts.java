package digits.training;

import digits.display.Chart;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The charts of a {@link TrainingHistory}: tables of its figures handed to {@link Chart}. */
final class TrainingCharts {

    private TrainingCharts() {}

    static Chart loss(List<EpochResult> epochs, List<TrainingStep> steps) {
        return Chart.lines(
                "Loss during training",
                curves(
                        epochs,
                        steps,
                        TrainingStep::loss,
                        EpochResult::trainingLoss,
                        EpochResult::validationLoss,
                        "loss"),
                "epoch",
                "loss",
                "training loss",
                "validation loss");
    }

    static Chart accuracy(List<EpochResult> epochs, List<TrainingStep> steps) {
        return Chart.lines(
                "Accuracy during training (%)",
                curves(
                        epochs,
                        steps,
                        step -> 100 * step.accuracy(),
                        r -> 100 * r.trainingAccuracy(),
                        r -> 100 * r.validationAccuracy(),
                        "accuracy"),
                "epoch",
                "accuracy (%)",
                "training accuracy",
                "validation accuracy");
    }

    /** The validation loss per epoch, and the kept epoch's as a point of its own. */
    static Chart validation(List<EpochResult> epochs, int kept) {
        DoubleColumn x = DoubleColumn.create("epoch");
        DoubleColumn loss = DoubleColumn.create("validation loss");
        DoubleColumn keptPoint = DoubleColumn.create("kept epoch");
        for (EpochResult r : epochs) {
            x.append(r.epoch());
            loss.append(r.validationLoss());
            keptPoint.append(r.epoch() == kept ? r.validationLoss() : Double.NaN);
        }
        return Chart.lines(
                "Validation loss after each epoch",
                Table.create("validation loss", x, loss, keptPoint),
                "epoch",
                "validation loss",
                "validation loss",
                "kept epoch");
    }

    static Chart accuracyOverTime(TrainingHistory... histories) {
        List<String> names =
                Arrays.stream(histories).map(TrainingHistory::label).toList();
        if (histories.length == 0 || names.contains("") || new HashSet<>(names).size() < names.size()) {
            throw new IllegalArgumentException("each run needs a label of its own, as in "
                    + "accuracyOverTime(run.withLabel(\"LeNet\"), other.withLabel(\"recommended\")); the labels are "
                    + names);
        }
        List<List<EpochResult>> runs =
                Arrays.stream(histories).map(TrainingHistory::all).toList();
        DoubleColumn seconds = DoubleColumn.create("seconds of training");
        List<DoubleColumn> lines = names.stream().map(DoubleColumn::create).toList();
        for (int run = 0; run < runs.size(); run++) {
            double elapsed = 0;
            for (EpochResult r : runs.get(run)) {
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
        return Chart.points(
                "Validation accuracy after each epoch, against training time (%)",
                sorted, seconds.name(), "validation accuracy (%)", names.toArray(String[]::new));
    }

    /**
     * One row per training point and per epoch end, along x = epochs of training so far; a column is
     * missing (NaN) on the rows where it has no point, so each line joins only its own points.
     */
    private static Table curves(
            List<EpochResult> epochs,
            List<TrainingStep> steps,
            ToDoubleFunction<TrainingStep> stepValue,
            ToDoubleFunction<EpochResult> epochTraining,
            ToDoubleFunction<EpochResult> epochValidation,
            String what) {
        DoubleColumn x = DoubleColumn.create("epoch");
        DoubleColumn training = DoubleColumn.create("training " + what);
        DoubleColumn validation = DoubleColumn.create("validation " + what);
        for (EpochResult r : epochs) {
            List<TrainingStep> inEpoch =
                    steps.stream().filter(step -> step.epoch() == r.epoch()).toList();
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
}
