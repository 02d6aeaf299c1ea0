package digits.pad;

import digits.owndigits.DrawingName;
import digits.display.ReadingPicture;
import digits.evaluation.Prediction;
import digits.owndigits.OwnDigit;
import digits.display.Screen;
import digits.evaluation.Predictor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
 * PNG next to the notebook through the Jupyter server, and it saves a small status file
 * ({@link DrawingPad#statusName}) when it opens, when the inside view is switched, and on <em>Done</em>. This
 * method keeps the cell running, looks at both files every {@value #POLL_MILLIS} ms, and updates its reading
 * output in place. (A notebook shows updates of an output only while its cell runs, so the cell must run until
 * the learner is done.)
 *
 * <h2>When it ends</h2>
 * <ul>
 *   <li><em>Done</em> on the pad;
 *   <li>{@link #IDLE_LIMIT} after the last stroke, or {@link #FIRST_STROKE_LIMIT} after the pad opened if no
 *       stroke came at all (so that <em>Run All</em> goes on soon when nobody draws);
 *   <li>at once if no browser opened the pad within {@link #GRACE}: the notebook runs without a page, as in the
 *       tests and when outputs are made with nbclient. The reading then shows the project's sample drawing
 *       ({@link OwnDigit#SAMPLE_DRAWING}) and says so;
 *   <li>when the cell is interrupted.
 * </ul>
 * A page that shows the pad notices when no reading follows a save within a few seconds (a kernel that died or
 * restarted) and says so on the pad.
 */
public final class LivePad {

    /** How long the pad may take to open in a browser before the cell ends without it. */
    public static final Duration GRACE = Duration.ofSeconds(5);
    /** How long an opened pad waits for its first stroke. */
    public static final Duration FIRST_STROKE_LIMIT = Duration.ofSeconds(30);
    /** How long the pad keeps reading after the last stroke. */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(2);
    /** How often the cell looks at the pad's files. */
    public static final long POLL_MILLIS = 50;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Supplier<Screen> defaultScreen = Screen::console;

    private final String fileName;
    private final Predictor predictor;
    private final Path folder;
    private final Duration grace;
    private final Duration firstStrokeLimit;
    private final Duration idleLimit;
    private final Screen screen;

    private LivePad(String fileName, Predictor predictor, Path folder, Duration grace, Duration firstStrokeLimit,
            Duration idleLimit, Screen screen) {
        this.fileName = fileName;
        this.predictor = predictor;
        this.folder = folder;
        this.grace = grace;
        this.firstStrokeLimit = firstStrokeLimit;
        this.idleLimit = idleLimit;
        this.screen = screen;
    }

    /**
     * Shows a live pad and reads every stroke until the learner presses <em>Done</em> or stops drawing.
     *
     * @param fileName  a plain file name ending in {@code .png}, such as {@code my-digit.png}
     * @param predictor the network that reads the drawing
     * @throws IllegalArgumentException if the name is not a safe plain {@code .png} file name (checked before
     *     anything is shown)
     */
    public static void show(String fileName, Predictor predictor) {
        of(fileName, predictor).run();   // nothing returned: a notebook would show it as the cell's result
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
        return new LivePad(DrawingName.checked(fileName), Objects.requireNonNull(predictor, "predictor"),
                Path.of(""), GRACE, FIRST_STROKE_LIMIT, IDLE_LIMIT, null);
    }

    /**
     * @param limit how long to keep reading after the last stroke
     * @return a copy with that limit
     */
    public LivePad idleLimit(Duration limit) {
        return new LivePad(fileName, predictor, folder, grace, firstStrokeLimit, positive(limit), screen);
    }

    /**
     * @param limit how long an opened pad waits for the first stroke
     * @return a copy with that limit
     */
    public LivePad firstStrokeLimit(Duration limit) {
        return new LivePad(fileName, predictor, folder, grace, positive(limit), idleLimit, screen);
    }

    /**
     * @param limit how long the pad may take to open in a browser
     * @return a copy with that limit
     */
    public LivePad grace(Duration limit) {
        return new LivePad(fileName, predictor, folder, positive(limit), firstStrokeLimit, idleLimit, screen);
    }

    /**
     * @param notebookFolder the folder the pad saves into (the notebook's)
     * @return a copy that reads there
     */
    public LivePad folder(Path notebookFolder) {
        return new LivePad(fileName, predictor, Objects.requireNonNull(notebookFolder, "notebookFolder"), grace,
                firstStrokeLimit, idleLimit, screen);
    }

    /** A copy that shows its outputs on {@code target} instead of the notebook's display (for tests). */
    LivePad screen(Screen target) {
        return new LivePad(fileName, predictor, folder, grace, firstStrokeLimit, idleLimit,
                Objects.requireNonNull(target, "target"));
    }

    /**
     * Sets where pads show their outputs; {@code digits.jupyter.DigitsExtension} points this at the kernel.
     *
     * @param factory makes the screen for each run
     */
    public static void useScreen(Supplier<Screen> factory) {
        defaultScreen = Objects.requireNonNull(factory, "factory");
    }

    private static Duration positive(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("a limit must be a positive duration, got " + d);
        }
        return d;
    }

    /**
     * Shows the pad and its reading, then reads until the session ends (see the class comment).
     *
     * @return the last reading, if there was one
     */
    public Optional<LiveReading> run() {
        return new Session(screen != null ? screen : defaultScreen.get()).run();
    }

    /** Why a session ended. */
    enum Ending {
        DONE, IDLE, NO_FIRST_STROKE, NO_BROWSER, INTERRUPTED
    }

    /** One run of the pad: its outputs, its files and its clock. */
    private final class Session {
        private final Screen out;
        private final String session = UUID.randomUUID().toString();
        private final DrawingPad pad = DrawingPad.live(fileName, session, firstStrokeLimit, idleLimit);
        private final PadStatus status = new PadStatus(folder.resolve(DrawingPad.statusName(fileName)), session);
        private int updates;
        private boolean open;
        private boolean inside;
        private LiveReading last;

        Session(Screen out) {
            this.out = out;
        }

        Optional<LiveReading> run() {
            out.show(pad.mimeBundle(), null);
            out.show(bundle("waiting", "Waiting for the pad to open in the browser…"), pad.readingId());
            LiveReader reader = LiveReader.of(folder, fileName, predictor);
            long start = System.nanoTime();
            long opened = 0;
            long lastStroke = 0;
            Ending ending;
            for (;;) {
                long now = System.nanoTime();
                boolean changed = false;
                Optional<PadStatus.Message> message = status.poll();
                if (message.isPresent()) {
                    if (!open) {
                        open = true;
                        opened = now;
                        changed = true;
                    }
                    if (message.get().inside() != inside) {
                        inside = message.get().inside();
                        changed = true;
                    }
                }
                Optional<LiveReading> reading = reader.poll();
                if (reading.isPresent()) {
                    if (!open) {
                        open = true;
                        opened = now;
                    }
                    last = reading.get();
                    lastStroke = now;
                    changed = true;
                }
                if (changed) {
                    out.update(pad.readingId(), bundle("live", liveMessage()));
                }
                if (message.isPresent() && message.get().done()) {
                    ending = Ending.DONE;
                    break;
                }
                if (!open && now - start > grace.toNanos()) {
                    ending = Ending.NO_BROWSER;
                    break;
                }
                if (open && last == null && now - opened > firstStrokeLimit.toNanos()) {
                    ending = Ending.NO_FIRST_STROKE;
                    break;
                }
                if (last != null && now - lastStroke > idleLimit.toNanos()) {
                    ending = Ending.IDLE;
                    break;
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ending = Ending.INTERRUPTED;
                    break;
                }
            }
            if (ending == Ending.NO_BROWSER) {
                OwnDigit sample = OwnDigit.fromFile(folder.resolve(OwnDigit.SAMPLE_DRAWING));
                last = LiveReading.of(1, OwnDigit.SAMPLE_DRAWING.toString(), sample, predictor.predict(sample.digit()));
            }
            out.update(pad.readingId(), bundle("ended", endMessage(ending)));
            return Optional.ofNullable(last);
        }

        private String liveMessage() {
            if (last == null) {
                return "Draw a digit on the pad: the network reads it after every stroke.";
            }
            return last.isEmpty() ? "Reading " + last.sequence() + ": the pad is empty. Draw a digit."
                    : "Reading " + last.sequence() + ": " + said(last.prediction().orElseThrow()) + ".";
        }

        private String endMessage(Ending ending) {
            String saved = "Your last drawing is saved as " + fileName + " next to this notebook; the cells below read it.";
            return switch (ending) {
                case DONE -> "Done. " + saved;
                case IDLE -> "The pad stopped reading " + words(idleLimit) + " after the last stroke. " + saved
                        + " Run this cell again to draw more.";
                case NO_FIRST_STROKE -> "The pad stopped reading: no stroke came within " + words(firstStrokeLimit)
                        + " of opening it. Run this cell again to draw.";
                case NO_BROWSER -> "No browser opened the live pad within " + words(grace) + " (the notebook ran "
                        + "without a page, as in the tests), so the cell did not wait. This is the network's reading "
                        + "of the project's sample drawing, " + OwnDigit.SAMPLE_DRAWING + ": "
                        + said(last.prediction().orElseThrow()) + ". Run this cell in JupyterLab to draw your own.";
                case INTERRUPTED -> "The pad stopped reading: the cell was interrupted. Run it again to draw.";
            };
        }

        private Map<String, Object> bundle(String state, String message) {
            updates++;
            Optional<OwnDigit> drawing = last == null ? Optional.empty() : last.drawing();
            BufferedImage picture = drawing.isPresent()
                    ? ReadingPicture.of(drawing.get().digit(), last.prediction().orElseThrow().probabilities(),
                            last.prediction().orElseThrow().digit())
                    : ReadingPicture.waiting(last == null ? "nothing read yet" : "the pad is empty");
            BufferedImage view = inside && drawing.isPresent()
                    ? predictor.insideView(drawing.get().digit()).picture() : null;
            return pad.readingBundle(updates, state, picture, view, message);
        }
    }

    private static String said(Prediction p) {
        return String.format(java.util.Locale.ROOT, "the network reads %d (%.1f %% sure)", p.digit(), 100 * p.confidence());
    }

    /** "2 min", "30 s". */
    static String words(Duration d) {
        long s = d.toSeconds();
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + " min";
        }
        return s >= 1 ? s + " s" : d.toMillis() + " ms";
    }

    /** The pad's status file: whether it has opened, whether it shows the inside view, whether it is done. */
    static final class PadStatus {
        private final Path file;
        private final String session;
        private Object seen;

        record Message(boolean done, boolean inside) {
        }

        PadStatus(Path file, String session) {
            this.file = file;
            this.session = session;
        }

        /** @return the status if it changed and belongs to this session; nothing if unchanged, missing, half-written or another session's */
        Optional<Message> poll() {
            Object now;
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                now = java.util.List.of(a.lastModifiedTime(), a.size());
            } catch (IOException e) {
                return Optional.empty();
            }
            if (now.equals(seen)) {
                return Optional.empty();
            }
            JsonNode json;
            try {
                json = JSON.readTree(Files.readAllBytes(file));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();   // half-written: read again when it changes
            }
            seen = now;
            if (json == null || !session.equals(json.path("session").asText())) {
                return Optional.empty();   // an earlier session's file
            }
            return Optional.of(new Message("done".equals(json.path("state").asText()), json.path("inside").asBoolean()));
        }
    }
}
