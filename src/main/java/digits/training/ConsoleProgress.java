package digits.training;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints one line per epoch, for training outside a notebook:
 *
 * <pre>
 * epoch 1/3  loss 0.2103  accuracy 93.71%  val loss 0.0712  val accuracy 97.80%  18.2 s  3,290 images/s
 * </pre>
 *
 * The time and speed are for training only, without validation.
 */
public final class ConsoleProgress implements ProgressListener {

    private final PrintStream out;
    private int epochs;
    private int imagesPerEpoch;

    /** Prints to {@code System.out}. */
    public ConsoleProgress() {
        this(System.out);
    }

    /** @param out where the lines go */
    public ConsoleProgress(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void trainingStarted(int epochs, int batchesPerEpoch, int imagesPerEpoch) {
        this.epochs = epochs;
        this.imagesPerEpoch = imagesPerEpoch;
    }

    @Override
    public void epochFinished(EpochResult r) {
        out.println(line(r));
        out.flush();
    }

    /** The line printed for one epoch. */
    String line(EpochResult r) {
        String epoch = epochs > 0 ? r.epoch() + "/" + epochs : String.valueOf(r.epoch());
        String line = String.format(
                Locale.US,
                "epoch %s  loss %.4f  accuracy %.2f%%  val loss %.4f  val accuracy %.2f%%  %.1f s",
                epoch,
                r.trainingLoss(),
                100 * r.trainingAccuracy(),
                r.validationLoss(),
                100 * r.validationAccuracy(),
                r.seconds());
        if (r.seconds() > 0 && imagesPerEpoch > 0) {
            line += String.format(Locale.US, "  %,.0f images/s", imagesPerEpoch / r.seconds());
        }
        return line;
    }
}
