package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PicturesTest {

    @Test
    void anEnlargedPictureRepeatsEachPixelAsASquare() {
        BufferedImage picture = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, Color.BLACK.getRGB());
        picture.setRGB(1, 0, Color.WHITE.getRGB());
        BufferedImage big = Pictures.enlarged(picture, 3);
        assertEquals(6, big.getWidth());
        assertEquals(3, big.getHeight());
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 6; x++) {
                Color expected = x < 3 ? Color.BLACK : Color.WHITE;
                assertEquals(expected.getRGB(), big.getRGB(x, y), "pixel " + x + ", " + y);
            }
        }
    }

    @Test
    void enlargingTooFarIsRefusedWithTheValue() {
        BufferedImage picture = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pictures.enlarged(picture, 17));
        assertEquals("times must be 1 to 16, not 17", e.getMessage());
    }

    @Test
    void aShrunkPictureKeepsItsProportionsAndItsShades() {
        BufferedImage tall = new BufferedImage(520, 1200, BufferedImage.TYPE_INT_RGB);
        var g = tall.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 520, 600);
        g.dispose(); // white above, black below
        BufferedImage small = Pictures.shrunk(tall, 400);
        assertEquals(400, small.getHeight());
        assertEquals(173, small.getWidth());
        assertEquals(0xFFFFFF, small.getRGB(86, 100) & 0xFFFFFF);
        assertEquals(0, small.getRGB(86, 300) & 0xFFFFFF);
        assertEquals(520, Pictures.shrunk(tall, 2_000).getWidth(), "never made larger");
    }

    @Test
    void theStepsPictureIsWideEnoughForItsLongestCaption() {
        BufferedImage small = Pictures.white(40, 20);
        boolean[] none = new boolean[40 * 20];
        int[] components = new int[40 * 20];
        Arrays.fill(components, -1);
        var steps = new NumberPictures.Steps("tiny", small, none, none, components, 0, List.of(), List.of());
        BufferedImage picture = NumberPictures.steps(steps);
        int captionWidth = Pictures.pen(Pictures.white(1, 1), false)
                .getFontMetrics(Palette.CAPTION)
                .stringWidth("4. 0 digits: parts put together, specks dropped, touching digits cut");
        assertTrue(
                picture.getWidth() >= captionWidth + 2 * NumberPictures.GAP,
                "width " + picture.getWidth() + " for a caption " + captionWidth + " pixels wide");
    }
}
