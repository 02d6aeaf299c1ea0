package digits.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.model.Cnn;
import digits.model.CnnSpec;
import digits.training.EpochResult;
import digits.training.NetworkChoice;
import digits.training.TrainingHistory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedModelTest {

    @TempDir
    Path folder;

    @Test
    void savesTheChosenNetworkWithANoteThatLoadingRepeats() throws Exception {
        TrainingHistory worse = TrainingHistory.of(List.of(new EpochResult(1, 0.2, 0.9, 0.08, 0.97, 1)));
        TrainingHistory better = TrainingHistory.of(List.of(
                        new EpochResult(1, 0.3, 0.9, 0.05, 0.98, 1), new EpochResult(2, 0.2, 0.95, 0.06, 0.979, 1)))
                .keeping(1);
        MultiLayerNetwork other =
                Cnn.build(CnnSpec.lenet().toBuilder().convFilters(2, 2).dense(8).build());
        NetworkChoice choice = NetworkChoice.byValidation(
                NetworkChoice.candidate("plain", other, worse),
                NetworkChoice.candidate("augmented", TestModel.model(), better));
        Path file = folder.resolve("models/digits-cnn.zip");

        String said = printed(() -> SavedModel.save(file, choice));
        assertEquals(
                "Saved the augmented network, epoch 1 of 2 (validation loss 0.0500, accuracy 98.00%) as the "
                        + "course's model: " + file + ". Notebooks 05 and 06 load it.",
                said.strip());
        assertEquals(
                "the augmented network, epoch 1 of 2 (validation loss 0.0500, accuracy 98.00%)",
                Files.readString(folder.resolve("models/digits-cnn.txt")));

        MultiLayerNetwork[] loaded = new MultiLayerNetwork[1];
        String loading = printed(() -> loaded[0] = SavedModel.loadOrTrain(file, 100, 100, TestModel.mnist()));
        assertEquals(
                "Loaded the model that notebook 04 saved: " + file + ", the augmented network, epoch 1 of 2 "
                        + "(validation loss 0.0500, accuracy 98.00%).",
                loading.strip());
        DigitImage digit = TestModel.mnist().test().get(3);
        assertArrayEquals(
                TestModel.predictor().predict(digit).probabilities(),
                Predictor.of(loaded[0]).predict(digit).probabilities(),
                1e-6f,
                "the chosen network was saved");
    }

    @Test
    void theStandInIsChosenAs04ChoosesWithoutBeingSaved() {
        Path file = folder.resolve("models/digits-cnn.zip");
        MultiLayerNetwork[] model = new MultiLayerNetwork[1];
        String said = printed(() -> model[0] = SavedModel.loadOrTrain(file, 1_000, 64, TestModel.mnist()));
        double accuracy =
                Predictor.of(model[0]).test(TestModel.mnist().test().first(500)).accuracy();
        assertTrue(accuracy > 0.5, "the stand-in must be trained, not left at chance (10 %): " + accuracy);
        assertTrue(
                said.contains("the plain and the augmented LeNet, keeping the one with the lower validation loss"),
                said);
        assertTrue(
                said.matches("(?s).*The stand-in: the (plain|augmented) network is kept: its validation loss is the "
                        + "lowest, .*"),
                said);
        assertTrue(!Files.exists(file), "the stand-in must not be saved over the learner's model file");
    }

    private static String printed(Runnable action) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
