package digits.pad;

import digits.display.Screen;
import digits.evaluation.Predictor;
import digits.owndigits.DrawingName;
import digits.owndigits.OwnDigit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A drawing pad on which the network reads your digit while you draw. Every finished stroke, and
 * <em>Clear</em>, updates the reading under the pad: the 28 x 28 picture the network receives, its ten
 * probabilities and the digit it reads. <em>Done</em> ends the session and leaves the last drawing saved next
 * to the notebook, so that the following cells can read it with {@link OwnDigit#fromDrawing(String)}.
 *
 * <pre>{@code
 * LivePad.show("my-digit.png", predictor);
 * }</pre>
 *
 * <h2>How it works</h2>
 * The pad is a script in the cell's output ({@link DrawingPad#live}); on each stroke it saves the canvas as a
 * PNG next to the notebook through the Jupyter server, and it saves a small status file ({@code PadStatusFile})
 * when it opens, when the inside view is switched, and on <em>Done</em>. The cell keeps running
 * ({@code LiveSession}), looks at both files every 50 ms, and updates its reading output in
 * place. (A notebook shows updates of an output only while its cell runs, so the cell must run until the learner
 * is done.)
 *
 * <h2>When it ends</h2>
 * See {@link Ending}: <em>Done</em> on the pad; {@link #IDLE_LIMIT} after the last stroke, or
 * {@link #FIRST_STROKE_LIMIT} after the pad opened if no stroke came at all (so that <em>Run All</em> goes on soon
 * when nobody draws); at once if no browser opened the pad within {@link #GRACE} (the notebook runs without a
 * page, as in the tests and when outputs are made with nbclient: the pad's output then becomes a picture of the
 * pad in use with the project's sample drawing, {@link OwnDigit#SAMPLE_DRAWING}, and its reading); or when the cell
 * is interrupted. A page that shows the pad notices when no reading follows a save within a few seconds (a kernel
 * that died or restarted) and says so on the pad.
 */
public final class LivePad {

    /** How long the pad may take to open in a browser before the cell ends without it. */
    public static final Duration GRACE = Duration.ofSeconds(5);
    /** How long an opened pad waits for its first stroke. */
    public static final Duration FIRST_STROKE_LIMIT = Duration.ofSeconds(30);
    /** How long the pad keeps reading after the last stroke. */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(2);

    /** How a session ended. */
    public enum Ending {
        /** The learner pressed <em>Done</em>. */
        DONE,
        /** No stroke came for the idle limit after the last one. */
        IDLE,
        /** The pad opened, but no stroke came within the first-stroke limit. */
        NO_FIRST_STROKE,
        /** No browser opened the pad within the grace: the notebook ran without a page. */
        NO_BROWSER,
        /** The cell was interrupted. */
        INTERRUPTED
    }

    /**
     * How a session went.
     *
     * @param ending      how it ended
     * @param lastReading the last reading, if there was one; after {@link Ending#NO_BROWSER}, the reading of the
     *                    project's sample drawing
     */
    public record Outcome(Ending ending, Optional<LiveReading> lastReading) {}

    /**
     * Where the pad saves and how long it waits.
     *
     * @param folder           the notebook's folder, where the pad saves its files
     * @param grace            how long the pad may take to open in a browser
     * @param firstStrokeLimit how long an opened pad waits for its first stroke
     * @param idleLimit        how long it keeps reading after the last stroke
     */
    record Settings(Path folder, Duration grace, Duration firstStrokeLimit, Duration idleLimit) {

        static final Settings DEFAULT = new Settings(Path.of(""), GRACE, FIRST_STROKE_LIMIT, IDLE_LIMIT);

        Settings {
            Objects.requireNonNull(folder, "folder");
            positive("grace", grace);
            positive("first-stroke limit", firstStrokeLimit);
            positive("idle limit", idleLimit);
        }

        private static void positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be above 0, not " + d);
            }
        }
    }

    private final String fileName;
    private final Predictor predictor;
    private final Settings settings;

    private LivePad(String fileName, Predictor predictor, Settings settings) {
        this.fileName = fileName;
        this.predictor = predictor;
        this.settings = settings;
    }

    /**
     * Shows a live pad under the running cell and reads every stroke until the learner presses <em>Done</em> or
     * stops drawing.
     *
     * @param fileName  a plain file name ending in {@code .png}, such as {@code my-digit.png}
     * @param predictor the network that reads the drawing
     * @throws IllegalArgumentException if the name is not a safe plain {@code .png} file name (checked before
     *     anything is shown)
     */
    public static void show(String fileName, Predictor predictor) {
        of(fileName, predictor).run(); // nothing returned: a notebook would show it as the cell's result
    }

    /**
     * A pad with the default limits, in the notebook's folder (the kernel's working folder), to adjust before
     * {@link #run()}.
     *
     * @param fileName  a plain file name ending in {@code .png}
     * @param predictor the network that reads the drawing
     * @return the pad, not shown yet
     * @throws IllegalArgumentException if the name is not a safe plain {@code .png} file name
     */
    public static LivePad of(String fileName, Predictor predictor) {
        return new LivePad(
                DrawingName.checked(fileName), Objects.requireNonNull(predictor, "predictor"), Settings.DEFAULT);
    }

    /**
     * @param limit how long to keep reading after the last stroke
     * @return a copy with that limit
     */
    public LivePad idleLimit(Duration limit) {
        return with(new Settings(settings.folder(), settings.grace(), settings.firstStrokeLimit(), limit));
    }

    /**
     * @param limit how long an opened pad waits for the first stroke
     * @return a copy with that limit
     */
    public LivePad firstStrokeLimit(Duration limit) {
        return with(new Settings(settings.folder(), settings.grace(), limit, settings.idleLimit()));
    }

    /**
     * @param limit how long the pad may take to open in a browser
     * @return a copy with that limit
     */
    public LivePad grace(Duration limit) {
        return with(new Settings(settings.folder(), limit, settings.firstStrokeLimit(), settings.idleLimit()));
    }

    /**
     * @param notebookFolder the folder the pad saves into (the notebook's)
     * @return a copy that reads there
     */
    public LivePad folder(Path notebookFolder) {
        return with(new Settings(notebookFolder, settings.grace(), settings.firstStrokeLimit(), settings.idleLimit()));
    }

    private LivePad with(Settings changed) {
        return new LivePad(fileName, predictor, changed);
    }

    /**
     * Shows the pad and its reading under the running cell ({@link Screen#current()}), then reads until the session
     * ends.
     *
     * @return how the session went
     */
    public Outcome run() {
        return run(Screen.current());
    }

    /**
     * Shows the pad and its reading on {@code screen}, then reads until the session ends.
     *
     * @param screen where to show the pad and its reading
     * @return how the session went
     */
    public Outcome run(Screen screen) {
        return run(screen, System::nanoTime, duration -> Thread.sleep(duration.toMillis()));
    }

    /** {@link #run(Screen)} on a given clock (nanoseconds) and sleeper: tests run it in simulated time. */
    Outcome run(Screen screen, LongSupplier nanos, LiveSession.Sleeper sleeper) {
        return new LiveSession(fileName, predictor, settings, Objects.requireNonNull(screen, "screen"), nanos, sleeper)
                .run();
    }

    @Override
    public String toString() {
        return "LivePad[" + fileName + "]";
    }
}
