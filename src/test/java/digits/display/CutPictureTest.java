package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CutPictureTest {

    private static int[] straight(int column, int rows) {
        int[] columns = new int[rows];
        Arrays.fill(columns, column);
        return columns;
    }

    @Test
    void theChosenCutIsDrawnBlueAndTheOtherGrey() {
        float[] ink = new float[20 * 10];
        Arrays.fill(ink, 1f);
        var group = new CutPicture.Group(
                ink, 20, 10, List.of(straight(5, 10), straight(12, 10)), List.of(false, true), List.of("chosen: 41"));
        BufferedImage picture = CutPicture.paint("a test", group);
        int scale = 12; // 420 / 20, at most 12
        int top = 12 + 20 + 6, row = top + 5 * scale + scale / 2;
        assertEquals(Palette.BLUE.getRGB(), picture.getRGB(12 + 12 * scale, row), "the chosen cut, at column 12");
        assertEquals(Palette.OUTLINE.getRGB(), picture.getRGB(12 + 5 * scale, row), "a candidate cut, at column 5");
        assertTrue(picture.getWidth() >= 20 * scale, "the ink is all shown: " + picture.getWidth());
    }

    @Test
    void theTitleAndEveryLineFitWhole() {
        String title = "touching 09358: a group 28 pixels wide, 7 candidate cuts, 127 ways of cutting, all read";
        var group = new CutPicture.Group(new float[28 * 20], 28, 20, List.of(), List.of(), List.of("chosen: 35"));
        BufferedImage picture = CutPicture.paint(title, group);
        var metrics = picture.createGraphics().getFontMetrics(Palette.TITLE);
        assertTrue(
                picture.getWidth() >= metrics.stringWidth(title) + 12,
                "the title, " + metrics.stringWidth(title) + " pixels, in a picture " + picture.getWidth() + " wide");
    }

    @Test
    void inkOfTheWrongSizeIsRefusedWithTheSizes() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new CutPicture.Group(new float[10], 4, 4, List.of(), List.of(), List.of()));
        assertEquals("ink must hold width x height = 16 values, not 10", e.getMessage());
    }
}
