package digits.pad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.display.PadPicture;
import digits.display.Pictures;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrawingPadTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../my-digit.png",
                "sub/my-digit.png",
                "/tmp/x.png",
                "a\\b.png",
                "..png",
                "x..png",
                "my digit.png",
                "my-digit.jpg",
                "my-digit",
                ".hidden.png",
                ""
            })
    void refusesNamesThatCouldPointOutsideTheNotebooksFolder(String name) {
        var e = assertThrows(IllegalArgumentException.class, () -> DrawingPad.of(name));
        assertTrue(e.getMessage().contains("\"" + name + "\""), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> DrawingPad.of(null));
    }

    @Test
    void outputCarriesTheLivePadAndAStillPictureForWhereScriptsDoNotRun() {
        Map<String, Object> bundle = DrawingPad.of("my-digit.png").mimeBundle();
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
    void eachPadIsANewEmptyPad() {
        DrawingPad first = DrawingPad.of("a.png");
        DrawingPad second = DrawingPad.of("a.png");
        assertNotEquals(first.id(), second.id(), "a fresh element id each time");
        String html = (String) first.mimeBundle().get("text/html");
        assertTrue(html.startsWith("<div id=\"" + first.id() + "\">"), html);
        assertTrue(html.contains("document.getElementById('" + first.id() + "')"), "the script finds its own pad");
        assertArrayEquals(
                pixels(PadPicture.empty(DrawingPad.SIZE)),
                pixels(first.stillPicture()),
                "the still picture is the empty pad");
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void theLivePadNamesItsStatusFileItsReadingAndItsLimits() {
        DrawingPad pad = DrawingPad.live(
                "my-digit.png", "abc-123", java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(2));
        assertTrue(pad.isLive());
        assertEquals("digits-reading-abc-123", pad.readingId());
        Map<String, Object> bundle = pad.mimeBundle();
        String html = (String) bundle.get("text/html");
        assertTrue(html.contains("id=\"digits-pad-abc-123\""), html);
        assertTrue(
                html.contains("const live = { status: 'my-digit.pad.json', reading: 'digits-reading-abc-123', "
                        + "session: 'abc-123', firstStroke: 30, idle: 120, stale: " + DrawingPad.STALE_SECONDS + " }"),
                html);
        assertTrue(((String) bundle.get("text/plain")).contains("after every stroke"));
        assertTrue(((String) DrawingPad.of("a.png").mimeBundle().get("text/html")).contains("const live = null;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x'; alert(1); '", "a/b", "", "<script>"})
    void aLivePadsSessionIsPlain(String session) {
        assertThrows(
                IllegalArgumentException.class,
                () -> DrawingPad.live(
                        "a.png", session, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1)));
    }

    @Test
    void theStatusFileIsTheDrawingsSibling() {
        assertEquals("my-digit.pad.json", DrawingPad.statusName("my-digit.png"));
        assertThrows(IllegalArgumentException.class, () -> DrawingPad.statusName("../my-digit.png"));
    }

    @Test
    void theReadingCarriesItsSequenceAndState() {
        DrawingPad pad =
                DrawingPad.live("a.png", "s1", java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1));
        var picture = Pictures.white(10, 10);
        String html = (String)
                pad.readingBundle(7, "live", picture, null, "Reading <1>").get("text/html");
        assertTrue(html.startsWith("<div id=\"digits-reading-s1\" data-seq=\"7\" data-state=\"live\""), html);
        assertTrue(html.contains("Reading &lt;1&gt;"), html);
        assertEquals(1, html.split("<img ", -1).length - 1, "no inside view unless asked for");
        String inside =
                (String) pad.readingBundle(8, "ended", picture, picture, "m").get("text/html");
        assertEquals(2, inside.split("<img ", -1).length - 1);
        Map<String, Object> words = pad.readingBundle(9, "ended", null, null, "m");
        assertFalse(((String) words.get("text/html")).contains("<img "), "the message alone");
        assertFalse(words.containsKey("image/png"));
        assertThrows(IllegalArgumentException.class, () -> pad.readingBundle(10, "finished", picture, null, "m"));
    }

    @Test
    void aPictureTakesThePadsPlaceWithoutItsScript() {
        DrawingPad pad =
                DrawingPad.live("a.png", "s1", java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1));
        Map<String, Object> bundle = pad.pictureBundle(Pictures.white(30, 20), "a \"pad\" in use");
        String html = (String) bundle.get("text/html");
        assertTrue(html.startsWith("<div id=\"digits-pad-s1\"><img "), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("alt=\"a &quot;pad&quot; in use\""), html);
        assertEquals("a \"pad\" in use", bundle.get("text/plain"));
        assertTrue(bundle.containsKey("image/png"));
    }
}
