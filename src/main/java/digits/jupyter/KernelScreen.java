package digits.jupyter;

import digits.display.Screen;
import java.util.Map;
import java.util.Optional;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.DisplayStream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * The notebook's display as a {@link Screen}: outputs under the running cell, updated in place by their
 * {@code display_id} (a transient field, which every JJava version passes on).
 */
final class KernelScreen implements Screen {

    private final DisplayStream stream;

    /**
     * @param stream where the kernel sends displays
     */
    KernelScreen(DisplayStream stream) {
        this.stream = stream;
    }

    /**
     * The screen of the cell the kernel runs now: {@link Screen#current()} finds it through
     * {@code META-INF/services/digits.display.Screen$Provider}.
     */
    public static final class Provider implements Screen.Provider {

        /** Made by {@link java.util.ServiceLoader}. */
        public Provider() {}

        @Override
        public Optional<Screen> screen() {
            BaseKernel kernel;
            try {
                kernel = BaseKernel.notebookKernel();
            } catch (NullPointerException noKernel) {
                return Optional.empty(); // JJava's answer outside a kernel: "No kernel running"
            }
            return of(kernel);
        }

        /** The kernel's display while one of its cells runs; nothing outside a kernel or a cell. */
        static Optional<Screen> of(BaseKernel kernel) {
            if (kernel == null || !kernel.getIO().display.isAttached()) {
                return Optional.empty();
            }
            return Optional.of(new KernelScreen(kernel.getIO().display));
        }
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
