package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ChartTest {

    private final Table counts = Table.create(
            "counts",
            IntColumn.create("digit", 0, 1, 2),
            IntColumn.create("images", 5923, 6742, 5958),
            StringColumn.create("note", "a", "b", "c"));

    @Test
    @SuppressWarnings("unchecked")
    void barChartBecomesPlotlyJsonWithTheTablesData() {
        Map<String, Object> json =
                Chart.bars("Images per digit", counts, "digit", "images").plotlyJson();
        List<Map<String, Object>> data = (List<Map<String, Object>>) json.get("data");
        assertEquals(1, data.size());
        assertEquals("bar", data.get(0).get("type"));
        assertEquals(List.of("0", "1", "2"), data.get(0).get("x"));
        assertEquals(List.of(5923.0, 6742.0, 5958.0), data.get(0).get("y"));
        Map<String, Object> layout = (Map<String, Object>) json.get("layout");
        assertEquals(Map.of("text", "Images per digit"), layout.get("title"));
        assertEquals(Map.of("text", "digit"), ((Map<String, Object>) layout.get("xaxis")).get("title"));
        assertEquals(Map.of("text", "images"), ((Map<String, Object>) layout.get("yaxis")).get("title"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void lineChartHasOneTracePerColumn() {
        Table history = Table.create(
                "history",
                IntColumn.create("epoch", 1, 2, 3),
                DoubleColumn.create("loss", 0.3, 0.1, 0.05),
                DoubleColumn.create("val loss", 0.2, 0.12, 0.09));
        Chart chart = Chart.lines("Loss", history, "epoch", "loss", "loss", "val loss");
        List<Map<String, Object>> data =
                (List<Map<String, Object>>) chart.plotlyJson().get("data");
        assertEquals(2, data.size());
        assertEquals("val loss", data.get(1).get("name"));
        assertEquals(List.of(0.2, 0.12, 0.09), data.get(1).get("y"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void linesTakeTheSeriesColoursInPlotlyAsInThePictureAndNoneIsRed() {
        Table table = Table.create("t", IntColumn.create("x", 1, 2));
        String[] names = new String[5];
        for (int i = 0; i < names.length; i++) {
            names[i] = "line " + i;
            table.addColumns(DoubleColumn.create(names[i], i, i + 0.5));
        }
        Chart chart = Chart.lines("Five lines", table, "x", "y", names);
        List<Map<String, Object>> data =
                (List<Map<String, Object>>) chart.plotlyJson().get("data");
        BufferedImage picture = chart.picture();
        for (int i = 0; i < names.length; i++) {
            String colour = Palette.hex(Palette.SERIES.get(i));
            assertEquals(colour, ((Map<String, Object>) data.get(i).get("line")).get("color"), names[i]);
            assertTrue(hasColour(picture, Palette.SERIES.get(i).getRGB()), names[i] + " drawn in " + colour);
        }
        assertFalse(Palette.SERIES.contains(Palette.RED), "red means a wrong answer, never a series");
        assertFalse(hasColour(picture, Palette.RED.getRGB()));
    }

    private static boolean hasColour(BufferedImage picture, int rgb) {
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (picture.getRGB(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void staticPictureShowsTheBars() {
        BufferedImage picture =
                Chart.bars("Images per digit", counts, "digit", "images").picture();
        assertEquals(Chart.WIDTH, picture.getWidth());
        assertEquals(Chart.HEIGHT, picture.getHeight());
        int blue = Palette.BLUE.getRGB();
        long bluePixels = 0;
        for (int x = 0; x < picture.getWidth(); x++) {
            for (int y = 0; y < picture.getHeight(); y++) {
                bluePixels += picture.getRGB(x, y) == blue ? 1 : 0;
            }
        }
        assertTrue(bluePixels > 10_000, "bars drawn: " + bluePixels + " blue pixels");
    }

    @Test
    void wrongColumnsAreNamedInTheError() {
        var missing = assertThrows(IllegalArgumentException.class, () -> Chart.bars("x", counts, "digit", "pictures"));
        assertTrue(
                missing.getMessage().contains("'pictures'")
                        && missing.getMessage().contains("images"),
                missing.getMessage());
        var text = assertThrows(IllegalArgumentException.class, () -> Chart.bars("x", counts, "digit", "note"));
        assertTrue(text.getMessage().contains("'note'") && text.getMessage().contains("numbers"), text.getMessage());
    }

    @Test
    void niceRangesEndOnRoundTicks() {
        double[] range = ChartPainter.niceRange(0, 6742);
        assertEquals(0, range[0]);
        assertEquals(7000, range[1]);
        assertEquals(1000, range[2]);
    }

    @Test
    void longBarLabelsWrapAtSpacesToFitTheirBar() {
        var metrics = Pictures.pen(Pictures.white(10, 10), true).getFontMetrics(Palette.CAPTION);
        int narrow = metrics.stringWidth("4 no input") + 2;
        assertEquals(List.of("4 no input", "gradient"), ChartPainter.wrap("4 no input gradient", metrics, narrow));
        assertEquals(List.of("4 no input gradient"), ChartPainter.wrap("4 no input gradient", metrics, 1_000));
        assertEquals(List.of("incomprehensibilities"), ChartPainter.wrap("incomprehensibilities", metrics, 5));
    }

    @Test
    void aPercentageAxisEndsAt100() {
        double[] seconds = {7, 13, 19};
        double[][] accuracy = {{60.5, 97.3, 97.4}};
        assertEquals(
                100.0,
                ChartPainter.lines("t", "seconds", "validation accuracy (%)", seconds, List.of("run"), accuracy)
                        .yRange()[1]);
        assertEquals(
                110.0,
                ChartPainter.lines("t", "seconds", "validation accuracy", seconds, List.of("run"), accuracy)
                        .yRange()[1]);
        double[][] above = {{60.5, 97.3, 140}};
        assertEquals(
                160.0,
                ChartPainter.lines("t", "seconds", "growth (%)", seconds, List.of("run"), above)
                        .yRange()[1]);

        // the interactive chart's axis too, not only the picture's
        Table table =
                Table.create("t", DoubleColumn.create("seconds", seconds), DoubleColumn.create("run", accuracy[0]));
        Map<?, ?> layout = (Map<?, ?>) Chart.lines("t", table, "seconds", "validation accuracy (%)", "run")
                .plotlyJson()
                .get("layout");
        assertEquals(
                "[50.0, 100.0]", String.valueOf(((Map<?, ?>) layout.get("yaxis")).get("range")), layout.toString());
    }

    @Test
    void theLegendMovesDownWhenTheLinesEndInTheUpperRightCorner() {
        // The legend's colour swatch sits 170 px from the plot's right edge: near the top, or near the bottom.
        int swatchX = 78 + (Chart.WIDTH - 78 - 24) - 170 + 9;
        int top = 48 + 8 - 3;
        int bottom = 48 + (Chart.HEIGHT - 48 - 56) - 18 - 3;
        Table rising = Table.create("rising", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 10, 50, 90));
        Table falling =
                Table.create("falling", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 90, 50, 10));
        BufferedImage up = Chart.lines("up", rising, "x", "y", "y").picture();
        BufferedImage down = Chart.lines("down", falling, "x", "y", "y").picture();
        int blue = Palette.BLUE.getRGB();
        assertEquals(blue, up.getRGB(swatchX, bottom), "legend at the bottom for a rising line");
        assertTrue(up.getRGB(swatchX, top) != blue);
        assertEquals(blue, down.getRGB(swatchX, top), "legend at the top for a falling line");
        assertTrue(down.getRGB(swatchX, bottom) != blue);
    }
}
