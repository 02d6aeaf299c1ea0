package digits.jupyter;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.display.Chart;
import digits.display.DrawingPad;
import digits.display.MimeBundle;
import digits.model.ModelSummary;
import digits.training.TrainingHistory;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.function.Function;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import tech.tablesaw.api.Table;

/**
 * Teaches the JJava kernel how to show the library's types: a cell that ends in a table, a chart
 * or a digit shows it as a picture or an HTML table instead of its {@code toString()}.
 *
 * <p>The kernel finds this class through {@code META-INF/services} when the library's jar is on
 * its classpath; nothing needs to be called from a notebook.
 */
public final class DigitsExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        register(kernel.getRenderer());
    }

    /**
     * Registers a renderer for each of the library's displayable types.
     *
     * @param renderer the kernel's renderer
     */
    public static void register(Renderer renderer) {
        register(renderer, Table.class, MimeBundle::of, "text/html", "text/plain");
        register(renderer, BufferedImage.class, MimeBundle::of, "image/png", "text/plain");
        register(renderer, DigitImage.class, MimeBundle::of, "image/png", "text/plain");
        register(renderer, DigitSet.class, MimeBundle::of, "image/png", "text/plain");
        register(renderer, ModelSummary.class, summary -> MimeBundle.of(summary.table()), "text/html", "text/plain");
        register(renderer, TrainingHistory.class, history -> MimeBundle.of(history.table()), "text/html",
                "text/plain");
        register(renderer, DrawingPad.class, DrawingPad::mimeBundle, "text/html", "image/png", "text/plain");
        register(renderer, Chart.class, MimeBundle::of, MimeBundle.PLOTLY, "image/png", "text/plain");
    }

    private static <T> void register(Renderer renderer, Class<T> type, Function<T, Map<String, Object>> bundle,
            String... mimeTypes) {
        renderer.createRegistration(type)
                .preferring(mimeTypes)
                .supporting(mimeTypes)
                .register((value, context) -> copy(bundle.apply(value), context.getOutputContainer()));
    }

    private static void copy(Map<String, Object> bundle, DisplayData output) {
        bundle.forEach(output::putData);
    }
}
