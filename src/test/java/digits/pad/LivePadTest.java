package digits.pad;

import digits.display.Screen;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.evaluation.TestModel;
import digits.owndigits.OwnDigit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live pad's session with real files, as the page writes them; only the notebook's display is recorded. */
class LivePadTest {

    @TempDir
    Path folder;

    /** What the session would show in the notebook. */
    static final class RecordingScreen implements Screen {
        final List<Map<String, Object>> shown = new ArrayList<>();
        final List<Map<String, Object>> updates = new ArrayList<>();

        @Override
        public synchronized void show(Map<String, Object> bundle, String displayId) {
            shown.add(bundle);
        }

        @Override
        public synchronized void update(String displayId, Map<String, Object> bundle) {
            updates.add(bundle);
        }

        synchronized String lastText() {
            return updates.isEmpty() ? (String) shown.get(shown.size() - 1).get("text/plain")
                    : (String) updates.get(updates.size() - 1).get("text/plain");
        }

        synchronized int updateCount() {
            return updates.size();
        }

        synchronized String session() {
            if (shown.isEmpty()) {
                return null;
            }
            Matcher m = Pattern.compile("session: '([^']+)'").matcher((String) shown.get(0).get("text/html"));
            return m.find() ? m.group(1) : null;
        }
    }

    private void status(String session, String state) throws Exception {
        LiveReaderTest.save(folder.resolve(DrawingPad.statusName("my-digit.png")),
                ("{\"session\":\"" + session + "\",\"state\":\"" + state + "\",\"inside\":false}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void withoutABrowserItEndsAfterTheGraceAndReadsTheSample() throws Exception {
        Files.createDirectories(folder.resolve("my-digits"));
        Files.copy(LiveReaderTest.SAMPLES.resolve("7-drawn-on-the-pad.png"), folder.resolve(OwnDigit.SAMPLE_DRAWING));
        Predictor predictor = TestModel.predictor();
        RecordingScreen screen = new RecordingScreen();
        long start = System.nanoTime();
        Optional<LiveReading> reading = LivePad.of("my-digit.png", predictor).folder(folder)
                .grace(Duration.ofMillis(300)).screen(screen).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 3, "ended after the grace, not the idle limit: " + seconds + " s");
        assertEquals(predictor.predict(OwnDigit.fromFile(folder.resolve(OwnDigit.SAMPLE_DRAWING)).digit()),
                reading.orElseThrow().prediction().orElseThrow());
        assertEquals(2, screen.shown.size(), "the pad and its reading");
        assertTrue(screen.lastText().startsWith("No browser opened the live pad"), screen.lastText());
        assertTrue(screen.lastText().contains(OwnDigit.SAMPLE_DRAWING.toString()), screen.lastText());
        assertTrue(((String) screen.updates.get(screen.updates.size() - 1).get("text/html"))
                .contains("data-state=\"ended\""));
    }

    @Test
    void readsEveryStrokeWhileTheCellRunsAndEndsOnDone() throws Exception {
        Predictor predictor = TestModel.predictor();
        RecordingScreen screen = new RecordingScreen();
        CompletableFuture<Optional<LiveReading>> run = CompletableFuture.supplyAsync(() -> LivePad.of("my-digit.png",
                predictor).folder(folder).grace(Duration.ofSeconds(5)).screen(screen).run());
        waitFor(() -> screen.session() != null, "the pad");
        String session = screen.session();
        status(session, "open");
        waitFor(() -> screen.lastText().startsWith("Draw a digit"), "the pad to open");

        Path drawing = folder.resolve("my-digit.png");
        for (String sample : List.of("7-drawn-on-the-pad.png", "3-pencil.png")) {
            int before = screen.updateCount();
            LiveReaderTest.save(drawing, Files.readAllBytes(LiveReaderTest.SAMPLES.resolve(sample)));
            waitFor(() -> screen.updateCount() > before, "a reading of " + sample);
            Prediction expected = predictor.predict(OwnDigit.fromDrawing(folder, "my-digit.png").digit());
            assertTrue(screen.lastText().contains(String.format(java.util.Locale.ROOT, "reads %d (%.1f %% sure)",
                    expected.digit(), 100 * expected.confidence())), screen.lastText());
        }
        status(session, "done");
        Optional<LiveReading> last = run.get(10, TimeUnit.SECONDS);
        assertEquals(predictor.predict(OwnDigit.fromDrawing(folder, "my-digit.png").digit()),
                last.orElseThrow().prediction().orElseThrow());
        assertTrue(screen.lastText().startsWith("Done."), screen.lastText());
    }

    @Test
    void anEarlierSessionsDoneIsNotThisSessionsAndTheIdleLimitEndsIt() throws Exception {
        status("an-earlier-session", "done");
        RecordingScreen screen = new RecordingScreen();
        CompletableFuture<Optional<LiveReading>> run = CompletableFuture.supplyAsync(() -> LivePad.of("my-digit.png",
                TestModel.predictor()).folder(folder).grace(Duration.ofSeconds(5))
                .firstStrokeLimit(Duration.ofMillis(400)).screen(screen).run());
        waitFor(() -> screen.session() != null, "the pad");
        Thread.sleep(300);
        assertTrue(!run.isDone(), "the earlier session's Done did not end this one");
        status(screen.session(), "open");
        assertTrue(run.get(10, TimeUnit.SECONDS).isEmpty());
        assertTrue(screen.lastText().contains("no stroke came within"), screen.lastText());
    }

    @Test
    void unsafeNamesAreRefusedBeforeAnythingIsShown() {
        assertThrows(IllegalArgumentException.class, () -> LivePad.of("../x.png", TestModel.predictor()));
        assertThrows(IllegalArgumentException.class, () -> LivePad.of("notes.txt", TestModel.predictor()));
    }
}
