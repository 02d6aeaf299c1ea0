package digits.pad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.display.Screen;
import digits.evaluation.Predictor;
import digits.evaluation.TestModel;
import digits.owndigits.OwnDigit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live pad's session with real files, written as the page writes them, in simulated time: the session's clock
 * moves only when it sleeps, and what the page does happens at the simulated moment it is scripted for. No test
 * reads the wall clock or waits for a thread.
 */
class LivePadTest {

    private static final String DRAWING = "my-digit.png";

    @TempDir
    Path folder;

    private final RecordingScreen screen = new RecordingScreen();
    private final SimulatedTime time = new SimulatedTime();
    private Predictor predictor;

    /** What the session would show in the notebook, in order. */
    static final class RecordingScreen implements Screen {
        record Output(String displayId, Map<String, Object> bundle, boolean update) {
            String text() {
                return (String) bundle.get("text/plain");
            }

            String html() {
                return (String) bundle.get("text/html");
            }
        }

        final List<Output> outputs = new ArrayList<>();

        @Override
        public void show(Map<String, Object> bundle, String displayId) {
            outputs.add(new Output(displayId, bundle, false));
        }

        @Override
        public void update(String displayId, Map<String, Object> bundle) {
            outputs.add(new Output(displayId, bundle, true));
        }

        /** The session's name, as the page reads it from the pad's script. */
        String session() {
            Matcher m =
                    Pattern.compile("session: '([^']+)'").matcher(outputs.get(0).html());
            assertTrue(m.find(), "the pad's script names its session");
            return m.group(1);
        }

        List<Output> updatesOf(String displayId) {
            return outputs.stream()
                    .filter(o -> o.update() && o.displayId().equals(displayId))
                    .toList();
        }

        Output last(String displayId) {
            List<Output> updates = updatesOf(displayId);
            return updates.get(updates.size() - 1);
        }
    }

    /** Simulated time: sleeping moves the clock on and runs what is scripted up to the new moment. */
    static final class SimulatedTime implements LiveSession.Sleeper {
        /** Something the page (or the learner) does; may throw {@link InterruptedException} to interrupt the cell. */
        interface Action {
            void run() throws Exception;
        }

        private record Step(long at, Action action) {}

        /** An origin below zero, as {@link System#nanoTime()} may have. */
        static final long ORIGIN = -7_000_000_000L;

        private long now = ORIGIN;
        private final List<Step> steps = new ArrayList<>();

        SimulatedTime at(Duration sinceStart, Action action) {
            steps.add(new Step(ORIGIN + sinceStart.toNanos(), action));
            return this;
        }

        long nanos() {
            return now;
        }

        Duration elapsed() {
            return Duration.ofNanos(now - ORIGIN);
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            now += duration.toNanos();
            while (!steps.isEmpty() && steps.get(0).at() <= now) {
                try {
                    steps.remove(0).action().run();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    throw new AssertionError("a scripted step failed", e);
                }
            }
        }
    }

    @BeforeEach
    void sampleBesideTheNotebook() throws Exception {
        Files.createDirectories(folder.resolve("my-digits"));
        Files.copy(LiveReaderTest.SAMPLES.resolve("7-drawn-on-the-pad.png"), folder.resolve(OwnDigit.SAMPLE_DRAWING));
        predictor = TestModel.predictor();
    }

    private LivePad.Outcome run(LivePad pad) {
        return pad.run(screen, time::nanos, time);
    }

    private LivePad pad() {
        return LivePad.of(DRAWING, predictor).folder(folder);
    }

    /** Saves the pad's status file as its script does. */
    private void status(String session, String state, boolean inside) throws Exception {
        LiveReaderTest.save(
                folder.resolve(DrawingPad.statusName(DRAWING)),
                ("{\"session\":\"" + session + "\",\"state\":\"" + state + "\",\"inside\":" + inside + "}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void open() throws Exception {
        status(screen.session(), "open", false);
    }

    private void draw(String sample) throws Exception {
        LiveReaderTest.save(folder.resolve(DRAWING), Files.readAllBytes(LiveReaderTest.SAMPLES.resolve(sample)));
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    /** The session ended at the first look after {@code moment}: within one poll of it. */
    private void endedJustAfter(Duration moment) {
        Duration elapsed = time.elapsed();
        assertTrue(
                elapsed.compareTo(moment) > 0 && elapsed.compareTo(moment.plus(LiveSession.POLL)) <= 0,
                "ended " + elapsed + " after the start, expected within one poll after " + moment);
    }

    /** The display id of the pad's output. */
    private String padOutput() {
        return screen.outputs.get(0).displayId();
    }

    /** The display id of the reading's output. */
    private String readingOutput() {
        return screen.outputs.get(1).displayId();
    }

    @Test
    void readsEveryStrokeAndEndsOnDone() {
        time.at(seconds(0.1), this::open)
                .at(seconds(0.3), () -> draw("7-drawn-on-the-pad.png"))
                .at(seconds(0.6), () -> draw("3-pencil.png"))
                .at(seconds(0.9), () -> status(screen.session(), "done", false));

        LivePad.Outcome outcome = run(pad());

        assertEquals(LivePad.Ending.DONE, outcome.ending());
        assertEquals(seconds(0.9), time.elapsed(), "ended at the first look after Done");
        LiveReading last = outcome.lastReading().orElseThrow();
        assertEquals(2, last.sequence(), "two strokes, two readings");
        assertEquals(
                predictor.predict(OwnDigit.fromDrawing(folder, DRAWING).digit()),
                last.prediction().orElseThrow());
        List<RecordingScreen.Output> readings = screen.updatesOf(readingOutput());
        assertEquals(4, readings.size(), "the pad opened, two strokes, the end");
        assertTrue(
                readings.get(2).html().contains("data-seq=\"4\" data-state=\"live\""),
                readings.get(2).html());
        assertTrue(
                readings.get(3).html().contains("data-state=\"ended\""),
                readings.get(3).html());
        assertTrue(screen.updatesOf(padOutput()).isEmpty(), "a pad that a browser showed stays live");
    }

    @Test
    void endsAtTheIdleLimitAfterTheLastStroke() {
        time.at(seconds(0.1), this::open).at(seconds(1), () -> draw("7-drawn-on-the-pad.png"));

        LivePad.Outcome outcome = run(pad());

        assertEquals(LivePad.Ending.IDLE, outcome.ending());
        endedJustAfter(seconds(1).plus(LivePad.IDLE_LIMIT));
        assertEquals(1, outcome.lastReading().orElseThrow().sequence());
    }

    @Test
    void endsAtTheFirstStrokeLimitWhenAnOpenedPadGetsNoStroke() {
        time.at(seconds(0.1), this::open);

        LivePad.Outcome outcome = run(pad());

        assertEquals(LivePad.Ending.NO_FIRST_STROKE, outcome.ending());
        endedJustAfter(seconds(0.1).plus(LivePad.FIRST_STROKE_LIMIT));
        assertTrue(outcome.lastReading().isEmpty());
    }

    @Test
    void anInterruptedCellEndsAtOnceAndKeepsTheInterrupt() {
        time.at(seconds(0.1), this::open)
                .at(seconds(0.3), () -> draw("7-drawn-on-the-pad.png"))
                .at(seconds(0.5), () -> {
                    throw new InterruptedException("Kernel → Interrupt");
                });

        LivePad.Outcome outcome;
        try {
            outcome = run(pad());
        } finally {
            assertTrue(Thread.interrupted(), "the thread is still marked interrupted (and the mark is cleared here)");
        }

        assertEquals(LivePad.Ending.INTERRUPTED, outcome.ending());
        assertEquals(seconds(0.5), time.elapsed());
        assertEquals(1, outcome.lastReading().orElseThrow().sequence());
        assertTrue(screen.last(readingOutput()).html().contains("data-state=\"ended\""));
    }

    @Test
    void withoutABrowserItEndsAfterTheGraceAndShowsThePadInUseWithTheSample() throws Exception {
        LivePad.Outcome outcome = run(pad());

        assertEquals(LivePad.Ending.NO_BROWSER, outcome.ending());
        endedJustAfter(LivePad.GRACE);
        OwnDigit sample = OwnDigit.fromFile(folder.resolve(OwnDigit.SAMPLE_DRAWING));
        LiveReading read = outcome.lastReading().orElseThrow();
        assertEquals(OwnDigit.SAMPLE_DRAWING.toString(), read.source());
        assertEquals(predictor.predict(sample.digit()), read.prediction().orElseThrow());

        RecordingScreen.Output padNow = screen.last(padOutput());
        assertFalse(padNow.html().contains("<script"), "the pad's output is a still picture now");
        var picture = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode((String) padNow.bundle().get("image/png"))));
        assertTrue(
                picture.getWidth() > 2 * DrawingPad.SIZE,
                "the pad with its reading beside it: " + picture.getWidth() + " pixels wide");
        RecordingScreen.Output readingNow = screen.last(readingOutput());
        assertTrue(readingNow.html().contains("data-state=\"ended\""));
        assertNull(readingNow.bundle().get("image/png"), "the reading is in the pad's picture, not twice");
    }

    @Test
    void anEarlierSessionsFilesDoNotOpenOrEndThisOne() throws Exception {
        status("an-earlier-session", "done", false);
        draw("3-pencil.png");
        time.at(seconds(0.2), () -> status("an-earlier-session", "done", true))
                .at(seconds(1), this::open)
                .at(seconds(1.5), () -> status(screen.session(), "done", false));

        LivePad.Outcome outcome = run(pad());

        assertEquals(LivePad.Ending.DONE, outcome.ending());
        assertEquals(seconds(1.5), time.elapsed(), "ended on this session's Done, not the earlier one's");
        assertTrue(outcome.lastReading().isEmpty(), "the drawing saved before the session is not read");
    }

    @Test
    void theInsideViewShowsWhenThePadAsksForIt() {
        time.at(seconds(0.1), () -> status(screen.session(), "open", true))
                .at(seconds(0.3), () -> draw("7-drawn-on-the-pad.png"))
                .at(seconds(0.5), () -> status(screen.session(), "open", false))
                .at(seconds(0.7), () -> status(screen.session(), "done", false));

        run(pad());

        List<RecordingScreen.Output> readings = screen.updatesOf(readingOutput());
        assertEquals(2, images(readings.get(1).html()), "the reading and the inside view after the stroke");
        assertEquals(1, images(readings.get(2).html()), "the reading alone once the switch is off");
    }

    private static int images(String html) {
        return html.split("<img ", -1).length - 1;
    }

    @Test
    void unsafeNamesAndLimitsAreRefusedBeforeAnythingIsShown() {
        assertThrows(IllegalArgumentException.class, () -> LivePad.of("../x.png", predictor));
        assertThrows(IllegalArgumentException.class, () -> LivePad.of("notes.txt", predictor));
        var e = assertThrows(IllegalArgumentException.class, () -> pad().idleLimit(Duration.ZERO));
        assertEquals("idle limit must be above 0, not PT0S", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pad().grace(Duration.ofSeconds(-1)));
        assertTrue(screen.outputs.isEmpty());
    }
}
