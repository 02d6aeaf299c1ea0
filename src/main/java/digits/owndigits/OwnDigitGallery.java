package digits.owndigits;

import digits.display.OwnDigitPictures;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Own digits and what a network says about them, one row each: the picture as given, its MNIST form,
 * the ten probabilities as bars, and the verdict (checked against the digit the file name promises).
 */
public final class OwnDigitGallery {

    private OwnDigitGallery() {}

    /**
     * @param digits    own digits, 1 to 50
     * @param predictor the network to ask
     * @return the picture
     */
    public static BufferedImage of(List<OwnDigit> digits, Predictor predictor) {
        if (digits.isEmpty() || digits.size() > 50) {
            throw new IllegalArgumentException("a gallery needs 1 to 50 digits, found " + digits.size()
                    + (digits.isEmpty() ? ": put PNG or JPEG files in the folder first" : ""));
        }
        List<OwnDigitPictures.Reading> readings = digits.stream()
                .map(digit -> {
                    Prediction reading = predictor.predict(digit.digit());
                    return new OwnDigitPictures.Reading(
                            digit.name(),
                            digit.original(),
                            digit.digit(),
                            reading.digit(),
                            reading.probabilities(),
                            digit.expected());
                })
                .toList();
        return OwnDigitPictures.gallery(readings);
    }
}
