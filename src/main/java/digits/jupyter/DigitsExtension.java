package digits.jupyter;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.display.Chart;
import digits.display.DigitGrid;
import digits.display.InsideView;
import digits.display.MimeBundle;
import digits.model.ModelSummary;
import digits.model.OneDnn;
import digits.pad.DrawingPad;
import digits.training.TrainingHistory;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import tech.tablesaw.api.Table;

/**
 * Wires the library into the JJava kernel when the kernel starts, so that a notebook needs no set-up
 * code beyond {@code var course = Course.start();}:
 *
 * <ul>
 *   <li>it imports the course's packages ({@link #IMPORTS}), so that no notebook cell has an
 *       {@code import} line (JJava 1.0a6 resets earlier variables when a later cell imports);
 *   <li>it lets Deeplearning4j run convolutions on oneDNN ({@link OneDnn}) for every network a cell builds;
 *   <li>the notebook's display reaches live training progress and the live drawing pad through
 *       {@code KernelScreen.Provider}, a service the library finds on its own ({@code Screen.current()});
 *   <li>it teaches the kernel how to show the library's types: a cell that ends in a table, a chart
 *       or a digit shows it as a picture or an HTML table instead of its {@code toString()}.
 * </ul>
 *
 * <p>The kernel finds this class through {@code META-INF/services} when the library's jar is on
 * its classpath; nothing needs to be called from a notebook.
 */
public final class DigitsExtension implements Extension {

    /** What every notebook may use without importing it: the course's packages and the few others its cells name. */
    public static final List<String> IMPORTS = List.of(
            "digits.*",
            "digits.data.*",
            "digits.image.*",
            "digits.preprocessing.*",
            "digits.features.*",
            "digits.model.*",
            "digits.training.*",
            "digits.evaluation.*",
            "digits.owndigits.*",
            "digits.photos.*",
            "digits.numbers.*",
            "digits.numbers.composed.*",
            "digits.pad.*",
            "digits.bench.*",
            "digits.display.*",
            "tech.tablesaw.api.*",
            "java.util.*",
            "java.nio.file.*",
            // what notebook 04 needs to spell out the network in Deeplearning4j's own words
            "org.deeplearning4j.nn.conf.NeuralNetConfiguration",
            "org.deeplearning4j.nn.conf.CacheMode",
            "org.deeplearning4j.nn.conf.MultiLayerConfiguration",
            "org.deeplearning4j.nn.conf.inputs.InputType",
            "org.deeplearning4j.nn.conf.layers.ConvolutionLayer",
            "org.deeplearning4j.nn.conf.layers.SubsamplingLayer",
            "org.deeplearning4j.nn.conf.layers.PoolingType",
            "org.deeplearning4j.nn.conf.layers.DenseLayer",
            "org.deeplearning4j.nn.conf.layers.OutputLayer",
            "org.deeplearning4j.nn.multilayer.MultiLayerNetwork",
            "org.deeplearning4j.nn.weights.WeightInit",
            "org.nd4j.linalg.activations.Activation",
            "org.nd4j.linalg.learning.config.Adam",
            "org.nd4j.linalg.lossfunctions.LossFunctions",
            // Deeplearning4j's own evaluation and saving, which notebook 04 shows beside the course's calls
            "org.nd4j.evaluation.classification.Evaluation",
            "org.deeplearning4j.util.ModelSerializer");

    @Override
    public void install(BaseKernel kernel) {
        OneDnn.allowHelpers(); // before any cell builds a network, also one written out in Deeplearning4j's builder
        kernel.eval(importStatements());
        register(kernel.getRenderer());
    }

    /** @return {@link #IMPORTS} as Java import statements, one a line */
    static String importStatements() {
        StringBuilder code = new StringBuilder();
        IMPORTS.forEach(name -> code.append("import ").append(name).append(";\n"));
        return code.toString();
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
        register(renderer, TrainingHistory.class, history -> MimeBundle.of(history.table()), "text/html", "text/plain");
        register(renderer, DrawingPad.class, DrawingPad::mimeBundle, "text/html", "image/png", "text/plain");
        register(
                renderer,
                DigitGrid.class,
                grid -> MimeBundle.of(grid.picture(), grid.toString()),
                "image/png",
                "text/plain");
        register(
                renderer,
                InsideView.class,
                view -> MimeBundle.of(view.picture(), view.toString()),
                "image/png",
                "text/plain");
        register(renderer, Chart.class, MimeBundle::of, MimeBundle.PLOTLY, "image/png", "text/plain");
    }

    private static <T> void register(
            Renderer renderer, Class<T> type, Function<T, Map<String, Object>> bundle, String... mimeTypes) {
        renderer.createRegistration(type)
                .preferring(mimeTypes)
                .supporting(mimeTypes)
                .register((value, context) -> copy(bundle.apply(value), context.getOutputContainer()));
    }

    private static void copy(Map<String, Object> bundle, DisplayData output) {
        bundle.forEach(output::putData);
    }
}
