package digits.evaluation;

import digits.data.DigitImage;
import digits.display.InsideView;
import digits.display.LayerActivation;
import digits.model.Inference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Everything a network computes for one digit, layer by layer: the input, then each layer's output, as plain
 * numbers with their shapes (for LeNet: 28 x 28 input, 24 x 24 x 20, 12 x 12 x 20, 8 x 8 x 50, 4 x 4 x 50, 500, 10).
 * Computed with Deeplearning4j's {@code feedForward} in inference mode, so the last layer's values are exactly
 * the probabilities that {@link Predictor#predict} gives. Immutable.
 *
 * <pre>{@code
 * var inside = Activations.of(model, digit);
 * inside.layers()       // input, conv1, pool1, conv2, pool2, dense, output
 * }</pre>
 *
 * <p>{@link #insideView()} paints them.
 */
public final class Activations {

    private final DigitImage digit;
    private final List<LayerActivation> layers;
    private final Prediction prediction;

    private Activations(DigitImage digit, List<LayerActivation> layers) {
        this.digit = digit;
        this.layers = List.copyOf(layers);
        float[] output = this.layers.get(this.layers.size() - 1).values();
        this.prediction = new Prediction(Inference.argMax(output, 0, output.length), output);
    }

    /**
     * Runs {@code model} on one digit and keeps every layer's output.
     *
     * @param model a network taking rows of 784 pixels and giving 10 probabilities
     * @param digit the digit (its label is not looked at)
     * @return the input and each layer's output, in order
     * @throws IllegalArgumentException if the network does not fit 28 x 28 digits and 10 classes
     */
    public static Activations of(MultiLayerNetwork model, DigitImage digit) {
        Inference.checkNetwork(model);
        List<INDArray> outputs =
                model.feedForward(Nd4j.create(digit.scaled(), new long[] {1, DigitImage.PIXELS}), false);
        List<LayerActivation> layers = new ArrayList<>();
        layers.add(new LayerActivation(
                "input", "pixels, 0 (paper) .. 1 (ink)", 1, DigitImage.HEIGHT, DigitImage.WIDTH, digit.scaled()));
        for (int i = 1; i < outputs.size(); i++) {
            Layer conf = model.getLayerWiseConfigurations().getConf(i - 1).getLayer();
            layers.add(activation(conf, outputs.get(i)));
        }
        return new Activations(digit, layers);
    }

    private static LayerActivation activation(Layer conf, INDArray out) {
        long[] shape = out.shape();
        float[] values = out.dup().ravel().toFloatVector();
        String name = conf.getLayerName() != null
                ? conf.getLayerName()
                : conf.getClass().getSimpleName();
        if (shape.length == 4) { // [1, channels, height, width]
            return new LayerActivation(name, kind(conf), (int) shape[1], (int) shape[2], (int) shape[3], values);
        }
        if (shape.length == 2) { // [1, units]
            return new LayerActivation(name, kind(conf), (int) shape[1], 1, 1, values);
        }
        throw new IllegalArgumentException("layer " + name + " gives an output of rank " + shape.length
                + "; only convolution, pooling and dense layers can be shown");
    }

    /** The layer's job in a few words. */
    static String kind(Layer conf) {
        if (conf instanceof ConvolutionLayer c) {
            int[] k = c.getKernelSize();
            return String.format(
                    Locale.ROOT, "convolution %d x %d, %s", k[0], k[1], activationName(c.getActivationFn()));
        }
        if (conf instanceof SubsamplingLayer s) {
            int[] k = s.getKernelSize();
            return String.format(
                    Locale.ROOT, "%s pooling %d x %d", s.getPoolingType().name().toLowerCase(Locale.ROOT), k[0], k[1]);
        }
        if (conf instanceof OutputLayer o) {
            return "output, " + activationName(o.getActivationFn());
        }
        if (conf instanceof DenseLayer d) {
            return "dense, " + activationName(d.getActivationFn());
        }
        if (conf instanceof BatchNormalization) {
            return "batch normalisation";
        }
        return conf.getClass().getSimpleName();
    }

    private static String activationName(Object fn) {
        String s = String.valueOf(fn); // "relu", "softmax", "ActivationReLU()"...
        s = s.replace("Activation", "").replace("()", "");
        return s.equalsIgnoreCase("relu") ? "ReLU" : s.toLowerCase(Locale.ROOT);
    }

    /** @return the digit the network read */
    public DigitImage digit() {
        return digit;
    }

    /** @return the input, then one entry per layer of the network, in order */
    public List<LayerActivation> layers() {
        return layers;
    }

    /**
     * @param name a layer's name, such as "conv1", or "input"
     * @return that layer's values
     * @throws IllegalArgumentException if there is no such layer; the message lists the names
     */
    public LayerActivation layer(String name) {
        return layers.stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer named \"" + name + "\": the layers are "
                        + layers.stream().map(LayerActivation::name).toList()));
    }

    /** @return the picture of what each layer sees ({@link InsideView}) */
    public InsideView insideView() {
        return InsideView.of(
                layers, prediction.digit(), digit.hasLabel() ? OptionalInt.of(digit.label()) : OptionalInt.empty());
    }

    /** @return the last layer's values as a prediction */
    public Prediction prediction() {
        return prediction;
    }

    @Override
    public String toString() {
        return "Activations"
                + layers.stream().map(l -> l.name() + " " + l.shape()).toList();
    }
}
