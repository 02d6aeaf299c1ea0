package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.evaluation.Prediction;
import digits.evaluation.TestModel;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class InsideViewTest {

    @Test
    void paintsEveryMapOfEveryLayerAndSaysWhatTheNetworkRead() throws Exception {
        DigitImage digit = TestModel.mnist().test().get(0);
        InsideView view = TestModel.predictor().insideView(digit);
        Prediction prediction = TestModel.predictor().predict(digit);
        BufferedImage picture = view.picture();
        Path out = Path.of("target", "pictures", "inside-view.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(picture, "png", out.toFile()); // to look at

        List<InsideViewLayout.Placed> placed = view.layout();
        assertEquals(view.layers().size(), placed.size(), "a column for the input and every layer");
        int maps = 0, units = 0;
        for (InsideViewLayout.Placed p : placed) {
            LayerActivation layer = p.layer();
            float scale = layer.largestMagnitude();
            if (p.tiling() != null) {
                for (int k = 0; k < layer.channels(); k++, maps++) {
                    int[] at = p.mapAt(k);
                    float[] map = layer.map(k);
                    for (int r = 0; r < layer.height(); r++) {
                        for (int c = 0; c < layer.width(); c++) {
                            Color expected = MapPicture.colour(map[r * layer.width() + c], scale, true);
                            int x = at[0] + c * at[2] + at[2] / 2, y = at[1] + r * at[2] + at[2] / 2;
                            assertEquals(
                                    expected.getRGB(),
                                    picture.getRGB(x, y),
                                    layer.name() + " map " + k + " cell (" + r + ", " + c + ")");
                        }
                    }
                }
            } else if (p.index() > 0 && p.index() < placed.size() - 1) {
                float[] v = layer.values();
                for (int i = 0; i < v.length; i++, units++) {
                    int[] at = p.unitAt(i);
                    assertEquals(
                            MapPicture.colour(v[i], scale, true).getRGB(),
                            picture.getRGB(at[0] + 2, at[1] + 2),
                            layer.name() + " unit " + i);
                }
            }
        }
        assertEquals(8 + 8 + 16 + 16, maps, "conv1, pool1 (8 maps each), conv2, pool2 (16 each)");
        assertEquals(64, units, "the dense layer's units");

        // the picture fits a page: no wider than its limit, and the smallest text the library's small font (11 px)
        assertTrue(picture.getWidth() <= InsideView.MAX_WIDTH, picture.getWidth() + " x " + picture.getHeight());
        // the digit read has the blue bar (the label agrees) or the red one (it does not)
        int read = prediction.digit();
        Color bar = read == digit.label() ? Palette.BLUE : Palette.RED;
        int[] at = placed.get(placed.size() - 1).barAt(read);
        assertEquals(bar.getRGB(), picture.getRGB(at[0] + 1, at[1] + 6), "the bar of the digit read");
        assertEquals(
                "Labelled 7, read as " + read + " (" + Percent.of(prediction.confidence()) + " sure): "
                        + (read == 7 ? "right" : "wrong")
                        + ". Left to right, then the next row: what each layer passes on.",
                view.verdict());
        String text = view.toString();
        assertTrue(text.contains("input 28 x 28 -> conv1 24 x 24 x 8 -> pool1 12 x 12 x 8"), text);
        assertTrue(text.contains("read as " + read + " (" + Percent.of(prediction.confidence()) + " sure)"), text);
    }
}
