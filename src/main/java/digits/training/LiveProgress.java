package digits.training;

import digits.display.Durations;
import digits.display.Screen;
import digits.display.TableHtml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Training progress as one output that updates in place while the model trains, like Keras'
 * progress bar: a line for each finished epoch, then a bar for the running one with its batch,
 * running loss and accuracy, speed and the time left.
 *
 * <p>A trainer built in a notebook cell without a listener of its own reports here ({@link #forThisCell()}).
 */
public final class LiveProgress implements ProgressListener {

    /** Updates come at most this often, so a fast epoch does not flood the notebook with messages. */
    static final long UPDATE_EVERY_NANOS = 500_000_000L;

    private final Screen screen;
    private final LongSupplier clock;
    private final String displayId = "digits-training-" + UUID.randomUUID();
    private final List<String> finishedEpochs = new ArrayList<>();
    private long lastUpdate;
    private String current = "starting…";
    private double percent;

    /**
     * @param screen where to show the progress
     * @param clock  nanoseconds from any origin ({@link System#nanoTime()}), for the throttle
     */
    public LiveProgress(Screen screen, LongSupplier clock) {
        this.screen = screen;
        this.clock = clock;
    }

    /**
     * The listener a trainer reports to when none is chosen: live progress on the notebook's screen while a cell
     * runs in a notebook ({@link Screen#notebook()}), one printed line per epoch anywhere else.
     *
     * @return the listener for a new trainer
     */
    public static ProgressListener forThisCell() {
        return Screen.notebook()
                .<ProgressListener>map(screen -> new LiveProgress(screen, System::nanoTime))
                .orElseGet(ConsoleProgress::new);
    }

    @Override
    public void trainingStarted(int epochs, int batchesPerEpoch, int imagesPerEpoch) {
        current = String.format(
                Locale.ROOT,
                "training for %d epochs of %,d images (%,d batches each)…",
                epochs,
                imagesPerEpoch,
                batchesPerEpoch);
        screen.show(bundle(), displayId);
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
        current = String.format(
                Locale.ROOT,
                "epoch %d/%d · batch %,d/%,d · loss %.4f · accuracy %.2f%% · %,.0f images/s · %s left",
                p.epoch(),
                p.epochs(),
                p.batch(),
                p.batches(),
                p.runningLoss(),
                100 * p.runningAccuracy(),
                p.imagesPerSecond(),
                Durations.seconds(p.secondsLeftInEpoch()));
        screen.update(displayId, bundle());
    }

    @Override
    public void epochFinished(EpochResult r) {
        finishedEpochs.add(String.format(
                Locale.ROOT,
                "epoch %d · loss %.4f · accuracy %.2f%% · val loss %.4f · val accuracy %.2f%% · %.1f s",
                r.epoch(),
                r.trainingLoss(),
                100 * r.trainingAccuracy(),
                r.validationLoss(),
                100 * r.validationAccuracy(),
                r.seconds()));
        current = "";
        percent = 0;
        screen.update(displayId, bundle());
    }

    @Override
    public void trainingFinished(TrainingHistory history) {
        current = "";
        screen.update(displayId, bundle());
    }

    private Map<String, Object> bundle() {
        StringBuilder html = new StringBuilder("<div style=\"font-family:monospace;line-height:1.5\">");
        StringBuilder text = new StringBuilder();
        for (String line : finishedEpochs) {
            html.append("<div>✔ ").append(TableHtml.escape(line)).append("</div>");
            text.append(line).append('\n');
        }
        if (!current.isEmpty()) {
            html.append("<div><progress max=\"100\" value=\"")
                    .append(String.format(Locale.ROOT, "%.1f", percent))
                    .append("\" style=\"width:16em;vertical-align:middle\"></progress> ")
                    .append(TableHtml.escape(current))
                    .append("</div>");
            text.append(current).append('\n');
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", html.append("</div>").toString());
        bundle.put("text/plain", text.toString().stripTrailing());
        return bundle;
    }
}
