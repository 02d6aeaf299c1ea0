package digits.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.model.Cnn;
import digits.model.CnnSpec;
import digits.model.ModelFileException;
import digits.training.ProgressListener;
import digits.training.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class PredictorTest {

    @TempDir
    Path folder;

    @Test
    void wrongSizeArrayIsRefusedWithTheExpectedSize() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TestModel.predictor().predict(new float[100]));
        assertTrue(e.getMessage().contains("784") && e.getMessage().contains("found 100"), e.getMessage());
        assertTrue(e.getMessage().contains("10 x 10"), e.getMessage());
    }

    @Test
    void pixelsOutsideZeroToOneAreRefused() {
        float[] pixels = new float[DigitImage.PIXELS];
        pixels[30] = 255;
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TestModel.predictor().predict(pixels));
        assertTrue(e.getMessage().contains("pixel 30") && e.getMessage().contains("divide"), e.getMessage());
    }

    @Test
    void arrayAndImageGiveTheSamePrediction() {
        DigitImage digit = TestModel.mnist().test().get(0);
        assertEquals(TestModel.predictor().predict(digit), TestModel.predictor().predict(digit.scaled()));
    }

    @Test
    void missingModelFileNamesTheFileAndNotebook04() {
        Path missing = folder.resolve("models/none.zip");
        ModelFileException e = assertThrows(ModelFileException.class, () -> Predictor.load(missing));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("notebook 04"), e.getMessage());
    }

    @Test
    void fileThatIsNoModelIsNamed() throws IOException {
        Path junk = Files.writeString(folder.resolve("junk.zip"), "not a model");
        ModelFileException e = assertThrows(ModelFileException.class, () -> Predictor.load(junk));
        assertTrue(
                e.getMessage().contains("junk.zip") && e.getMessage().contains("not a saved digits model"),
                e.getMessage());
    }

    @Test
    void eachPredictionIsTheMostProbableDigitAndBatchesAgreeWithSingleImages() {
        Predictor predictor = TestModel.predictor();
        DigitSet digits = TestModel.mnist().test().first(50);
        List<Prediction> all = predictor.predictAll(digits);
        for (int i = 0; i < digits.size(); i++) {
            Prediction one = predictor.predict(digits.get(i));
            float[] p = one.probabilities();
            for (int d = 0; d < 10; d++) {
                assertTrue(
                        p[d] <= p[one.digit()],
                        "image " + i + ": digit " + d + " is more probable than " + one.digit());
            }
            assertEquals(one.digit(), all.get(i).digit(), "image " + i);
            assertArrayEquals(p, all.get(i).probabilities(), 1e-5f, "image " + i);
        }
    }

    @Test
    void aNetworkWithBatchNormPredictsWithItsLatestWeightsThroughTheFoldedCopy() {
        MultiLayerNetwork model = Cnn.build(CnnSpec.recommended());
        Predictor predictor = Predictor.of(model);
        DigitSet digits = TestModel.mnist().test().first(20);
        predictor.predictAll(digits); // folds the untrained network

        Trainer.builder()
                .epochs(1)
                .batchSize(64)
                .listener(new ProgressListener() {})
                .build()
                .fit(model, TestModel.mnist().train().first(640), digits);

        for (int i = 0; i < digits.size(); i++) {
            float[] expected = model.output(
                            Nd4j.create(digits.get(i).scaled(), new long[] {1, DigitImage.PIXELS}), false)
                    .toFloatVector();
            assertArrayEquals(expected, predictor.predict(digits.get(i)).probabilities(), 1e-4f, "image " + i);
        }
    }

    @Test
    void predictionKeepsItsOwnCopy() {
        float[] p = {0.1f, 0.7f, 0.2f, 0, 0, 0, 0, 0, 0, 0};
        Prediction prediction = new Prediction(1, p);
        p[1] = 0;
        assertEquals(0.7f, prediction.probabilities()[1]);
        prediction.probabilities()[1] = 0;
        assertEquals(0.7, prediction.confidence(), 1e-6);
        assertTrue(prediction.probabilityChart().title().contains("1 (70.0 % sure)"));
        assertThrows(IllegalArgumentException.class, () -> new Prediction(1, new float[9]));
    }
}
