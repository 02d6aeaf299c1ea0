package digits.bench;

import digits.model.CnnSpec;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How many training images per second a network would get through if all its arithmetic ran as fast as ND4J
 * multiplies two large matrices on this machine: a floor under the training time at that speed. It is not the
 * most the processor can do: a library that multiplies faster than ND4J's, or that does less arithmetic (a
 * cheaper convolution algorithm), can beat it.
 *
 * <p>Training one image costs about three forward passes of arithmetic: the forward pass, the gradient of each
 * layer's weights (as much again), and the gradient of each layer's input (as much again, except for the first
 * layer, which needs none). Each multiply-add counts as two floating-point operations (FLOP).
 *
 * <pre>{@code
 * ComputeFloor.measure(CnnSpec.lenet())   // "... the arithmetic alone would take 7,400 images/s"
 * }</pre>
 *
 * @param flopsPerImage floating-point operations to train on one image
 * @param gflops ND4J's measured speed at multiplying large matrices here, in billions of FLOP per second
 */
public record ComputeFloor(double flopsPerImage, double gflops) {

    private static final int SIDE = 1024;

    /** Counts {@code spec}'s training FLOP per image and measures ND4J's matrix-multiplication speed here. */
    public static ComputeFloor measure(CnnSpec spec) {
        return new ComputeFloor(flopsPerTrainingImage(spec), matrixMultiplyGflops(System::nanoTime));
    }

    /** Training images per second if all the arithmetic ran at the measured matrix-multiplication speed. */
    public double imagesPerSecond() {
        return gflops * 1e9 / flopsPerImage;
    }

    /** FLOP to train on one image: forward pass, weight gradients, input gradients below the first layer. */
    public static double flopsPerTrainingImage(CnnSpec spec) {
        int k = spec.kernelSize();
        int side1 = CnnSpec.slide(spec.inputHeight(), k, spec.convStride());
        int pooled1 = CnnSpec.slide(side1, spec.poolSize(), spec.poolSize());
        int side2 = CnnSpec.slide(pooled1, k, spec.convStride());
        int pooled2 = CnnSpec.slide(side2, spec.poolSize(), spec.poolSize());
        double conv1 = 2.0 * side1 * side1 * spec.firstConvFilters() * k * k * spec.channels();
        double conv2 = 2.0 * side2 * side2 * spec.secondConvFilters() * k * k * spec.firstConvFilters();
        double dense = 2.0 * pooled2 * pooled2 * spec.secondConvFilters() * spec.denseWidth();
        double output = 2.0 * spec.denseWidth() * spec.classes();
        double forward = conv1 + conv2 + dense + output;
        return 3 * forward - conv1;
    }

    /** The best of five 1024 x 1024 single-precision matrix products on this machine, in GFLOP/s, by {@code clock} (ns). */
    static double matrixMultiplyGflops(LongSupplier clock) {
        INDArray a = Nd4j.rand(DataType.FLOAT, SIDE, SIDE);
        INDArray b = Nd4j.rand(DataType.FLOAT, SIDE, SIDE);
        INDArray c = Nd4j.createUninitialized(DataType.FLOAT, SIDE, SIDE);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0); // warm-up
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = clock.getAsLong();
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            best = Math.min(best, (clock.getAsLong() - start) / 1e9);
        }
        return 2.0 * SIDE * SIDE * SIDE / best / 1e9;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "training on one image takes %.1f MFLOP; ND4J multiplies large matrices here at "
                        + "%.0f GFLOP/s; at that speed the arithmetic alone would take %,.0f images/s",
                flopsPerImage / 1e6,
                gflops,
                imagesPerSecond());
    }
}
