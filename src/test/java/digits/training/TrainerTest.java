package digits.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.model.Cnn;
import digits.model.CnnSpec;
import digits.model.Inference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;

@Tag("slow") // trains networks: seconds, not milliseconds
class TrainerTest {

    /** A small LeNet that trains several times faster than the classic one, for the tests that only need some network. */
    private static final CnnSpec SMALL =
            CnnSpec.lenet().toBuilder().convFilters(8, 16).dense(64).build();

    private static final ProgressListener QUIET = new ProgressListener() {};

    private static DigitSet training;
    private static DigitSet validation;

    @BeforeAll
    static void load() {
        Mnist mnist = Mnist.load();
        training = mnist.train().first(1000);
        validation = mnist.test().first(500);
    }

    /** Writes down every call, in order. */
    private static final class Recorder implements ProgressListener {
        final List<String> calls = new ArrayList<>();
        final List<BatchProgress> batches = new ArrayList<>();
        TrainingHistory finished;

        @Override
        public void trainingStarted(int epochs, int batchesPerEpoch, int imagesPerEpoch) {
            calls.add("started " + epochs + " " + batchesPerEpoch + " " + imagesPerEpoch);
        }

        @Override
        public void epochStarted(int epoch) {
            calls.add("epoch " + epoch);
        }

        @Override
        public void batchFinished(BatchProgress progress) {
            calls.add("batch " + progress.epoch() + "." + progress.batch());
            batches.add(progress);
        }

        @Override
        public void epochFinished(EpochResult result) {
            calls.add("finished epoch " + result.epoch());
        }

        @Override
        public void trainingFinished(TrainingHistory history) {
            calls.add("finished");
            finished = history;
        }
    }

    @Test
    void lenetLearnsFromAThousandImagesAndReportsEveryStep() {
        Recorder recorder = new Recorder();
        MultiLayerNetwork model = Cnn.lenet();
        TrainingHistory history = Trainer.builder()
                .epochs(2)
                .batchSize(64)
                .seed(42)
                .listener(recorder)
                .build()
                .fit(model, training, validation);

        assertEquals(2, history.epochs());
        for (EpochResult r : history.all()) {
            assertTrue(Double.isFinite(r.trainingLoss()) && r.trainingLoss() > 0, r.toString());
            assertTrue(Double.isFinite(r.validationLoss()) && r.validationLoss() > 0, r.toString());
            assertTrue(r.trainingAccuracy() >= 0 && r.trainingAccuracy() <= 1, r.toString());
            assertTrue(r.validationAccuracy() >= 0 && r.validationAccuracy() <= 1, r.toString());
            assertTrue(r.seconds() > 0, r.toString());
        }
        // 32 steps of Adam on 1,000 images reach 82-83% with seeds 1, 2, 3 and 42; 10% is chance.
        assertTrue(history.last().validationAccuracy() > 0.7, history.toString());
        assertTrue(history.epoch(2).trainingLoss() < history.epoch(1).trainingLoss(), history.toString());
        assertEquals(
                history.last().validationAccuracy(),
                Inference.scores(model, validation).accuracy(),
                1e-12,
                "validation uses the same batched inference as the predictor");
        assertEquals(2, model.getEpochCount());
        // 16 batches an epoch: a step after every batch, the last one at the epoch's end
        assertEquals(32, history.steps().size());
        assertEquals(
                List.of(1.0, 2.0),
                history.steps().stream()
                        .filter(s -> s.position() % 1 == 0)
                        .map(TrainingStep::position)
                        .toList());
        double meanOfSteps = history.steps().stream()
                        .filter(s -> s.epoch() == 1)
                        .mapToDouble(s -> s.loss() * (s.position() < 1 ? 64 : 40))
                        .sum()
                / 1000;
        assertEquals(history.epoch(1).trainingLoss(), meanOfSteps, 1e-9, "the steps add up to the epoch's mean loss");

        // 1,000 images in batches of 64: 15 full batches and one of 40
        List<String> expected = new ArrayList<>(List.of("started 2 16 1000"));
        for (int epoch = 1; epoch <= 2; epoch++) {
            expected.add("epoch " + epoch);
            for (int batch = 1; batch <= 16; batch++) {
                expected.add("batch " + epoch + "." + batch);
            }
            expected.add("finished epoch " + epoch);
        }
        expected.add("finished");
        assertEquals(expected, recorder.calls);
        assertEquals(history, recorder.finished);

        BatchProgress lastBatch = recorder.batches.get(recorder.batches.size() - 1);
        assertEquals(
                new BatchProgress(
                        2,
                        2,
                        16,
                        16,
                        history.last().trainingLoss(),
                        history.last().trainingAccuracy(),
                        lastBatch.imagesPerSecond(),
                        0),
                lastBatch);
        assertTrue(lastBatch.imagesPerSecond() > 0);
        assertTrue(recorder.batches.get(0).secondsLeftInEpoch() > 0);
    }

    @Test
    void seededRunsGiveTheSameHistory() {
        // Same spec = same initial weights; same trainer seed = same image order. ND4J on the CPU computes
        // the same sums in the same order each run, so the histories agree exactly (tested to 1e-6): far inside
        // the 0.1 percentage points of test accuracy that the course promises between seeded runs.
        Trainer trainer = Trainer.builder()
                .epochs(2)
                .batchSize(32)
                .seed(7)
                .listener(QUIET)
                .build();
        TrainingHistory a = trainer.fit(Cnn.build(SMALL), training, validation);
        TrainingHistory b = trainer.fit(Cnn.build(SMALL), training, validation);
        for (int epoch = 1; epoch <= 2; epoch++) {
            EpochResult x = a.epoch(epoch), y = b.epoch(epoch);
            assertEquals(x.trainingLoss(), y.trainingLoss(), 1e-6);
            assertEquals(x.trainingAccuracy(), y.trainingAccuracy(), 1e-6);
            assertEquals(x.validationLoss(), y.validationLoss(), 1e-6);
            assertEquals(x.validationAccuracy(), y.validationAccuracy(), 1e-6);
        }
        TrainingHistory otherSeed = Trainer.builder()
                .epochs(1)
                .batchSize(32)
                .seed(8)
                .listener(QUIET)
                .build()
                .fit(Cnn.build(SMALL), training, validation);
        assertNotEquals(a.epoch(1).trainingLoss(), otherSeed.epoch(1).trainingLoss(), "another order, another loss");
    }

    @Test
    void interruptedTrainingResumesFromItsCheckpointAsIfNeverStopped(@TempDir Path dir) throws IOException {
        DigitSet train = training.first(500), check = validation.first(200);
        Trainer.Builder settings =
                Trainer.builder().epochs(2).batchSize(32).seed(7).listener(QUIET);
        MultiLayerNetwork straight = Cnn.build(SMALL);
        TrainingHistory whole =
                settings.checkpoints(dir.resolve("straight")).build().fit(straight, train, check);
        assertEquals(
                List.of("epoch-002.csv", "epoch-002.zip"), fileNames(dir.resolve("straight")), "only the latest kept");
        assertEquals(whole, Checkpoint.load(dir.resolve("straight")).history(), "the saved history reads back exactly");

        // The same run, stopped by a failure right after epoch 1 (its checkpoint is written before listeners hear of
        // it).
        ProgressListener powerCut = new ProgressListener() {
            @Override
            public void epochFinished(EpochResult result) {
                throw new IllegalStateException("power cut after epoch " + result.epoch());
            }
        };
        Path folder = dir.resolve("interrupted");
        Trainer interrupted = settings.checkpoints(folder).listener(powerCut).build();
        assertThrows(IllegalStateException.class, () -> interrupted.fit(Cnn.build(SMALL), train, check));
        Checkpoint checkpoint = Checkpoint.load(folder);
        assertEquals(1, checkpoint.epochs());

        TrainingHistory resumed =
                settings.checkpoints(folder).listener(QUIET).build().resume(checkpoint, train, check);
        assertEquals(2, resumed.epochs());
        assertEquals(2, checkpoint.model().getEpochCount());
        // DL4J on the CPU repeats the uninterrupted run: the checkpoint holds Adam's moments and step count, and
        // epoch 2's image order and random numbers depend only on (seed, epoch). Observed equal; tested to 1e-6.
        for (int epoch = 1; epoch <= 2; epoch++) {
            EpochResult x = whole.epoch(epoch), y = resumed.epoch(epoch);
            assertEquals(x.trainingLoss(), y.trainingLoss(), 1e-6, "epoch " + epoch);
            assertEquals(x.trainingAccuracy(), y.trainingAccuracy(), 1e-6, "epoch " + epoch);
            assertEquals(x.validationLoss(), y.validationLoss(), 1e-6, "epoch " + epoch);
            assertEquals(x.validationAccuracy(), y.validationAccuracy(), 1e-6, "epoch " + epoch);
        }
        assertEquals(0, straight.params().distance1(checkpoint.model().params()), 1e-3, "same weights after epoch 2");
        assertEquals(List.of("epoch-002.csv", "epoch-002.zip"), fileNames(folder));

        // A trainer whose epochs are all done already has nothing left to do.
        assertEquals(resumed, settings.checkpoints(folder).build().resume(Checkpoint.load(folder), train, check));
        var e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(dir.resolve("empty")));
        assertTrue(e.getMessage().startsWith("no checkpoint in "), e.getMessage());
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void trainingAccuracyComesFromTheTrainingForwardPass() {
        MultiLayerNetwork model = Cnn.build(SMALL);
        Trainer.builder().epochs(1).listener(QUIET).build().fit(model, training.first(256), validation.first(64));
        assertTrue(TrainingPredictions.supports(model));
        TrainingPredictions predictions = TrainingPredictions.attach(model);
        try {
            DigitBatches batches = DigitBatches.inOrder(training, 64);
            int agree = 0, total = 0;
            for (int k = 0; k < 4; k++) {
                DataSet batch = batches.next();
                int[] inference = Inference.rowArgMax(model.output(batch.getFeatures(), false));
                model.fit(batch);
                int[] caught = predictions.take();
                for (int i = 0; i < inference.length; i++) {
                    agree += caught[i] == inference[i] ? 1 : 0;
                }
                total += inference.length;
            }
            // Training and inference take slightly different code paths; allow a near tie to tip the other way.
            assertTrue(agree >= total - 2, agree + " of " + total + " predictions agree");
        } finally {
            predictions.detach();
        }
        assertTrue(model.getListeners().isEmpty(), "the trainer's helper listener is gone again");
    }

    @Test
    void learningRateOverrideReachesTheNetwork() {
        MultiLayerNetwork model = Cnn.build(SMALL);
        Trainer.builder()
                .learningRate(5e-4)
                .listener(QUIET)
                .build()
                .fit(model, training.first(64), validation.first(64));
        assertEquals(5e-4, model.getLearningRate(0));
        assertEquals(5e-4, model.getLearningRate(model.getnLayers() - 1));
    }

    @Test
    void theDefaultListenerPrintsToTheConsole() {
        Trainer trainer = Trainer.builder().build();
        assertInstanceOf(ConsoleProgress.class, trainer.listener());
        assertEquals(1, trainer.epochs());
        assertEquals(64, trainer.batchSize());
        assertEquals(42, trainer.seed());
    }

    @Test
    void rejectsBadSettings() {
        assertEquals(
                "epochs must be 1 or more, not 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Trainer.builder().epochs(0))
                        .getMessage());
        assertEquals(
                "batch size must be 1 or more, not 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Trainer.builder().batchSize(0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Trainer.builder().learningRate(0));
        assertThrows(NullPointerException.class, () -> Trainer.builder().listener(null));
    }

    @Test
    void rejectsNetworksAndSetsThatDoNotFit() {
        Trainer trainer = Trainer.builder().listener(QUIET).build();
        MultiLayerNetwork fiveClasses = Cnn.build(SMALL.toBuilder().classes(5).build());
        var e = assertThrows(IllegalArgumentException.class, () -> trainer.fit(fiveClasses, training, validation));
        assertTrue(e.getMessage().contains("expected 10 outputs"), e.getMessage());

        MultiLayerNetwork bigImages =
                Cnn.build(SMALL.toBuilder().input(32, 32, 1).build());
        e = assertThrows(IllegalArgumentException.class, () -> trainer.fit(bigImages, training, validation));
        assertTrue(e.getMessage().startsWith("the network does not take rows of 784 pixels"), e.getMessage());

        MultiLayerNetwork model = Cnn.build(SMALL);
        e = assertThrows(IllegalArgumentException.class, () -> trainer.fit(model, training.first(0), validation));
        assertTrue(
                e.getMessage().startsWith("the training set 'training (first 1000) (first 0)' is empty"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> trainer.fit(model, training, validation.first(0)));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void accuracyOfAnUntrainedNetworkIsAFraction() {
        double accuracy = Inference.scores(Cnn.build(SMALL), validation).accuracy();
        assertTrue(accuracy >= 0 && accuracy <= 0.5, "untrained: " + accuracy);
        assertEquals(accuracy * validation.size(), Math.rint(accuracy * validation.size()), 1e-9);
    }

    @Test
    void trainersWithoutAListenerPrintOutsideANotebook() {
        assertTrue(Trainer.builder().build().listener() instanceof ConsoleProgress, "plain Java prints");
        assertSame(ANOTHER, Trainer.builder().listener(ANOTHER).build().listener());
    }

    private static final ProgressListener ANOTHER = new ProgressListener() {};

    @Test
    void aRowWriterWritesEveryTrainingImageInEveryEpoch() {
        int[] written = new int[1];
        DigitBatches.RowWriter counting = (set, index, epoch, target, offset) -> {
            written[0]++;
            set.copyScaledPixels(index, target, offset);
        };
        DigitSet few = training.first(200);
        Trainer.builder()
                .epochs(2)
                .batchSize(64)
                .seed(3)
                .listener(QUIET)
                .rowWriter(counting)
                .build()
                .fit(Cnn.lenet(), few, validation);
        assertEquals(2 * 200, written[0]);
    }
}
