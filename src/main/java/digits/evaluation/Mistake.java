package digits.evaluation;

import digits.data.DigitImage;
import digits.display.Percent;
import java.util.Locale;

/**
 * A test image the network got wrong.
 *
 * @param index      the image's position in the test set
 * @param digit      the image, labelled with the right answer
 * @param prediction what the network said instead
 */
public record Mistake(int index, DigitImage digit, Prediction prediction) {

    /** @return the right digit (the label) */
    public int trueDigit() {
        return digit.label();
    }

    /** @return the digit the network predicted */
    public int predictedDigit() {
        return prediction.digit();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "test image %d: a %d taken for a %d (%s sure)",
                index,
                trueDigit(),
                predictedDigit(),
                Percent.of(prediction.confidence()));
    }
}
