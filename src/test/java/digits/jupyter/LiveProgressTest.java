package digits.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.training.BatchProgress;
import digits.training.EpochResult;
import digits.training.TrainingHistory;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.DisplayStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** Drives the live display with a recording stream in place of the kernel's. */
class LiveProgressTest {

    /** Records what would be sent to the notebook. */
    static final class RecordingStream extends DisplayStream {
        final List<DisplayData> shown = new ArrayList<>();
        final List<String> updatedIds = new ArrayList<>();
        final List<DisplayData> updates = new ArrayList<>();

        @Override
        public void display(DisplayData data) {
            shown.add(data);
        }

        @Override
        public void updateDisplay(String id, DisplayData data) {
            updatedIds.add(id);
            updates.add(data);
        }
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void oneOutputUpdatedInPlaceWithALinePerFinishedEpoch() {
        RecordingStream stream = new RecordingStream();
        LiveProgress progress = new LiveProgress(stream);
        progress.trainingStarted(2, 10, 640);
        progress.batchFinished(new BatchProgress(1, 2, 10, 10, 0.25, 0.9, 3000, 0));
        EpochResult first = new EpochResult(1, 0.25, 0.9, 0.2, 0.93, 1.5);
        progress.epochFinished(first);
        progress.batchFinished(new BatchProgress(2, 2, 10, 10, 0.12, 0.96, 3100, 0));
        EpochResult second = new EpochResult(2, 0.12, 0.96, 0.1, 0.97, 1.4);
        progress.epochFinished(second);
        progress.trainingFinished(TrainingHistory.of(List.of(first, second)));

        assertEquals(1, stream.shown.size(), "a single display");
        String id = stream.shown.get(0).getDisplayId();
        assertTrue(id.startsWith("digits-training-"));
        assertTrue(stream.updatedIds.stream().allMatch(id::equals), "every update goes to that display");

        String batchLine = text(stream.updates.get(0));
        assertTrue(batchLine.contains("epoch 1/2") && batchLine.contains("batch 10/10")
                && batchLine.contains("loss 0.2500") && batchLine.contains("accuracy 90.00%")
                && batchLine.contains("3,000 images/s"), batchLine);
        String last = text(stream.updates.get(stream.updates.size() - 1));
        assertEquals(2, last.lines().count(), last);
        assertTrue(last.contains("val accuracy 97.00%"), last);
        assertTrue(((String) stream.updates.get(0).getData(MIMEType.TEXT_HTML)).contains("<progress"));
    }

    @Test
    void updatesWithinHalfASecondAreSkippedButTheLastBatchAlwaysShows() {
        RecordingStream stream = new RecordingStream();
        long[] now = {0};
        LiveProgress progress = new LiveProgress(stream, () -> now[0]);
        progress.trainingStarted(1, 1002, 64_128);
        for (int batch = 1; batch <= 1002; batch++) {
            now[0] += 100_000_000L; // each batch takes 0.1 s: every fifth one is half a second after the last update
            progress.batchFinished(new BatchProgress(1, 1, batch, 1002, 0.1, 0.9, 640, 0));
        }
        assertEquals(201, stream.updates.size(), "batches 5, 10, .., 1000 and the last one");
        assertTrue(text(stream.updates.get(0)).contains("batch 5/1,002"), text(stream.updates.get(0)));
        assertTrue(text(stream.updates.get(199)).contains("batch 1,000/1,002"));
        assertTrue(text(stream.updates.get(200)).contains("batch 1,002/1,002"));
    }

    @Test
    void anEpochFasterThanHalfASecondShowsOnlyItsLastBatch() {
        RecordingStream stream = new RecordingStream();
        LiveProgress progress = new LiveProgress(stream, () -> 42L); // the clock stands still
        progress.trainingStarted(1, 1000, 64_000);
        for (int batch = 1; batch <= 1000; batch++) {
            progress.batchFinished(new BatchProgress(1, 1, batch, 1000, 0.1, 0.9, 1e6, 0));
        }
        assertEquals(1, stream.updates.size());
        assertTrue(text(stream.updates.get(0)).contains("batch 1,000/1,000"));
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("42 s", LiveProgress.duration(41.6));
        assertEquals("2 min 05 s", LiveProgress.duration(125));
    }
}
