package digits.display;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Where a long-running cell shows its outputs: new outputs, and updates of an output already shown. In a
 * notebook this is the kernel's display, which {@code digits.jupyter} supplies as a {@link Provider}; elsewhere the
 * outputs' plain text is printed ({@link #console()}). Code that shows something takes its screen as an argument,
 * so that tests hand it one that records; {@link #current()} finds the notebook's.
 *
 * <p>Updates appear in the notebook only while the cell that showed the output is still running.
 */
public interface Screen {

    /**
     * Shows a new output under the running cell.
     *
     * @param bundle    MIME type to data, as {@link MimeBundle} makes them
     * @param displayId a name to update the output by later, or {@code null} for an output that never changes
     */
    void show(Map<String, Object> bundle, String displayId);

    /**
     * Replaces an output shown earlier with {@code displayId}, in place.
     *
     * @param displayId the name given to {@link #show}
     * @param bundle    the new contents
     */
    void update(String displayId, Map<String, Object> bundle);

    /**
     * The screen of the notebook whose cell is running now, found among the {@link Provider}s on the class path, or
     * {@link #console()} when there is none (outside a kernel, or in code the kernel runs outside a cell).
     *
     * @return the screen to show this cell's outputs on
     */
    static Screen current() {
        return notebook().orElseGet(Screen::console);
    }

    /**
     * The screen of the notebook whose cell is running now, found among the {@link Provider}s on the class path.
     *
     * @return that screen, or nothing outside a kernel or in code the kernel runs outside a cell
     */
    static Optional<Screen> notebook() {
        try {
            for (Provider provider : ServiceLoader.load(Provider.class, Screen.class.getClassLoader())) {
                Optional<Screen> screen = provider.screen();
                if (screen.isPresent()) {
                    return screen;
                }
            }
        } catch (ServiceConfigurationError | LinkageError noKernel) {
            // a provider whose kernel classes are not on the class path: no notebook here
        }
        return Optional.empty();
    }

    /**
     * Supplies the screen of the environment the code runs in. Registered in
     * {@code META-INF/services/digits.display.Screen$Provider}; {@code digits.jupyter} registers the kernel's.
     */
    interface Provider {

        /** @return the screen of the cell running now, or nothing when no cell runs */
        Optional<Screen> screen();
    }

    /** @return a screen that prints each output's {@code text/plain} on standard output (outside a notebook) */
    static Screen console() {
        return new Screen() {
            @Override
            public void show(Map<String, Object> bundle, String displayId) {
                System.out.println(bundle.getOrDefault("text/plain", ""));
            }

            @Override
            public void update(String displayId, Map<String, Object> bundle) {
                System.out.println(bundle.getOrDefault("text/plain", ""));
            }
        };
    }
}
