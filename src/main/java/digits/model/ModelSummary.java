package digits.model;

import digits.display.TableHtml;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a network is made of, one row per layer: its kind, the shape of what it
 * outputs for one image, and how many parameters (weights and biases) it learns.
 *
 * <pre>{@code
 * ModelSummary summary = ModelSummary.of(model);
 * summary.totalParameters();   // 431080 for LeNet
 * summary.table();             // a Tablesaw table, last row "total"
 * System.out.println(summary); // the same table as plain text
 * }</pre>
 */
public final class ModelSummary {

    private final Table table;
    private final long totalParameters;

    private ModelSummary(Table table, long totalParameters) {
        this.table = table;
        this.totalParameters = totalParameters;
    }

    /** Summary of a network built by {@link Cnn}: the input type is read from its first layer. */
    public static ModelSummary of(MultiLayerNetwork network) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        if (conf.getInputPreProcess(0) instanceof FeedForwardToCnnPreProcessor flat) {
            return of(
                    network,
                    InputType.convolutionalFlat(flat.getInputHeight(), flat.getInputWidth(), flat.getNumChannels()));
        }
        throw new IllegalArgumentException(
                "cannot tell what this network takes as input: use ModelSummary.of(network, inputType)");
    }

    /** Summary of any multi-layer network, given the type of its input (e.g. {@code InputType.convolutionalFlat(28, 28, 1)}). */
    public static ModelSummary of(MultiLayerNetwork network, InputType input) {
        List<InputType> outputs = network.getLayerWiseConfigurations().getLayerActivationTypes(input);
        StringColumn layer = StringColumn.create("layer");
        StringColumn kind = StringColumn.create("kind");
        StringColumn shape = StringColumn.create("output shape");
        LongColumn parameters = LongColumn.create("parameters");
        long total = 0;
        for (int i = 0; i < network.getnLayers(); i++) {
            Layer conf = network.getLayer(i).conf().getLayer();
            long count = network.getLayer(i).numParams();
            layer.append(conf.getLayerName() != null ? conf.getLayerName() : "layer " + i);
            kind.append(kindOf(conf));
            shape.append(shapeOf(outputs.get(i)));
            parameters.append(count);
            total += count;
        }
        layer.append("total");
        kind.append("");
        shape.append("");
        parameters.append(total);
        return new ModelSummary(Table.create("model summary", layer, kind, shape, parameters), total);
    }

    /** All parameters the network learns. */
    public long totalParameters() {
        return totalParameters;
    }

    /** One row per layer, then a "total" row. */
    public Table table() {
        return table.copy();
    }

    /** The table as aligned plain text (by {@link TableHtml#text}), parameters with thousands separators. */
    @Override
    public String toString() {
        return TableHtml.text(table);
    }

    private static String kindOf(Layer layer) {
        if (layer instanceof ConvolutionLayer) {
            return "Convolution";
        } else if (layer instanceof SubsamplingLayer s) {
            return "Subsampling (" + s.getPoolingType().toString().toLowerCase(Locale.ROOT) + " pool)";
        } else if (layer instanceof BatchNormalization) {
            return "Batch normalisation";
        } else if (layer instanceof OutputLayer) {
            return "Output";
        } else if (layer instanceof DenseLayer) {
            return "Dense";
        } else if (layer instanceof DropoutLayer) {
            return "Dropout";
        }
        return layer.getClass().getSimpleName();
    }

    private static String shapeOf(InputType type) {
        if (type instanceof InputType.InputTypeConvolutional c) {
            return c.getHeight() + " x " + c.getWidth() + " x " + c.getChannels();
        } else if (type instanceof InputType.InputTypeConvolutionalFlat f) {
            return f.getHeight() + " x " + f.getWidth() + " x " + f.getDepth();
        } else if (type instanceof InputType.InputTypeFeedForward f) {
            return String.valueOf(f.getSize());
        }
        return type.toString();
    }
}
