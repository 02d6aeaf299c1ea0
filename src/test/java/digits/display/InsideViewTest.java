package digits.display;

import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.evaluation.TestModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class InsideViewTest {

    @Test
    void paintsEveryMapOfEveryLayerAndSaysWhatTheNetworkRead() throws Exception {
        DigitImage digit = TestModel.mnist().test().get(0);
        InsideView view = TestModel.predictor().insideView(digit);
        BufferedImage picture = view.picture();
        assertTrue(picture.getWidth() > 600 && picture.getHeight() > 400, picture.getWidth() + " x " + picture.getHeight());
        String text = view.toString();
        assertTrue(text.contains("input 28 x 28 -> conv1 24 x 24 x 8 -> pool1 12 x 12 x 8"), text);
        assertTrue(text.contains("read as " + TestModel.predictor().predict(digit).digit()), text);
        Path out = Path.of("target", "pictures", "inside-view.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(picture, "png", out.toFile());   // to look at
    }
}
