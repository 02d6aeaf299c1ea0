package digits.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.display.Durations;
import digits.display.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drives the live display on a recording screen, with a clock the test moves. */
class LiveProgressTest {

    /** Records what would be shown in the notebook. */
    static final class RecordingScreen implements Screen {
        final List<String> shownIds = new ArrayList<>();
        final List<String> updatedIds = new ArrayList<>();
        final List<Map<String, Object>> updates = new ArrayList<>();

        @Override
        public void show(Map<String, Object> bundle, String displayId) {
            shownIds.add(displayId);
        }

        @Override
        public void update(String displayId, Map<String, Object> bundle) {
            updatedIds.add(displayId);
            updates.add(bundle);
        }
    }

    private static String text(Map<String, Object> bundle) {
        return (String) bundle.get("text/plain");
    }

    @Test
    void oneOutputUpdatedInPlaceWithALinePerFinishedEpoch() {
        RecordingScreen screen = new RecordingScreen();
        LiveProgress progress = new LiveProgress(screen, () -> 0L);
        progress.trainingStarted(2, 10, 640);
        progress.batchFinished(new BatchProgress(1, 2, 10, 10, 0.25, 0.9, 3000, 0));
        EpochResult first = new EpochResult(1, 0.25, 0.9, 0.2, 0.93, 1.5);
        progress.epochFinished(first);
        progress.batchFinished(new BatchProgress(2, 2, 10, 10, 0.12, 0.96, 3100, 0));
        EpochResult second = new EpochResult(2, 0.12, 0.96, 0.1, 0.97, 1.4);
        progress.epochFinished(second);
        progress.trainingFinished(TrainingHistory.of(List.of(first, second)));

        assertEquals(1, screen.shownIds.size(), "a single display");
        String id = screen.shownIds.get(0);
        assertTrue(id.startsWith("digits-training-"), id);
        assertTrue(screen.updatedIds.stream().allMatch(id::equals), "every update goes to that display");

        String batchLine = text(screen.updates.get(0));
        assertTrue(
                batchLine.contains("epoch 1/2")
                        && batchLine.contains("batch 10/10")
                        && batchLine.contains("loss 0.2500")
                        && batchLine.contains("accuracy 90.00%")
                        && batchLine.contains("3,000 images/s"),
                batchLine);
        String last = text(screen.updates.get(screen.updates.size() - 1));
        assertEquals(2, last.lines().count(), last);
        assertTrue(last.contains("val accuracy 97.00%"), last);
        assertTrue(((String) screen.updates.get(0).get("text/html")).contains("<progress"));
    }

    @Test
    void updatesWithinHalfASecondAreSkippedButTheLastBatchAlwaysShows() {
        RecordingScreen screen = new RecordingScreen();
        long[] now = {0};
        LiveProgress progress = new LiveProgress(screen, () -> now[0]);
        progress.trainingStarted(1, 1002, 64_128);
        for (int batch = 1; batch <= 1002; batch++) {
            now[0] += 100_000_000L; // each batch takes 0.1 s: every fifth one is half a second after the last update
            progress.batchFinished(new BatchProgress(1, 1, batch, 1002, 0.1, 0.9, 640, 0));
        }
        assertEquals(201, screen.updates.size(), "batches 5, 10, .., 1000 and the last one");
        assertTrue(text(screen.updates.get(0)).contains("batch 5/1,002"), text(screen.updates.get(0)));
        assertTrue(text(screen.updates.get(199)).contains("batch 1,000/1,002"));
        assertTrue(text(screen.updates.get(200)).contains("batch 1,002/1,002"));
    }

    @Test
    void anEpochFasterThanHalfASecondShowsOnlyItsLastBatch() {
        RecordingScreen screen = new RecordingScreen();
        LiveProgress progress = new LiveProgress(screen, () -> 42L); // the clock stands still
        progress.trainingStarted(1, 1000, 64_000);
        for (int batch = 1; batch <= 1000; batch++) {
            progress.batchFinished(new BatchProgress(1, 1, batch, 1000, 0.1, 0.9, 1e6, 0));
        }
        assertEquals(1, screen.updates.size());
        assertTrue(text(screen.updates.get(0)).contains("batch 1,000/1,000"));
    }

    @Test
    void theTimeLeftIsSaidAsTheLivePadSaysDurations() {
        RecordingScreen screen = new RecordingScreen();
        LiveProgress progress = new LiveProgress(screen, () -> 0L);
        progress.trainingStarted(1, 10, 640);
        progress.batchFinished(new BatchProgress(1, 1, 10, 10, 0.1, 0.9, 640, 125));
        assertTrue(
                text(screen.updates.get(0)).endsWith(" · " + Durations.seconds(125) + " left"),
                text(screen.updates.get(0)));
    }
}
