package digits.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.display.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.dflib.jjava.jupyter.kernel.DisplayStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** Outputs reach the kernel's display stream with the display_id that updates them in place. */
class KernelScreenTest {

    /** Records what would be sent to the notebook. */
    static final class RecordingStream extends DisplayStream {
        final List<DisplayData> shown = new ArrayList<>();
        final List<String> updatedIds = new ArrayList<>();
        final List<DisplayData> updates = new ArrayList<>();

        @Override
        public void display(DisplayData data) {
            shown.add(data);
        }

        @Override
        public void updateDisplay(String id, DisplayData data) {
            updatedIds.add(id);
            updates.add(data);
        }
    }

    @Test
    void anOutputShownWithAnIdIsUpdatedByThatId() {
        RecordingStream stream = new RecordingStream();
        KernelScreen screen = new KernelScreen(stream);
        screen.show(Map.of("text/plain", "the pad"), null);
        screen.show(Map.of("text/plain", "waiting", "text/html", "<div>waiting</div>"), "digits-reading-1");
        screen.update("digits-reading-1", Map.of("text/plain", "reading 1"));

        assertEquals(2, stream.shown.size());
        assertFalse(stream.shown.get(0).hasDisplayId(), "the pad never changes: no id");
        assertEquals("digits-reading-1", stream.shown.get(1).getDisplayId());
        assertEquals("<div>waiting</div>", stream.shown.get(1).getData(MIMEType.TEXT_HTML));
        assertEquals(List.of("digits-reading-1"), stream.updatedIds);
        assertEquals("reading 1", stream.updates.get(0).getData(MIMEType.TEXT_PLAIN));
        assertNull(stream.updates.get(0).getData(MIMEType.TEXT_HTML), "an update replaces the whole output");
    }

    @Test
    void theKernelsScreenIsAServiceThatOnlyAKernelHas() {
        assertTrue(
                ServiceLoader.load(Screen.Provider.class).stream()
                        .anyMatch(p -> p.type() == KernelScreen.Provider.class),
                "registered in META-INF/services");
        assertTrue(KernelScreen.Provider.of(null).isEmpty(), "no kernel, no notebook screen");
        assertTrue(new KernelScreen.Provider().screen().isEmpty(), "no kernel runs in the unit tests");
        assertFalse(Screen.current() instanceof KernelScreen, "outside a kernel the outputs are printed");
    }
}
