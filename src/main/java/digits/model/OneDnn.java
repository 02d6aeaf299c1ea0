package digits.model;

import java.util.Properties;
import java.util.function.Supplier;

/**
 * Lets Deeplearning4j run convolution, pooling and batch normalisation on oneDNN, Intel's fast CPU kernels.
 *
 * <p>Deeplearning4j 1.0.0-M2.1 creates these "helpers" only when the system property
 * {@value #DISABLE_HELPERS} is {@code false}, and it defaults to {@code true}. The property is read each
 * time a layer is created, so setting it before building or loading a network is enough. A value the
 * user set (for example {@code -Dorg.eclipse.deeplearning4j.helpers.disable=true}, to compare) is kept.
 * Where ND4J's native library has no oneDNN, Deeplearning4j simply finds no helper and uses its own code.
 *
 * <p>This is the one place the switch is set: {@link Cnn} and {@link ModelFiles} call it before they create
 * layers, and the course's JJava extension calls it when the kernel starts, so that a network a notebook
 * writes out in Deeplearning4j's own builder gets the helpers too; neither the kernel's JVM options nor a
 * benchmark need to set it.
 */
public final class OneDnn {

    /** Deeplearning4j's switch for its native helpers. */
    static final String DISABLE_HELPERS = "org.eclipse.deeplearning4j.helpers.disable";

    private OneDnn() {}

    /**
     * Allows the helpers unless the system property was set already, and picks the fastest native build this
     * processor runs ({@link NativeBuild#choose()}); call it before creating a network.
     */
    public static void allowHelpers() {
        NativeBuild.choose();
        allowHelpers(System.getProperties());
    }

    /**
     * Builds something (a network) with the helpers switched off, then restores the setting: its layers run
     * on Deeplearning4j's own Java code. For comparisons, as in notebook 07.
     *
     * <pre>{@code
     * var plain = OneDnn.withoutHelpers(() -> Cnn.lenet());
     * }</pre>
     */
    public static synchronized <T> T withoutHelpers(Supplier<T> build) {
        allowHelpers();
        String before = System.getProperty(DISABLE_HELPERS);
        System.setProperty(DISABLE_HELPERS, "true");
        try {
            return build.get();
        } finally {
            System.setProperty(DISABLE_HELPERS, before);
        }
    }

    /** Allows the helpers in {@code properties} unless the property is set there already. */
    static void allowHelpers(Properties properties) {
        properties.putIfAbsent(DISABLE_HELPERS, "false");
    }
}
