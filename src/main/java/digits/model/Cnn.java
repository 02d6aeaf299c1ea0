package digits.model;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * Turns a {@link CnnSpec} into a ready-to-train Deeplearning4j network.
 *
 * <pre>{@code
 * MultiLayerNetwork model = Cnn.build(CnnSpec.lenet());
 * }</pre>
 *
 * The network takes rows of {@code height * width * channels} pixels in [0, 1]
 * (784 for MNIST) and answers with one probability per class.
 */
public final class Cnn {

    static {
        OneDnn.allowHelpers(); // before any layer is created: Deeplearning4j decides on its oneDNN helpers then
    }

    private Cnn() {}

    /** The classic LeNet: {@code build(CnnSpec.lenet())}. */
    public static MultiLayerNetwork lenet() {
        return build(CnnSpec.lenet());
    }

    /** Builds and initialises the network described by {@code spec}; the same spec gives the same initial weights. */
    public static MultiLayerNetwork build(CnnSpec spec) {
        MultiLayerNetwork network = new MultiLayerNetwork(configuration(spec));
        network.init();
        return network;
    }

    /** The network's configuration: its layers and how it learns. */
    public static MultiLayerConfiguration configuration(CnnSpec spec) {
        var layers = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .updater(
                        spec.learningRateDecay() == 1
                                ? new Adam(spec.learningRate())
                                : new Adam(new ExponentialSchedule(
                                        ScheduleType.EPOCH, spec.learningRate(), spec.learningRateDecay())))
                .l2(spec.l2())
                .weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Truncate) // no padding: a 5 x 5 kernel turns 28 x 28 into 24 x 24
                .list();

        // Deeplearning4j's own layers: the trainer runs them on the FastPath (the first convolution without an
        // input gradient, each layer's result kept for its backward pass, ...), as any network written out.
        layers.layer(convolution(
                new ConvolutionLayer.Builder(spec.kernelSize(), spec.kernelSize()),
                "conv1",
                spec.firstConvFilters(),
                spec));
        if (spec.batchNorm()) {
            layers.layer(new BatchNormalization.Builder().name("conv1-bn").build());
        }
        layers.layer(maxPool("pool1", spec));

        layers.layer(convolution(
                new ConvolutionLayer.Builder(spec.kernelSize(), spec.kernelSize()),
                "conv2",
                spec.secondConvFilters(),
                spec));
        if (spec.batchNorm()) {
            layers.layer(new BatchNormalization.Builder().name("conv2-bn").build());
        }
        layers.layer(maxPool("pool2", spec));

        layers.layer(new DenseLayer.Builder()
                .name("dense")
                .nOut(spec.denseWidth())
                .activation(Activation.RELU)
                .build());
        if (spec.batchNorm()) {
            layers.layer(new BatchNormalization.Builder().name("dense-bn").build());
        }

        var output = new OutputLayer.Builder(LossFunction.NEGATIVELOGLIKELIHOOD)
                .name("output")
                .nOut(spec.classes())
                .activation(Activation.SOFTMAX);
        if (spec.dropout() > 0) {
            // DL4J applies a layer's dropout to that layer's input, and counts the probability of KEEPING a value.
            output.dropOut(new Dropout(1 - spec.dropout()));
        }
        layers.layer(output.build());

        // Rows of flat pixels; DL4J reshapes them into height x width x channels for the first convolution.
        return layers.setInputType(InputType.convolutionalFlat(spec.inputHeight(), spec.inputWidth(), spec.channels()))
                .build();
    }

    private static ConvolutionLayer convolution(
            ConvolutionLayer.Builder builder, String name, int filters, CnnSpec spec) {
        return builder.name(name)
                .stride(spec.convStride(), spec.convStride())
                .nOut(filters)
                .activation(spec.convActivation())
                .build();
    }

    private static SubsamplingLayer maxPool(String name, CnnSpec spec) {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                .name(name)
                .kernelSize(spec.poolSize(), spec.poolSize())
                .stride(spec.poolSize(), spec.poolSize())
                .build();
    }
}
