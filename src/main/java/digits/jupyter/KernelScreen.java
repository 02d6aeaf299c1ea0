package digits.jupyter;

import digits.display.Screen;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.DisplayStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The notebook's display as a {@link Screen}: outputs under the running cell, updated in place by their
 * {@code display_id} (a transient field, as {@link LiveProgress} sends it, which every JJava version passes on).
 */
final class KernelScreen implements Screen {

    private final DisplayStream stream;

    /**
     * @param stream where the kernel sends displays
     */
    KernelScreen(DisplayStream stream) {
        this.stream = stream;
    }

    @Override
    public void show(Map<String, Object> bundle, String displayId) {
        DisplayData data = data(bundle);
        if (displayId != null) {
            data.putTransientData("display_id", displayId);
        }
        stream.display(data);
    }

    @Override
    public void update(String displayId, Map<String, Object> bundle) {
        stream.updateDisplay(displayId, data(bundle));
    }

    private static DisplayData data(Map<String, Object> bundle) {
        DisplayData data = new DisplayData();
        bundle.forEach(data::putData);
        return data;
    }
}
