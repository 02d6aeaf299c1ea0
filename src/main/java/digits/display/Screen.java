package digits.display;

import java.util.Map;

/**
 * Where a long-running cell shows its outputs: new outputs, and updates of an output already shown. In a
 * notebook this is the kernel's display (set up by {@code digits.jupyter.DigitsExtension}); elsewhere the
 * outputs' plain text is printed.
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
