package digits.owndigits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.evaluation.TestModel;
import digits.numbers.NumberReader;
import digits.numbers.NumberSegmentation;
import digits.numbers.composed.ScannedDigits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-digit picture is brought into MNIST form by one path, whether it is read as a number ({@link NumberReader})
 * or as one own digit ({@link OwnDigit#fromFile}): soft, low-resolution scans of MNIST test digits
 * ({@link ScannedDigits}) on a page.
 */
class OnePathTest {

    /** How many test digits of each label are scanned. */
    private static final int EACH = 5;
    /** A digit the small test model reads with at least this confidence, as MNIST has it, is one it knows well. */
    private static final double SURE = 0.99;
    /** The seed of the scans. */
    private static final long SEED = 5;

    @TempDir
    Path folder;

    private Path scan(ScannedDigits scans, int index) throws IOException {
        ScannedDigits.Page page = scans.page(index);
        Path file = folder.resolve(page.name());
        ImageIO.write(page.picture(), "png", file.toFile());
        return file;
    }

    @Test
    void aOneDigitPictureGivesTheNetworkTheSamePixelsBothWays() throws IOException {
        DigitSet test = TestModel.mnist().test();
        ScannedDigits scans = ScannedDigits.of(test, SEED);
        int oneDigit = 0, compared = 0;
        for (int label : new int[] {6, 8, 9}) {
            int found = 0;
            for (int i = 0; i < test.size() && found < EACH; i++) {
                if (test.label(i) == label) {
                    found++;
                    Path file = scan(scans, i);
                    NumberSegmentation number = NumberSegmentation.fromFile(file);
                    compared++;
                    if (number.count() == 1) {
                        oneDigit++;
                        assertArrayEquals(
                                OwnDigit.fromFile(file).digit().rawPixels(),
                                number.digits().get(0).rawPixels(),
                                file.getFileName() + ": the 28 x 28 input, as a number and as one own digit");
                    }
                }
            }
        }
        assertTrue(oneDigit >= compared - 2, oneDigit + " of " + compared + " scans are found to hold one digit");
    }

    @Test
    void softSixesEightsAndNinesAreReadTheSameBothWaysAndRight() throws IOException {
        Predictor predictor = TestModel.predictor();
        NumberReader reader = NumberReader.of(predictor);
        DigitSet test = TestModel.mnist().test();
        ScannedDigits scans = ScannedDigits.of(test, SEED);
        List<Prediction> clean = predictor.predictAll(test);
        List<String> expected = new ArrayList<>(), read = new ArrayList<>();
        for (int label : new int[] {6, 8, 9}) {
            // the first of the label that the small test model reads right and sure as MNIST has them
            int found = 0;
            for (int i = 0; i < test.size() && found < EACH; i++) {
                if (test.label(i) != label
                        || clean.get(i).digit() != label
                        || clean.get(i).confidence() < SURE) {
                    continue;
                }
                found++;
                Path file = scan(scans, i);
                String asNumber = reader.read(file).text();
                int asOwnDigit =
                        predictor.predict(OwnDigit.fromFile(file).digit()).digit();
                expected.add(file.getFileName() + ": " + label + " and " + label);
                read.add(file.getFileName() + ": " + asNumber + " and " + asOwnDigit);
            }
        }
        assertEquals(
                String.join("\n", expected), String.join("\n", read), "each scan read as a number and as one digit");
    }
}
