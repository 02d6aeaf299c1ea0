package digits.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.display.Chart;
import digits.display.DigitGrid;
import digits.display.MimeBundle;
import digits.pad.DrawingPad;
import java.awt.image.BufferedImage;
import java.util.Base64;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Renders the library's types through a real JJava renderer, without starting a kernel. */
class DigitsExtensionTest {

    private final Renderer renderer = new Renderer();

    DigitsExtensionTest() {
        DigitsExtension.register(renderer);
    }

    private static boolean isPng(Object base64) {
        byte[] bytes = Base64.getDecoder().decode((String) base64);
        return bytes.length > 8 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    @Test
    void tablesShowAsHtml() {
        Table table = Table.create("t", IntColumn.create("digit", 1, 2));
        DisplayData shown = renderer.render(table);
        assertTrue(String.valueOf(shown.getData(MIMEType.TEXT_HTML)).startsWith("<table"));
        assertTrue(shown.hasDataForType(MIMEType.TEXT_PLAIN));
    }

    @Test
    void chartsCarryThePlotlyFigureAndAStaticPicture() throws Exception {
        Table table = Table.create("t", IntColumn.create("digit", 1, 2), IntColumn.create("images", 3, 4));
        DisplayData shown = renderer.render(Chart.bars("c", table, "digit", "images"));
        assertTrue(shown.hasDataForType(MIMEType.parse(MimeBundle.PLOTLY)));
        assertTrue(isPng(shown.getData(MIMEType.IMAGE_PNG)));
        assertEquals("Chart[c]", shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void digitsAndPicturesShowAsPng() {
        DigitSet set = DigitSet.of("tiny", new byte[2 * DigitImage.PIXELS], new byte[] {3, 4});
        DisplayData shownSet = renderer.render(set);
        assertTrue(isPng(shownSet.getData(MIMEType.IMAGE_PNG)));
        assertEquals("tiny: 2 digits", shownSet.getData(MIMEType.TEXT_PLAIN));
        assertTrue(isPng(renderer.render(set.get(0)).getData(MIMEType.IMAGE_PNG)));
        DisplayData picture = renderer.render(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB));
        assertEquals("picture, 30 x 20 pixels", picture.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aDigitGridShowsItsPictureWithoutCallingPicture() {
        DigitSet set = DigitSet.of("tiny", new byte[2 * DigitImage.PIXELS], new byte[] {3, 4});
        DigitGrid grid = DigitGrid.builder()
                .add(set.get(0), "a")
                .addHighlighted(set.get(1), "b")
                .build();
        DisplayData shown = renderer.render(grid);
        assertTrue(isPng(shown.getData(MIMEType.IMAGE_PNG)));
        assertEquals("DigitGrid[2 digits, one row]", shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aDrawingPadShowsAsItsPadWithAStillPicture() {
        DrawingPad pad = DrawingPad.of("my-digit.png");
        DisplayData shown = renderer.render(pad);
        assertTrue(String.valueOf(shown.getData(MIMEType.TEXT_HTML)).startsWith("<div id=\"" + pad.id() + "\">"));
        assertTrue(isPng(shown.getData(MIMEType.IMAGE_PNG)), "the still picture for where scripts do not run");
        assertEquals(pad.mimeBundle().get("text/plain"), shown.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void everyPreImportNamesAClassOrAPackageThatExists() throws Exception {
        ClassLoader loader = DigitsExtension.class.getClassLoader();
        for (String name : DigitsExtension.IMPORTS) {
            if (name.endsWith(".*")) {
                String pkg = name.substring(0, name.length() - 2);
                assertTrue(
                        Object.class.getModule().getPackages().contains(pkg)
                                || loader.getResources(pkg.replace('.', '/')).hasMoreElements(),
                        "no package " + name);
            } else {
                Class.forName(name, false, loader);
            }
        }
        assertTrue(DigitsExtension.importStatements().lines().allMatch(l -> l.matches("import [\\w.]+(\\.\\*)?;")));
    }
}
