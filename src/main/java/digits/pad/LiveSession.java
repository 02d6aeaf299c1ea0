package digits.pad;

import digits.display.PadPicture;
import digits.display.ReadingPicture;
import digits.display.Screen;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.owndigits.OwnDigit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * One run of the live pad: shows the pad and its reading on a screen, looks at the pad's files every
 * {@link #POLL} until the session ends, and says how it ended. Its clock and its sleeper are handed in, so that
 * a test runs it in simulated time.
 */
final class LiveSession {

    /** How often the session looks at the pad's files. */
    static final Duration POLL = Duration.ofMillis(50);

    /** Waits between two looks at the files; in a notebook, {@link Thread#sleep}. */
    @FunctionalInterface
    interface Sleeper {
        /**
         * @param duration how long to wait
         * @throws InterruptedException when the cell is interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final String fileName;
    private final Predictor predictor;
    private final LivePad.Settings settings;
    private final Screen screen;
    private final LongSupplier nanos;
    private final Sleeper sleeper;
    private final DrawingPad pad;
    private final PadStatusFile status;
    private int updates;
    private boolean inside;
    private Long opened; // null until the pad opens (nanoTime may be negative: no sentinel value)
    private long lastStroke;
    private LiveReading last;

    /**
     * @param nanos   the clock, in nanoseconds from any origin ({@link System#nanoTime()})
     * @param sleeper how the session waits between two looks
     */
    LiveSession(
            String fileName,
            Predictor predictor,
            LivePad.Settings settings,
            Screen screen,
            LongSupplier nanos,
            Sleeper sleeper) {
        String session = UUID.randomUUID().toString();
        this.fileName = fileName;
        this.predictor = predictor;
        this.settings = settings;
        this.screen = screen;
        this.nanos = nanos;
        this.sleeper = sleeper;
        this.pad = DrawingPad.live(fileName, session, settings.firstStrokeLimit(), settings.idleLimit());
        this.status = new PadStatusFile(settings.folder().resolve(DrawingPad.statusName(fileName)), session);
    }

    /** Shows the pad and reads until the session ends (see {@link LivePad}). */
    LivePad.Outcome run() {
        screen.show(pad.mimeBundle(), pad.id());
        screen.show(readingBundle("waiting", PadWording.waiting()), pad.readingId());
        LiveReader reader = LiveReader.of(settings.folder(), fileName, predictor);
        long start = nanos.getAsLong();
        Optional<LivePad.Ending> ending;
        while ((ending = look(reader, start)).isEmpty()) {
            try {
                sleeper.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ending = Optional.of(LivePad.Ending.INTERRUPTED);
                break;
            }
        }
        if (ending.get() == LivePad.Ending.NO_BROWSER) {
            showSample();
        } else {
            screen.update(
                    pad.readingId(), readingBundle("ended", PadWording.ended(ending.get(), fileName, settings, last)));
        }
        return new LivePad.Outcome(ending.get(), Optional.ofNullable(last));
    }

    /** One look at the pad's files: shows what changed, and says whether the session is over. */
    private Optional<LivePad.Ending> look(LiveReader reader, long start) {
        long now = nanos.getAsLong();
        boolean changed = false;
        Optional<PadStatusFile.Status> said = status.poll();
        if (said.isPresent()) {
            boolean opening = opens(now);
            boolean switched = said.get().inside() != inside;
            inside = said.get().inside();
            changed = opening || switched;
        }
        Optional<LiveReading> reading = reader.poll();
        if (reading.isPresent()) {
            opens(now);
            last = reading.get();
            lastStroke = now;
            changed = true;
        }
        if (changed) {
            screen.update(pad.readingId(), readingBundle("live", PadWording.live(last)));
        }
        if (said.isPresent() && said.get().done()) {
            return Optional.of(LivePad.Ending.DONE);
        }
        if (opened == null) {
            return past(now, start, settings.grace()) ? Optional.of(LivePad.Ending.NO_BROWSER) : Optional.empty();
        }
        if (last == null) {
            return past(now, opened, settings.firstStrokeLimit())
                    ? Optional.of(LivePad.Ending.NO_FIRST_STROKE)
                    : Optional.empty();
        }
        return past(now, lastStroke, settings.idleLimit()) ? Optional.of(LivePad.Ending.IDLE) : Optional.empty();
    }

    /** Notes the moment the pad opened, the first time; says whether this was it. */
    private boolean opens(long now) {
        if (opened != null) {
            return false;
        }
        opened = now;
        return true;
    }

    private static boolean past(long now, long since, Duration limit) {
        return now - since > limit.toNanos();
    }

    /**
     * No browser showed the pad: the pad's output becomes a picture of the pad in use, with the project's sample
     * drawing on it and the network's reading beside it, and the reading's output says so.
     */
    private void showSample() {
        Path file = settings.folder().resolve(OwnDigit.SAMPLE_DRAWING);
        OwnDigit sample = OwnDigit.fromFile(file);
        last = LiveReading.of(1, OwnDigit.SAMPLE_DRAWING.toString(), sample, predictor.predict(sample.digit()));
        BufferedImage picture = PadPicture.inUse(DrawingPad.SIZE, sample.original(), readingPicture());
        screen.update(pad.id(), pad.pictureBundle(picture, PadWording.inUse(last)));
        screen.update(
                pad.readingId(),
                readingBundle("ended", PadWording.ended(LivePad.Ending.NO_BROWSER, fileName, settings, last), false));
    }

    private Map<String, Object> readingBundle(String state, String message) {
        return readingBundle(state, message, true);
    }

    private Map<String, Object> readingBundle(String state, String message, boolean withPicture) {
        updates++;
        Optional<OwnDigit> drawing = last == null ? Optional.empty() : last.drawing();
        BufferedImage view = inside && drawing.isPresent()
                ? predictor.insideView(drawing.get().digit()).picture()
                : null;
        return pad.readingBundle(updates, state, withPicture ? readingPicture() : null, view, message);
    }

    /** The latest reading as a picture, or its empty place. */
    private BufferedImage readingPicture() {
        if (last == null || last.prediction().isEmpty()) {
            return ReadingPicture.waiting(
                    last == null ? "nothing read yet" : last.isEmpty() ? "the pad is empty" : "more than one digit");
        }
        Prediction p = last.prediction().orElseThrow();
        return ReadingPicture.of(last.drawing().orElseThrow().digit(), p.probabilities(), p.digit());
    }
}
