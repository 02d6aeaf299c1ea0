package digits.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.learning.config.IUpdater;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Two networks compared part by part: each layer's name, kind, activation, number of parameters and their
 * starting values, and the settings of the whole network (seed, optimiser, cache mode). It says what is the same and what is not, such as
 * a network written out in Deeplearning4j's builder against the one {@code Cnn.build} makes.
 *
 * <pre>{@code
 * var comparison = NetworkComparison.of("written out", model, "Cnn.build", Cnn.build(CnnSpec.lenet()));
 * System.out.println(comparison.summary());
 * comparison.table()
 * }</pre>
 */
public final class NetworkComparison {

    private record Part(String name, String first, String second) {
        boolean same() {
            return first.equals(second);
        }
    }

    private final String firstName;
    private final String secondName;
    private final List<Part> parts;

    private NetworkComparison(String firstName, String secondName, List<Part> parts) {
        this.firstName = firstName;
        this.secondName = secondName;
        this.parts = List.copyOf(parts);
    }

    /**
     * @param firstName  what to call the first network in the table
     * @param first      a network, initialised
     * @param secondName what to call the second
     * @param second     another network, initialised
     * @return the comparison
     */
    public static NetworkComparison of(
            String firstName, MultiLayerNetwork first, String secondName, MultiLayerNetwork second) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("layers", String.valueOf(first.getnLayers()), String.valueOf(second.getnLayers())));
        for (int i = 0; i < Math.min(first.getnLayers(), second.getnLayers()); i++) {
            boolean sameValues = first.getLayer(i).numParams() == 0
                    || first.getLayer(i).params().equals(second.getLayer(i).params());
            parts.add(new Part("layer " + (i + 1), describe(first, i, true), describe(second, i, sameValues)));
        }
        parts.add(new Part(
                "seed",
                String.valueOf(first.getLayerWiseConfigurations().getConf(0).getSeed()),
                String.valueOf(second.getLayerWiseConfigurations().getConf(0).getSeed())));
        parts.add(new Part("optimiser", updater(first), updater(second)));
        parts.add(new Part(
                "cache mode",
                String.valueOf(first.getLayerWiseConfigurations().getCacheMode()),
                String.valueOf(second.getLayerWiseConfigurations().getCacheMode())));
        return new NetworkComparison(firstName, secondName, parts);
    }

    /** "conv1: ConvolutionLayer, relu, 520 parameters", with "(other starting values)" where they differ. */
    private static String describe(MultiLayerNetwork network, int index, boolean sameValues) {
        Layer layer = network.getLayer(index).conf().getLayer();
        String activation =
                layer instanceof BaseLayer base && base.getActivationFn() != null ? ", " + base.getActivationFn() : "";
        return String.format(
                Locale.ROOT,
                "%s: %s%s, %,d parameters%s",
                layer.getLayerName(),
                layer.getClass().getSimpleName(),
                activation,
                network.getLayer(index).numParams(),
                sameValues ? "" : " (other starting values)");
    }

    /** "Adam, learning rate 0.001": the first layer's optimiser (Deeplearning4j gives each layer its own). */
    private static String updater(MultiLayerNetwork network) {
        for (int i = 0; i < network.getnLayers(); i++) {
            if (network.getLayer(i).conf().getLayer() instanceof BaseLayer base && base.getIUpdater() != null) {
                IUpdater updater = base.getIUpdater();
                return String.format(
                        Locale.ROOT,
                        "%s, learning rate %s",
                        updater.getClass().getSimpleName(),
                        updater.hasLearningRate() ? String.valueOf(updater.getLearningRate(0, 0)) : "none");
            }
        }
        return "none";
    }

    /** @return the parts in which the two networks differ, as "cache mode: NONE in written out; DEVICE in Cnn.build" */
    public List<String> differences() {
        return parts.stream()
                .filter(p -> !p.same())
                .map(p -> p.name() + ": " + p.first() + " in " + firstName + "; " + p.second() + " in " + secondName)
                .toList();
    }

    /** @return how many parts are the same, and each difference, in one or two sentences */
    public String summary() {
        long same = parts.stream().filter(Part::same).count();
        List<String> differences = differences();
        return String.format(
                Locale.ROOT,
                "%d of %d parts compared are the same%s",
                same,
                parts.size(),
                differences.isEmpty()
                        ? ", that is all of them."
                        : "; they differ in " + differences.size() + ":\n- " + String.join("\n- ", differences));
    }

    /** @return a table "FIRST against SECOND": "part", one column per network, "same" ("yes" or "no") */
    public Table table() {
        StringColumn part = StringColumn.create("part"),
                a = StringColumn.create(firstName),
                b = StringColumn.create(secondName),
                same = StringColumn.create("same");
        for (Part p : parts) {
            part.append(p.name());
            a.append(p.first());
            b.append(p.second());
            same.append(p.same() ? "yes" : "no");
        }
        return Table.create(firstName + " against " + secondName, part, a, b, same);
    }

    @Override
    public String toString() {
        return summary();
    }
}
