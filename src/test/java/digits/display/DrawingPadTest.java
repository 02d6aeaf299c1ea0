package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DrawingPadTest {

    @ParameterizedTest
    @ValueSource(strings = {"../my-digit.png", "sub/my-digit.png", "/tmp/x.png", "a\\b.png", "..png", "x..png",
        "my digit.png", "my-digit.jpg", "my-digit", ".hidden.png", ""})
    void refusesNamesThatCouldPointOutsideTheNotebooksFolder(String name) {
        var e = assertThrows(IllegalArgumentException.class, () -> DrawingPad.show(name));
        assertTrue(e.getMessage().contains("\"" + name + "\""), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> DrawingPad.show(null));
    }

    @Test
    void outputCarriesTheLivePadAndAStillPictureForWhereScriptsDoNotRun() {
        Map<String, Object> bundle = DrawingPad.show("my-digit.png").mimeBundle();
        String html = (String) bundle.get("text/html");
        assertTrue(html.contains("<img src=\"data:image/png;base64,"), "still picture inside the HTML");
        assertTrue(html.contains("Run this cell in JupyterLab"), html);
        assertTrue(html.contains("const fileName = 'my-digit.png'"), "the script saves the one file name");
        assertFalse(html.contains("__ID__") || html.contains("__FILE__") || html.contains("__SIZE__"), html);
        assertTrue(html.contains("api/contents/") && html.contains("X-XSRFToken"), html);
        assertTrue(bundle.containsKey("image/png"));
        assertTrue(((String) bundle.get("text/plain")).contains("JupyterLab"));
    }

    @Test
    void eachShowIsANewEmptyPad() {
        String first = (String) DrawingPad.show("a.png").mimeBundle().get("text/html");
        String second = (String) DrawingPad.show("a.png").mimeBundle().get("text/html");
        assertFalse(first.substring(0, 60).equals(second.substring(0, 60)), "a fresh element id each time");
        assertEquals(DrawingPad.SIZE, DrawingPad.show("a.png").stillPicture().getWidth());
    }
}
