package digits.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.evaluation.Predictor;
import digits.evaluation.TestModel;
import digits.model.Cnn;
import digits.model.FastPath;
import digits.numbers.composed.ComposedNumber;
import digits.numbers.composed.MiddleWindows;
import digits.numbers.composed.NumberComposer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reader with a middle network, trained here as notebook 06 trains it, on fewer numbers. */
@Tag("slow") // trains a network: seconds, not milliseconds
class MiddleReaderTest {

    private static MiddleNetwork middles;

    @BeforeAll
    static void train() {
        MiddleWindows windows = MiddleWindows.compose(TestModel.mnist().train().first(10_000), 1_000, 11);
        MultiLayerNetwork model = FastPath.apply(Cnn.build(MiddleNetwork.spec()));
        for (int epoch = 1; epoch <= 2; epoch++) {
            windows.batches(64, epoch).forEach(model::fit);
        }
        middles = MiddleNetwork.of(model);
    }

    @Test
    void touchingNumbersAreFoundByTheMiddleNetworkWithABoxForEachDigit() {
        NumberReader reader = NumberReader.of(TestModel.predictor()).withMiddles(middles);
        int rightCount = 0;
        for (ComposedNumber number :
                NumberComposer.of(TestModel.mnist().test(), 21).touching(40)) {
            NumberReading reading = reader.read(number.text(), number.picture());
            assertEquals(reading.length(), reading.boxes().size(), number.text());
            assertEquals(reading.length(), reading.text().length(), number.text());
            rightCount += reading.length() == number.length() ? 1 : 0;
        }
        // trained on 1,000 numbers for 2 epochs, it found 14 of 40 (as many as cutting with the test's small network);
        // one digit per group, as without it, would find none: every number here has touching digits
        assertTrue(rightCount >= 10, rightCount + " of 40 touching numbers split into the right count");
    }

    @Test
    void aGroupOfOneDigitIsReadByTheCourseNetworkAsWithoutTheMiddleNetwork() {
        Predictor predictor = TestModel.predictor();
        NumberReader cutting = NumberReader.of(predictor);
        NumberReader reader = cutting.withMiddles(middles);
        int same = 0;
        for (ComposedNumber number :
                NumberComposer.of(TestModel.mnist().test(), 22).separated(20)) {
            NumberReading withMiddles = reader.read(number.text(), number.picture());
            NumberReading cut = cutting.read(number.text(), number.picture());
            same += withMiddles.predictions().equals(cut.predictions()) ? 1 : 0;
        }
        assertTrue(same >= 18, same + " of 20 separated numbers read the same, probability for probability");
    }

    @Test
    void theCoursesNetworkIsNotAMiddleNetwork() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MiddleNetwork.of(TestModel.model()));
        assertTrue(e.getMessage().contains("expected 11 outputs"), e.getMessage());
    }
}
