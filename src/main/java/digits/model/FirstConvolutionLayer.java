package digits.model;

import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolution layer for the first layer of a network: it learns exactly like Deeplearning4j's
 * {@link ConvolutionLayer}, but its backpropagation skips the gradient with respect to the network's input.
 *
 * <p>Backpropagation gives each layer two things to compute: the gradient of its own weights, which the
 * optimiser needs, and the gradient of its input, which the layer below needs. The first layer has no layer
 * below; its input is the pictures, which nobody changes. Deeplearning4j computes that gradient anyway (on
 * oneDNN its {@code convolution_backward_data} took about 14% of a LeNet's native training time). This layer
 * computes only the weight and bias gradients, as one matrix product.
 *
 * <p>Its forward pass, parameters, initial weights and saved form are those of a {@link ConvolutionLayer}
 * (the saved configuration names this class). Anywhere but first in a network it behaves exactly like one.
 * First, asked for the gradient with respect to the network's input (as
 * {@code MultiLayerNetwork.calculateGradients} can be), it answers an array of NaN: that is the gradient it skips.
 *
 * <pre>{@code
 * .layer(new FirstConvolutionLayer.Builder(5, 5).name("conv1").nOut(20).activation(Activation.RELU).build())
 * }</pre>
 *
 * <p>The course's {@code Trainer} gives any network's first convolution this backward pass ({@link FastPath});
 * writing the layer out this way is for training without it, as notebook 07's ladder does step by step.
 */
public class FirstConvolutionLayer extends ConvolutionLayer {

    /** For Deeplearning4j's JSON reader. */
    public FirstConvolutionLayer() {}

    private FirstConvolutionLayer(Builder builder) {
        super(builder);
    }

    @Override
    public Layer instantiate(
            NeuralNetConfiguration conf,
            Collection<TrainingListener> trainingListeners,
            int layerIndex,
            INDArray layerParamsView,
            boolean initializeParams,
            DataType networkDataType) {
        LayerValidation.assertNInNOutSet("FirstConvolutionLayer", getLayerName(), layerIndex, getNIn(), getNOut());
        var layer = new FirstConvolution(conf, networkDataType);
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        ParamInitializer initializer = initializer();
        Map<String, INDArray> parameters = initializer.init(conf, layerParamsView, initializeParams);
        layer.setParamTable(parameters);
        layer.setConf(conf);
        return layer;
    }

    /** Builds a {@link FirstConvolutionLayer}; it takes the same settings as {@link ConvolutionLayer.Builder}. */
    public static class Builder extends ConvolutionLayer.Builder {

        /** A builder for filters of {@code kernelSize} (height, width). */
        public Builder(int... kernelSize) {
            super(kernelSize);
        }

        @Override
        public FirstConvolutionLayer build() {
            return new FirstConvolutionLayer(this);
        }
    }
}
