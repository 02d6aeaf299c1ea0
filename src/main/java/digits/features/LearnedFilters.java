package digits.features;

import digits.data.DigitImage;
import digits.display.MapPicture;
import digits.display.Pictures;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What a trained convolutional network has learned, as pictures: the kernels of its first convolution,
 * and the feature maps each convolution and pooling layer makes of one digit.
 */
public final class LearnedFilters {

    private LearnedFilters() {}

    /**
     * @param model a network with at least one convolution layer, e.g. from {@code digits.model.Cnn}
     * @return the first convolution's kernels (for one input channel), named "filter 1", "filter 2", ...
     * @throws IllegalArgumentException if the network has no convolution layer
     */
    public static List<FeatureMap> firstLayerFilters(MultiLayerNetwork model) {
        Objects.requireNonNull(model, "model");
        for (Layer layer : model.getLayers()) {
            if (layer.conf().getLayer() instanceof ConvolutionLayer) {
                INDArray w = layer.getParam("W"); // [filters, input channels, kernel height, kernel width]
                long[] shape = w.shape();
                int filters = (int) shape[0], h = (int) shape[2], width = (int) shape[3];
                float[] all = w.dup('c').data().asFloat();
                List<FeatureMap> maps = new ArrayList<>(filters);
                int perFilter = (int) (shape[1] * h * width);
                for (int f = 0; f < filters; f++) {
                    maps.add(FeatureMap.wrap(
                            "filter " + (f + 1),
                            h,
                            width,
                            Arrays.copyOfRange(all, f * perFilter, f * perFilter + h * width)));
                }
                return List.copyOf(maps);
            }
        }
        throw new IllegalArgumentException("the network has no convolution layer, so there are no filters to show");
    }

    /**
     * @param model a network with at least one convolution layer
     * @return the first convolution's kernels, enlarged, red for positive and blue for negative weights
     */
    public static BufferedImage firstLayer(MultiLayerNetwork model) {
        List<FeatureMap> filters = firstLayerFilters(model);
        FeatureMap first = filters.get(0);
        MapPicture.Builder builder = MapPicture.builder()
                .columns(10)
                .size(64)
                .showRanges(false)
                .title("First convolution: " + filters.size() + " learned " + first.height() + " x " + first.width()
                        + " kernels (red: positive weights, blue: negative)");
        filters.forEach(map -> map.addTo(builder));
        return builder.build().picture();
    }

    /**
     * Runs one digit through the network and keeps the output of every convolution and pooling layer.
     *
     * @param model a network taking rows of 784 pixels, such as the course's CNN
     * @param digit the digit
     * @return per convolution or pooling layer (in order), its feature maps, one per channel, named
     *     "LAYER #k"
     */
    public static List<List<FeatureMap>> layerMaps(MultiLayerNetwork model, DigitImage digit) {
        Objects.requireNonNull(model, "model");
        List<INDArray> activations =
                model.feedForward(Nd4j.create(digit.scaled(), new long[] {1, DigitImage.PIXELS}), false);
        List<List<FeatureMap>> layers = new ArrayList<>();
        for (int i = 0; i < model.getnLayers(); i++) {
            var conf = model.getLayer(i).conf().getLayer();
            if (!(conf instanceof ConvolutionLayer || conf instanceof SubsamplingLayer)) {
                continue;
            }
            INDArray a = activations.get(i + 1); // entry 0 is the input
            long[] shape = a.shape(); // [1, channels, height, width]
            int channels = (int) shape[1], h = (int) shape[2], w = (int) shape[3];
            float[] values = a.dup('c').data().asFloat();
            List<FeatureMap> maps = new ArrayList<>(channels);
            for (int ch = 0; ch < channels; ch++) {
                maps.add(FeatureMap.wrap(
                        conf.getLayerName() + " #" + (ch + 1),
                        h,
                        w,
                        Arrays.copyOfRange(values, ch * h * w, (ch + 1) * h * w)));
            }
            layers.add(List.copyOf(maps));
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("the network has no convolution or pooling layer to look into");
        }
        return List.copyOf(layers);
    }

    /**
     * @param model a network taking rows of 784 pixels, such as the course's CNN
     * @param digit the digit
     * @return one band per convolution and pooling layer showing all its feature maps for this digit
     */
    public static BufferedImage activations(MultiLayerNetwork model, DigitImage digit) {
        List<BufferedImage> bands = new ArrayList<>();
        for (List<FeatureMap> maps : layerMaps(model, digit)) {
            FeatureMap first = maps.get(0);
            String layer = first.name().substring(0, first.name().lastIndexOf(" #"));
            MapPicture.Builder builder = MapPicture.builder()
                    .columns(10)
                    .size(first.height() >= 12 ? 64 : 40)
                    .showRanges(false)
                    .title(layer + ": " + maps.size() + " maps of " + first.height() + " x " + first.width());
            for (int ch = 0; ch < maps.size(); ch++) {
                maps.get(ch).named("#" + (ch + 1)).addTo(builder); // the band's title names the layer
            }
            bands.add(builder.build().picture());
        }
        return Pictures.stack(bands);
    }
}
