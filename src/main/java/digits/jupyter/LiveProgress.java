package digits.jupyter;

import digits.training.BatchProgress;
import digits.training.ConsoleProgress;
import digits.training.EpochResult;
import digits.training.TrainingHistory;
import digits.training.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.DisplayStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Training progress as one output that updates in place while the model trains, like Keras'
 * progress bar: a line for each finished epoch, then a bar for the running one with its batch,
 * running loss and accuracy, speed and the time left.
 *
 * <p>{@link DigitsExtension} makes this the trainer's default listener when the JJava kernel starts.
 */
public final class LiveProgress implements ProgressListener {

    /** Updates come at most this often, so a fast epoch does not flood the notebook with messages. */
    static final long UPDATE_EVERY_NANOS = 500_000_000L;

    private final DisplayStream stream;
    private final LongSupplier clock;
    private final String displayId = "digits-training-" + UUID.randomUUID();
    private final List<String> finishedEpochs = new ArrayList<>();
    private long lastUpdate;
    private String current = "starting…";
    private double percent;

    /**
     * @param stream where the kernel sends displays
     */
    public LiveProgress(DisplayStream stream) {
        this(stream, System::nanoTime);
    }

    /** A display whose throttle reads {@code clock} (nanoseconds) instead of the system's, for tests. */
    LiveProgress(DisplayStream stream, LongSupplier clock) {
        this.stream = stream;
        this.clock = clock;
    }

    /**
     * A live display in the notebook of this kernel while a cell runs, or one printed line per epoch
     * when nothing can show a display (code run by the kernel outside a cell).
     *
     * @param kernel the running kernel
     * @return the listener for a new trainer
     */
    public static ProgressListener forKernel(BaseKernel kernel) {
        DisplayStream display = kernel.getIO().display;
        return display.isAttached() ? new LiveProgress(display) : new ConsoleProgress();
    }

    @Override
    public void trainingStarted(int epochs, int batchesPerEpoch, int imagesPerEpoch) {
        current = String.format(Locale.ROOT, "training for %d epochs of %,d images (%,d batches each)…", epochs,
                imagesPerEpoch, batchesPerEpoch);
        stream.display(render(true));
        lastUpdate = clock.getAsLong();
    }

    @Override
    public void batchFinished(BatchProgress p) {
        long now = clock.getAsLong();
        if (now - lastUpdate < UPDATE_EVERY_NANOS && p.batch() < p.batches()) {
            return;
        }
        lastUpdate = now;
        percent = 100.0 * p.batch() / p.batches();
        current = String.format(Locale.ROOT,
                "epoch %d/%d · batch %,d/%,d · loss %.4f · accuracy %.2f%% · %,.0f images/s · %s left",
                p.epoch(), p.epochs(), p.batch(), p.batches(), p.runningLoss(), 100 * p.runningAccuracy(),
                p.imagesPerSecond(), duration(p.secondsLeftInEpoch()));
        stream.updateDisplay(displayId, render(false));
    }

    @Override
    public void epochFinished(EpochResult r) {
        finishedEpochs.add(String.format(Locale.ROOT,
                "epoch %d · loss %.4f · accuracy %.2f%% · val loss %.4f · val accuracy %.2f%% · %.1f s",
                r.epoch(), r.trainingLoss(), 100 * r.trainingAccuracy(), r.validationLoss(),
                100 * r.validationAccuracy(), r.seconds()));
        current = "";
        percent = 0;
        stream.updateDisplay(displayId, render(false));
    }

    @Override
    public void trainingFinished(TrainingHistory history) {
        current = "";
        stream.updateDisplay(displayId, render(false));
    }

    private DisplayData render(boolean withId) {
        StringBuilder html = new StringBuilder("<div style=\"font-family:monospace;line-height:1.5\">");
        StringBuilder text = new StringBuilder();
        for (String line : finishedEpochs) {
            html.append("<div>✔ ").append(line).append("</div>");
            text.append(line).append('\n');
        }
        if (!current.isEmpty()) {
            html.append("<div><progress max=\"100\" value=\"").append(String.format(Locale.ROOT, "%.1f", percent))
                    .append("\" style=\"width:16em;vertical-align:middle\"></progress> ").append(current).append("</div>");
            text.append(current).append('\n');
        }
        DisplayData data = new DisplayData();
        data.putHTML(html.append("</div>").toString());
        data.putText(text.toString().stripTrailing());
        if (withId) {
            data.putTransientData("display_id", displayId); // works with every JJava version (setDisplayId changed)
        }
        return data;
    }

    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
    }
}
