package digits.training;

import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** A history's epochs for reading: as a table ({@code TrainingHistory.table()}) and which one is kept. */
final class HistoryTable {

    private HistoryTable() {}

    static Table of(List<EpochResult> epochs) {
        int n = epochs.size();
        int[] epoch = new int[n];
        double[] loss = new double[n],
                accuracy = new double[n],
                valLoss = new double[n],
                valAccuracy = new double[n],
                seconds = new double[n];
        for (int i = 0; i < n; i++) {
            EpochResult r = epochs.get(i);
            epoch[i] = r.epoch();
            loss[i] = round(r.trainingLoss(), 4);
            accuracy[i] = round(100 * r.trainingAccuracy(), 2);
            valLoss[i] = round(r.validationLoss(), 4);
            valAccuracy[i] = round(100 * r.validationAccuracy(), 2);
            seconds[i] = round(r.seconds(), 1);
        }
        return Table.create(
                "training history",
                IntColumn.create("epoch", epoch),
                DoubleColumn.create("loss", loss),
                DoubleColumn.create("accuracy %", accuracy),
                DoubleColumn.create("val loss", valLoss),
                DoubleColumn.create("val accuracy %", valAccuracy),
                DoubleColumn.create("seconds", seconds));
    }

    /** The sentence of {@code TrainingHistory.whichEpochIsKept()}. */
    static String keptEpoch(EpochResult best, EpochResult kept, EpochResult last) {
        String lowest = String.format(
                Locale.ROOT,
                "epoch %d%s had the lowest validation loss (%.4f)",
                best.epoch(),
                best.equals(last) && last.epoch() > 1 ? ", the last," : "",
                best.validationLoss());
        if (kept.equals(best)) {
            return lowest + "; its weights are kept"
                    + (kept.equals(last)
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    ", not those of epoch %d (%.4f)",
                                    last.epoch(),
                                    last.validationLoss()));
        }
        return String.format(
                Locale.ROOT,
                "%s; the network holds the weights of epoch %d (%.4f)",
                lowest,
                kept.epoch(),
                kept.validationLoss());
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
