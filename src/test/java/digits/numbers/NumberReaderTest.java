package digits.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.evaluation.KeptNetwork;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.evaluation.TestModel;
import digits.image.PictureException;
import digits.numbers.composed.ComposedNumber;
import digits.numbers.composed.NumberComposer;
import digits.preprocessing.Corruption;
import digits.samples.TestPictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberReaderTest {

    @TempDir
    Path folder;

    @Test
    void composedNumbersAreReadAsTheNetworkReadsTheirDigitsAlone() {
        Predictor predictor = TestModel.predictor();
        NumberReader reader = NumberReader.of(predictor);
        int digits = 0, same = 0, rightCount = 0;
        for (ComposedNumber number :
                NumberComposer.of(TestModel.mnist().test(), 21).separated(20)) {
            NumberReading reading = reader.read(number.text(), number.picture());
            if (reading.length() != number.length()) {
                continue;
            }
            rightCount++;
            for (int d = 0; d < number.length(); d++) {
                digits++;
                int alone = predictor.predict(number.digits().get(d)).digit();
                same += reading.digits().get(d) == alone ? 1 : 0;
            }
        }
        assertTrue(rightCount >= 19, rightCount + " of 20 numbers split into the right count of digits");
        assertTrue(same >= 0.97 * digits, same + " of " + digits + " digits read as when alone");
    }

    @Test
    void slantedDigitsAreNotCutInTwo() {
        // sheared by 0.4 (about 22 degrees, as many hands slant): a long slanted 1 or 7 is as wide as it is high
        NumberReader reader = NumberReader.of(TestModel.predictor());
        DigitSet slanted = Corruption.SLANTED.apply(TestModel.mnist().test().first(2_000), 5);
        int rightCount = 0;
        for (ComposedNumber number : NumberComposer.of(slanted, 21).separated(40)) {
            rightCount += reader.read(number.text(), number.picture()).length() == number.length() ? 1 : 0;
        }
        assertTrue(rightCount >= 38, rightCount + " of 40 numbers of slanted digits split into the right count");
    }

    @Test
    void aReadingKnowsItsTextConfidencesAndLeastSureDigit() {
        ComposedNumber number = NumberComposer.of(TestModel.mnist().test(), 4).separated();
        NumberReading reading = NumberReader.of(TestModel.predictor()).read("n", number.picture());
        StringBuilder text = new StringBuilder();
        reading.digits().forEach(text::append);
        assertEquals(text.toString(), reading.text());
        List<Double> confidences = reading.confidences();
        int least = reading.leastSure();
        for (double c : confidences) {
            assertTrue(c >= confidences.get(least) && c <= 1, confidences.toString());
        }
        assertEquals(number.length(), reading.boxes().size());
        assertTrue(reading.picture().getWidth() >= 4 * number.picture().getWidth() - 1, "a small picture is enlarged");
        assertTrue(reading.steps().getHeight() > reading.picture().getHeight());
        assertTrue(reading.toString().contains(reading.text()), reading.toString());
    }

    @Test
    void aCorruptJpegIsNamed() throws IOException {
        byte[] bytes = new byte[300];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        Path file = Files.write(folder.resolve("photo.jpg"), bytes);
        PictureException e = assertThrows(
                PictureException.class,
                () -> NumberReader.of(TestModel.predictor()).read(file));
        assertTrue(e.getMessage().contains("photo.jpg"), e.getMessage());
    }

    @Test
    @Tag("slow") // trains a network as good as the kept one: about half a minute, once
    void aNumberPhotographedOnADarkerTableIsReadRight() throws IOException {
        BufferedImage pen = ImageIO.read(Path.of("notebooks", "my-numbers", "4093-pen-on-lined-paper.jpg")
                .toFile());
        BufferedImage photo = TestPictures.onATable(pen, 1800, 1200, 0, 7);
        NumberReading reading = NumberReader.of(KeptNetwork.predictor()).read("on a table", photo);
        assertEquals("4093", reading.text(), reading.toString());
    }

    @Test
    @Tag("slow") // trains a network as good as the kept one: about half a minute, once
    void aComposedNumberPhotographedAskewOnADarkerTableIsReadRight() {
        ComposedNumber number = NumberComposer.of(TestModel.mnist().test(), 17).separated();
        BufferedImage written = TestPictures.enlarged(number.picture(), 4);
        BufferedImage page =
                new BufferedImage(written.getWidth() + 160, written.getHeight() + 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(238, 236, 228));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(written, 80, 120, null);
        g.dispose();
        BufferedImage photo = TestPictures.onATable(page, page.getWidth() * 2, page.getHeight() * 2, 4, 3);
        NumberReader reader = NumberReader.of(KeptNetwork.predictor());
        assertEquals(number.text(), reader.read("the page", page).text(), "the page alone is read right");
        assertEquals(number.text(), reader.read("on a table", photo).text());
    }

    @Test
    void aDigitTheMiddleNetworkFoundIsTheOneBothNetworksTogetherFindLikeliest() {
        Prediction middle = new Prediction(7, twoDigits(7, 0.6f, 1, 0.4f));
        Prediction course = new Prediction(1, twoDigits(1, 0.9f, 7, 0.1f));
        Prediction agreed = NumberReader.agreed(middle, course);
        assertEquals(1, agreed.digit(), "0.4 x 0.9 against 0.6 x 0.1");
        assertEquals(0.36 / 0.42, agreed.confidence(), 1e-6);
        assertEquals(0, agreed.probability(3), "a digit both networks rule out stays out");
    }

    private static float[] twoDigits(int first, float p, int second, float q) {
        float[] probabilities = new float[10];
        probabilities[first] = p;
        probabilities[second] = q;
        return probabilities;
    }
}
