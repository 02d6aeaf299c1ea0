package digits.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.display.Chart;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class TrainingHistoryTest {

    private static final EpochResult FIRST = new EpochResult(1, 0.5, 0.85, 0.3, 0.91, 12.5);
    private static final EpochResult SECOND = new EpochResult(2, 0.2, 0.94, 0.15, 0.96, 11.0);
    private static final EpochResult THIRD = new EpochResult(3, 0.1, 0.97, 0.16, 0.95, 11.5);

    private static final TrainingHistory HISTORY = TrainingHistory.of(List.of(FIRST, SECOND, THIRD));

    @Test
    void tableHasOneRowPerEpoch() {
        Table table = HISTORY.table();
        assertEquals("training history", table.name());
        assertEquals(
                List.of("epoch", "loss", "accuracy %", "val loss", "val accuracy %", "seconds"), table.columnNames());
        assertEquals(ColumnType.INTEGER, table.column("epoch").type());
        assertEquals(ColumnType.DOUBLE, table.column("val accuracy %").type());
        assertEquals(3, table.rowCount());
        assertArrayEquals(new int[] {1, 2, 3}, table.intColumn("epoch").asIntArray());
        assertArrayEquals(
                new double[] {0.5, 0.2, 0.1}, table.doubleColumn("loss").asDoubleArray());
        assertArrayEquals(
                new double[] {85, 94, 97}, table.doubleColumn("accuracy %").asDoubleArray());
        assertArrayEquals(
                new double[] {0.3, 0.15, 0.16}, table.doubleColumn("val loss").asDoubleArray());
        assertArrayEquals(
                new double[] {91, 96, 95}, table.doubleColumn("val accuracy %").asDoubleArray());
        assertArrayEquals(
                new double[] {12.5, 11.0, 11.5}, table.doubleColumn("seconds").asDoubleArray());
        assertTrue(HISTORY.toString().contains("training history"), HISTORY.toString());
        assertTrue(HISTORY.toString().contains("val accuracy"), HISTORY.toString());
    }

    @Test
    void answersQuestionsAboutEpochs() {
        assertEquals(3, HISTORY.epochs());
        assertEquals(SECOND, HISTORY.epoch(2));
        assertEquals(THIRD, HISTORY.last());
        assertEquals(0.96, HISTORY.bestValidationAccuracy());
        assertEquals(List.of(FIRST, SECOND, THIRD), HISTORY.all());
    }

    @Test
    void epochsAreCountedFromOne() {
        var e = assertThrows(IndexOutOfBoundsException.class, () -> HISTORY.epoch(0));
        assertEquals("epoch 0 is out of range: epochs are counted from 1 to 3", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> HISTORY.epoch(4));
        var empty = assertThrows(
                IllegalStateException.class, () -> TrainingHistory.empty().last());
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EpochResult(0, 0, 0, 0, 0, 0));
    }

    @Test
    void plusAddsTheNextEpochWithoutChangingTheOriginal() {
        TrainingHistory two = TrainingHistory.empty().plus(FIRST).plus(SECOND);
        TrainingHistory three = two.plus(THIRD);
        assertEquals(2, two.epochs());
        assertEquals(HISTORY, three);
        var e = assertThrows(IllegalArgumentException.class, () -> two.plus(FIRST));
        assertTrue(
                e.getMessage().startsWith("epoch 1 does not follow on a history of 2 epochs: expected epoch 3"),
                e.getMessage());
    }

    @Test
    void plusAHistoryRenumbersTheLaterRun() {
        TrainingHistory resumed = TrainingHistory.of(List.of(FIRST)).plus(TrainingHistory.of(List.of(FIRST, SECOND)));
        assertEquals(3, resumed.epochs());
        assertEquals(new EpochResult(3, 0.2, 0.94, 0.15, 0.96, 11.0), resumed.epoch(3));
    }

    @Test
    void chartsShowTrainingAndValidation() {
        Chart loss = HISTORY.lossChart();
        Chart accuracy = HISTORY.accuracyChart();
        assertEquals("Loss during training", loss.title());
        assertEquals("Accuracy during training (%)", accuracy.title());
        assertEquals(2, loss.figure().getTraces().length);
        assertEquals(2, accuracy.figure().getTraces().length);
        assertEquals(Chart.WIDTH, accuracy.picture().getWidth());
    }

    @Test
    void stepsDrawTheTrainingLineAndEpochEndsTheValidationPoints() {
        TrainingHistory history = TrainingHistory.empty()
                .plus(FIRST, List.of(new TrainingStep(1, 0.5, 0.9, 0.7), new TrainingStep(1, 1.0, 0.4, 0.88)))
                .plus(SECOND, List.of(new TrainingStep(2, 1.5, 0.3, 0.9), new TrainingStep(2, 2.0, 0.25, 0.92)));
        Chart loss = history.lossChart();
        String json = loss.plotlyJson().toString();
        assertTrue(json.contains("training loss") && json.contains("validation loss"), json);
        // the training line has the 4 steps, the validation line the 2 epoch ends
        List<?> traces = (List<?>) loss.plotlyJson().get("data");
        assertEquals(4, ((List<?>) ((java.util.Map<?, ?>) traces.get(0)).get("x")).size());
        assertEquals(2, ((List<?>) ((java.util.Map<?, ?>) traces.get(1)).get("x")).size());
        assertEquals(
                List.of(1.5, 2.0),
                history.steps().stream()
                        .filter(s -> s.epoch() == 2)
                        .map(TrainingStep::position)
                        .toList());
        TrainingHistory twice = history.plus(history);
        assertEquals(8, twice.steps().size());
        assertEquals(new TrainingStep(4, 3.5, 0.3, 0.9), twice.steps().get(6));
        assertThrows(IllegalArgumentException.class, () -> new TrainingStep(2, 0.5, 0.1, 0.9));
    }

    @Test
    void timeToAccuracyIsTheTrainingUpToTheFirstEpochThatReachedIt() {
        assertEquals(
                12.5,
                HISTORY.secondsToReach(HISTORY.epoch(1).validationAccuracy()).orElseThrow(),
                1e-9);
        // the best validation accuracy came in epoch 2 (after 12.5 + 11 s), and epoch 3 fell below it
        assertEquals(
                23.5, HISTORY.secondsToReach(HISTORY.bestValidationAccuracy()).orElseThrow(), 1e-9);
        assertTrue(HISTORY.secondsToReach(1.01).isEmpty());
    }

    @Test
    void secondsAddUpTheEpochs() {
        assertEquals(35.0, HISTORY.seconds(), 1e-9);
    }

    @Test
    void accuracyOverTimePutsEachRunsEpochEndsAtItsSeconds() {
        TrainingHistory slower = TrainingHistory.of(List.of(new EpochResult(1, 0.4, 0.9, 0.2, 0.93, 20.0)));
        Chart chart = TrainingHistory.accuracyOverTime(HISTORY.withLabel("fast"), slower.withLabel("slow"));
        assertEquals("Validation accuracy after each epoch, against training time (%)", chart.title());
        String json = chart.plotlyJson().toString();
        // The fast run's points at 12.5, 23.5 and 35 s; the slow one's at 20 s; each line its own points only.
        assertTrue(
                json.contains("12.5") && json.contains("23.5") && json.contains("35.0") && json.contains("20.0"), json);
        assertTrue(json.contains("fast") && json.contains("slow"), json);
        assertEquals(Chart.WIDTH, chart.picture().getWidth());
        assertTrue(json.contains("markers") && !json.contains("lines"), "points, not lines: " + json);
        assertTrue(json.contains("range=[0.0, 100.0]") || json.contains("range=[0, 100]"), "an axis from 0: " + json);
        var unnamed = assertThrows(
                IllegalArgumentException.class,
                () -> TrainingHistory.accuracyOverTime(HISTORY.withLabel("one"), slower));
        assertTrue(unnamed.getMessage().contains("[one, ]"), unnamed.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> TrainingHistory.accuracyOverTime(HISTORY.withLabel("same"), slower.withLabel("same")));
        assertThrows(IllegalArgumentException.class, () -> HISTORY.withLabel(" "));
        assertEquals("fast", HISTORY.withLabel("fast").plus(slower).label(), "the label stays with the run");
    }

    @Test
    void theBestEpochHasTheLowestValidationLossAndTheLastIsKeptUnlessSaidOtherwise() {
        assertEquals(SECOND, HISTORY.best());
        assertEquals(THIRD, HISTORY.kept());
        assertEquals(
                "epoch 2 had the lowest validation loss (0.1500); the network holds the weights of epoch 3 (0.1600)",
                HISTORY.whichEpochIsKept());
        TrainingHistory keeping = HISTORY.keeping(2);
        assertEquals(SECOND, keeping.kept());
        assertEquals(
                "epoch 2 had the lowest validation loss (0.1500); its weights are kept, not those of epoch 3 (0.1600)",
                keeping.whichEpochIsKept());
        assertEquals(HISTORY, HISTORY.keeping(3), "keeping the last is what a history does anyway");
        assertNotEquals(HISTORY, keeping, "which epoch is kept is part of the history");
        assertThrows(IndexOutOfBoundsException.class, () -> HISTORY.keeping(4));
        TrainingHistory twoEpochs = TrainingHistory.of(List.of(FIRST, SECOND));
        assertEquals(
                "epoch 2, the last, had the lowest validation loss (0.1500); its weights are kept",
                twoEpochs.whichEpochIsKept());
        assertEquals(
                "epoch 1 had the lowest validation loss (0.3000); its weights are kept",
                TrainingHistory.of(List.of(FIRST)).whichEpochIsKept());
        TrainingHistory longer = keeping.plus(new EpochResult(4, 0.1, 0.97, 0.2, 0.95, 1));
        assertEquals(longer.last(), longer.kept(), "a new epoch is kept until the trainer says otherwise");
        assertThrows(IllegalStateException.class, () -> TrainingHistory.empty().best());
    }

    @Test
    void theValidationChartShowsTheRiseOnItsOwnScaleAndMarksTheKeptEpoch() {
        Chart chart = HISTORY.keeping(2).validationChart();
        assertEquals("Validation loss after each epoch", chart.title());
        List<?> traces = (List<?>) chart.plotlyJson().get("data");
        assertEquals(List.of(1.0, 2.0, 3.0), ((java.util.Map<?, ?>) traces.get(0)).get("x"));
        assertEquals(List.of(2.0), ((java.util.Map<?, ?>) traces.get(1)).get("x"), "one point: the kept epoch");
        assertEquals(
                "14.0",
                String.valueOf(((java.util.Map<?, ?>) ((java.util.Map<?, ?>) traces.get(1)).get("marker")).get("size")),
                "the kept epoch's point is drawn larger than the line's");
        assertEquals(Chart.WIDTH, chart.picture().getWidth());
    }
}
