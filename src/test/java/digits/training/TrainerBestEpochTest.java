package digits.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.model.Cnn;
import digits.model.CnnSpec;
import digits.model.Inference;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer that keeps the epoch with the lowest validation loss, and where each epoch's steps fall. */
@Tag("slow") // trains networks: seconds, not milliseconds
class TrainerBestEpochTest {

    private static final CnnSpec SMALL =
            CnnSpec.lenet().toBuilder().convFilters(8, 16).dense(64).build();
    private static final ProgressListener QUIET = new ProgressListener() {};

    private static DigitSet few;
    private static DigitSet validation;

    @BeforeAll
    static void load() {
        Mnist mnist = Mnist.load();
        few = mnist.train().first(200); // so few that the network soon learns them by heart
        validation = mnist.test().first(300);
    }

    /**
     * 200 digits, a large learning rate and 5 epochs: the validation loss falls for 4 epochs, then rises (seed 5
     * gave 2.08, 1.42, 0.92, 0.76, 0.88).
     */
    private static Trainer.Builder overfitting() {
        return Trainer.builder()
                .epochs(5)
                .batchSize(20)
                .seed(5)
                .learningRate(3e-3)
                .listener(QUIET);
    }

    @Test
    void keepsTheWeightsOfTheEpochWithTheLowestValidationLoss() {
        MultiLayerNetwork model = Cnn.build(SMALL);
        TrainingHistory history = overfitting().keepBestEpoch().build().fit(model, few, validation);
        EpochResult best = history.best();
        assertTrue(
                best.epoch() < history.epochs(), "the run must rise after its best epoch to test anything: " + history);
        assertEquals(best, history.kept());
        assertEquals(
                best.validationLoss(),
                Inference.scores(model, validation).loss(),
                1e-5,
                "the network answers as it did after epoch " + best.epoch());
        assertTrue(
                history.whichEpochIsKept().startsWith("epoch " + best.epoch() + " had the lowest validation loss"),
                history.whichEpochIsKept());

        MultiLayerNetwork last = Cnn.build(SMALL);
        TrainingHistory plain = overfitting().build().fit(last, few, validation);
        assertEquals(figures(history), figures(plain), "keeping the best changes no figure of the run");
        assertEquals(plain.last(), plain.kept());
        assertEquals(
                plain.last().validationLoss(),
                Inference.scores(last, validation).loss(),
                1e-5);
        assertNotEquals(
                Inference.scores(model, validation).loss(),
                Inference.scores(last, validation).loss());
    }

    @Test
    void aResumedRunStillPutsBackTheBestEpoch(@TempDir Path dir) {
        MultiLayerNetwork straight = Cnn.build(SMALL);
        TrainingHistory whole = overfitting().keepBestEpoch().build().fit(straight, few, validation);
        int best = whole.best().epoch();

        ProgressListener powerCut = new ProgressListener() {
            @Override
            public void epochFinished(EpochResult result) {
                if (result.epoch() == best + 1) {
                    throw new IllegalStateException("power cut after epoch " + result.epoch());
                }
            }
        };
        Trainer.Builder settings = overfitting().keepBestEpoch().checkpoints(dir);
        assertThrows(
                IllegalStateException.class,
                () -> settings.listener(powerCut).build().fit(Cnn.build(SMALL), few, validation));
        Checkpoint checkpoint = Checkpoint.load(dir);
        assertEquals(best + 1, checkpoint.epochs());

        TrainingHistory resumed = settings.listener(QUIET).build().resume(checkpoint, few, validation);
        assertEquals(whole.kept().epoch(), resumed.kept().epoch());
        assertEquals(
                whole.kept().validationLoss(),
                Inference.scores(checkpoint.model(), validation).loss(),
                1e-5);

        // Without the best epoch's network saved, a resumed run cannot put it back, and says so.
        Path plainFolder = dir.resolve("without");
        assertThrows(
                IllegalStateException.class,
                () -> overfitting()
                        .checkpoints(plainFolder)
                        .listener(powerCut)
                        .build()
                        .fit(Cnn.build(SMALL), few, validation));
        var e = assertThrows(
                IllegalStateException.class,
                () -> settings.listener(QUIET)
                        .checkpoints(plainFolder)
                        .build()
                        .resume(Checkpoint.load(plainFolder), few, validation));
        assertTrue(e.getMessage().contains("lowest validation loss is at epoch " + best), e.getMessage());
    }

    @Test
    void aShortRemainderJoinsTheEpochsLastStep() {
        // 488 digits in batches of 8: 61 batches, a step every 3; the 61st batch joins the step that ends at 60
        TrainingHistory history = Trainer.builder()
                .epochs(1)
                .batchSize(8)
                .listener(QUIET)
                .build()
                .fit(Cnn.build(SMALL), Mnist.load().train().first(488), validation.first(50));
        List<Double> ends = history.steps().stream().map(TrainingStep::position).toList();
        assertEquals(20, ends.size(), ends.toString());
        assertEquals(57.0 / 61, ends.get(18), 1e-9);
        assertEquals(1.0, ends.get(19), 1e-9);
    }

    /** Each epoch's losses and accuracies, without its seconds. */
    private static List<List<Double>> figures(TrainingHistory history) {
        return history.all().stream()
                .map(r -> List.of(r.trainingLoss(), r.trainingAccuracy(), r.validationLoss(), r.validationAccuracy()))
                .toList();
    }
}
