package digits.model;

import digits.check.Check;
import java.util.Objects;
import org.nd4j.linalg.activations.Activation;

/**
 * An immutable description of a LeNet-style convolutional network:
 *
 * <pre>
 * input → convolution → max-pool → convolution → max-pool → dense → (dropout) → softmax output
 * </pre>
 *
 * Start from the classic LeNet and change what you want to try:
 *
 * <pre>{@code
 * CnnSpec spec = CnnSpec.lenet().toBuilder()
 *         .convFilters(32, 64)
 *         .dense(256)
 *         .dropout(0.5)
 *         .batchNorm(true)
 *         .build();
 * }</pre>
 *
 * Every value is checked when the spec is built; a bad value gives an
 * {@link IllegalArgumentException} that names it and says what was expected.
 *
 * @param inputHeight       image height in pixels (28 for MNIST)
 * @param inputWidth        image width in pixels (28 for MNIST)
 * @param channels          colour channels (1 for grey-scale)
 * @param firstConvFilters  filters of the first convolution (20)
 * @param secondConvFilters filters of the second convolution (50)
 * @param kernelSize        side of the square convolution kernels (5)
 * @param convStride        step of the convolution kernels (1)
 * @param poolSize          side and step of the max-pooling windows (2)
 * @param denseWidth        units of the dense (fully connected) layer (500)
 * @param classes           output classes (10 digits)
 * @param dropout           fraction of the dense layer's outputs dropped while training, 0 (none) to 0.95
 * @param batchNorm         batch normalisation after each convolution and after the dense layer
 * @param convActivation    activation of the convolution layers (ReLU)
 * @param learningRate      learning rate of the Adam optimiser (1e-3)
 * @param seed              random seed: the same seed gives the same initial weights (42)
 * @param l2                L2 weight penalty, 0 = none
 * @param learningRateDecay factor the learning rate is multiplied by after each epoch, above 0 and at most 1
 *                          (1 = a constant rate)
 */
public record CnnSpec(
        int inputHeight,
        int inputWidth,
        int channels,
        int firstConvFilters,
        int secondConvFilters,
        int kernelSize,
        int convStride,
        int poolSize,
        int denseWidth,
        int classes,
        double dropout,
        boolean batchNorm,
        Activation convActivation,
        double learningRate,
        long seed,
        double l2,
        double learningRateDecay) {

    /** Checks every value; the sizes must also fit together (each window must fit the image it sees). */
    public CnnSpec {
        Check.atLeast("inputHeight", inputHeight, 1);
        Check.atLeast("inputWidth", inputWidth, 1);
        Check.atLeast("channels", channels, 1);
        Check.atLeast("firstConvFilters", firstConvFilters, 1);
        Check.atLeast("secondConvFilters", secondConvFilters, 1);
        Check.atLeast("kernelSize", kernelSize, 1);
        Check.atLeast("convStride", convStride, 1);
        Check.atLeast("poolSize", poolSize, 1);
        Check.atLeast("denseWidth", denseWidth, 1);
        Check.atLeast("classes", classes, 2);
        Check.inRange("dropout", dropout, 0, 0.95);
        Objects.requireNonNull(convActivation, "convActivation");
        Check.positive("learning rate", learningRate);
        Check.atLeast("l2", l2, 0);
        Check.inRange("learningRateDecay", Check.positive("learningRateDecay", learningRateDecay), 0, 1);
        // Follow the image through the layers: each window must fit inside the picture it slides over.
        int h = inputHeight, w = inputWidth;
        requireFits("kernelSize", kernelSize, h, w, "input image");
        h = slide(h, kernelSize, convStride);
        w = slide(w, kernelSize, convStride);
        requireFits("poolSize", poolSize, h, w, "output of the first convolution");
        h = slide(h, poolSize, poolSize);
        w = slide(w, poolSize, poolSize);
        requireFits("kernelSize", kernelSize, h, w, "input of the second convolution");
        h = slide(h, kernelSize, convStride);
        w = slide(w, kernelSize, convStride);
        requireFits("poolSize", poolSize, h, w, "output of the second convolution");
    }

    /** The classic LeNet for 28 x 28 grey-scale digits, with ReLU activations and Adam. */
    public static CnnSpec lenet() {
        return builder().build();
    }

    /**
     * The course's recommended network: LeNet with batch normalisation after each convolution and the dense
     * layer, and a learning rate that starts at 3e-3 and shrinks to 0.35 of itself after each epoch.
     * Train it with batches of {@code Trainer.RECOMMENDED_BATCH_SIZE} (128) images; three epochs (60,000 images
     * each) reach about 99.3% on the test set. Batch normalisation predicts with running averages that need
     * a few hundred batches to settle: after a short run (a few thousand images) test accuracy can be far
     * below training accuracy, and plain {@link #lenet()} is the better choice there.
     */
    public static CnnSpec recommended() {
        return builder()
                .batchNorm(true)
                .learningRate(3e-3)
                .learningRateDecay(0.35)
                .build();
    }

    /** A builder that starts from the LeNet defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this spec, to change some of its values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Side of the picture after sliding a window of {@code window} pixels by {@code step} (no padding). */
    public static int slide(int side, int window, int step) {
        return (side - window) / step + 1;
    }

    private static void requireFits(String name, int window, int height, int width, String where) {
        if (window > Math.min(height, width)) {
            throw new IllegalArgumentException(name + " " + window + " is larger than the " + height + " x " + width
                    + " " + where + ": expected at most " + Math.min(height, width));
        }
    }

    /** Builds a {@link CnnSpec} one setting at a time; unset values keep the LeNet defaults. */
    public static final class Builder {
        private int inputHeight = 28, inputWidth = 28, channels = 1;
        private int firstConvFilters = 20, secondConvFilters = 50;
        private int kernelSize = 5, convStride = 1, poolSize = 2;
        private int denseWidth = 500, classes = 10;
        private double dropout = 0;
        private boolean batchNorm = false;
        private Activation convActivation = Activation.RELU;
        private double learningRate = 1e-3;
        private long seed = 42;
        private double l2 = 0;
        private double learningRateDecay = 1;

        private Builder() {}

        private Builder(CnnSpec s) {
            input(s.inputHeight, s.inputWidth, s.channels);
            convFilters(s.firstConvFilters, s.secondConvFilters);
            kernelSize(s.kernelSize).convStride(s.convStride).poolSize(s.poolSize);
            dense(s.denseWidth).classes(s.classes).dropout(s.dropout).batchNorm(s.batchNorm);
            convActivation(s.convActivation)
                    .learningRate(s.learningRate)
                    .seed(s.seed)
                    .l2(s.l2);
            learningRateDecay(s.learningRateDecay);
        }

        /** Image size: height and width in pixels, and colour channels. */
        public Builder input(int height, int width, int channels) {
            this.inputHeight = height;
            this.inputWidth = width;
            this.channels = channels;
            return this;
        }

        /** Number of filters of the first and of the second convolution. */
        public Builder convFilters(int first, int second) {
            this.firstConvFilters = first;
            this.secondConvFilters = second;
            return this;
        }

        /** Side of the square convolution kernels, e.g. 5 for 5 x 5. */
        public Builder kernelSize(int size) {
            this.kernelSize = size;
            return this;
        }

        /** Step of the convolution kernels. */
        public Builder convStride(int stride) {
            this.convStride = stride;
            return this;
        }

        /** Side (and step) of the max-pooling windows, e.g. 2 halves the picture. */
        public Builder poolSize(int size) {
            this.poolSize = size;
            return this;
        }

        /** Units of the dense layer. */
        public Builder dense(int width) {
            this.denseWidth = width;
            return this;
        }

        /** Number of output classes. */
        public Builder classes(int classes) {
            this.classes = classes;
            return this;
        }

        /** Fraction of the dense layer's outputs dropped while training (0 = no dropout). */
        public Builder dropout(double fraction) {
            this.dropout = fraction;
            return this;
        }

        /** Batch normalisation after each convolution and after the dense layer. */
        public Builder batchNorm(boolean on) {
            this.batchNorm = on;
            return this;
        }

        /** Activation of the convolution layers. */
        public Builder convActivation(Activation activation) {
            this.convActivation = activation;
            return this;
        }

        /** Learning rate of the Adam optimiser. */
        public Builder learningRate(double rate) {
            this.learningRate = rate;
            return this;
        }

        /** Random seed for the initial weights. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** L2 weight penalty (0 = none). */
        public Builder l2(double l2) {
            this.l2 = l2;
            return this;
        }

        /** Factor the learning rate is multiplied by after each epoch (1 = constant, 0.5 = halved each epoch). */
        public Builder learningRateDecay(double factor) {
            this.learningRateDecay = factor;
            return this;
        }

        /** The spec; throws {@link IllegalArgumentException} when a value is out of range. */
        public CnnSpec build() {
            return new CnnSpec(
                    inputHeight,
                    inputWidth,
                    channels,
                    firstConvFilters,
                    secondConvFilters,
                    kernelSize,
                    convStride,
                    poolSize,
                    denseWidth,
                    classes,
                    dropout,
                    batchNorm,
                    convActivation,
                    learningRate,
                    seed,
                    l2,
                    learningRateDecay);
        }
    }
}
