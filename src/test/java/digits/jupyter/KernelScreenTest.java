package digits.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** The live pad's outputs reach the kernel's display stream with the display_id that updates them in place. */
class KernelScreenTest {

    @Test
    void anOutputShownWithAnIdIsUpdatedByThatId() {
        LiveProgressTest.RecordingStream stream = new LiveProgressTest.RecordingStream();
        KernelScreen screen = new KernelScreen(stream);
        screen.show(Map.of("text/plain", "the pad"), null);
        screen.show(Map.of("text/plain", "waiting", "text/html", "<div>waiting</div>"), "digits-reading-1");
        screen.update("digits-reading-1", Map.of("text/plain", "reading 1"));

        assertEquals(2, stream.shown.size());
        assertFalse(stream.shown.get(0).hasDisplayId(), "the pad never changes: no id");
        assertEquals("digits-reading-1", stream.shown.get(1).getDisplayId());
        assertEquals("<div>waiting</div>", stream.shown.get(1).getData(MIMEType.TEXT_HTML));
        assertEquals(java.util.List.of("digits-reading-1"), stream.updatedIds);
        assertEquals("reading 1", stream.updates.get(0).getData(MIMEType.TEXT_PLAIN));
        assertTrue(stream.updates.get(0).getData(MIMEType.TEXT_HTML) == null);
    }
}
