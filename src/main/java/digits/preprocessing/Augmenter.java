package digits.preprocessing;

import digits.check.Check;
import digits.data.DigitImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes new, slightly different versions of a digit, as a different hand might have written it: a small
 * shift, a small rotation, a little larger or smaller, and an elastic distortion (the stroke wobbles
 * smoothly, as in Simard, Steinkraus and Platt, 2003). Every change is drawn at random, but from a seed, so
 * the same augmenter gives the same versions every time. Immutable.
 *
 * <pre>{@code
 * Augmenter augmenter = Augmenter.builder().seed(42).build();   // shifts ±2 px, rotations ±10°, scaling 0.9-1.1, elastic
 * List<DigitImage> versions = augmenter.variants(digit, 8);
 * }</pre>
 */
public final class Augmenter {

    private static final int SIDE = Resampling.SIDE;
    private static final double MIDDLE = (SIDE - 1) / 2.0; // rotations and scaling turn around the picture's middle

    private final double maxShift;
    private final double maxRotationDegrees;
    private final double minScale;
    private final double maxScale;
    private final double elasticStrength;
    private final double elasticSmoothness;
    private final long seed;
    private final float[] gaussian; // smoothing kernel for the elastic displacement fields

    private Augmenter(Builder b) {
        this.maxShift = b.maxShift;
        this.maxRotationDegrees = b.maxRotationDegrees;
        this.minScale = b.minScale;
        this.maxScale = b.maxScale;
        this.elasticStrength = b.elasticStrength;
        this.elasticSmoothness = b.elasticSmoothness;
        this.seed = b.seed;
        this.gaussian = elasticStrength > 0 ? gaussianKernel(elasticSmoothness) : new float[0];
    }

    /** @return a builder with shifts of up to 2 pixels, rotations of up to 10°, scaling 0.9-1.1, elastic distortion on, seed 42 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the seed all random changes are drawn from */
    public long seed() {
        return seed;
    }

    /**
     * Versions of one digit, each changed at random; the same augmenter always gives the same list.
     *
     * @param digit the digit
     * @param n     how many versions, 0..1000
     * @return {@code n} changed copies, all with the digit's label
     */
    public List<DigitImage> variants(DigitImage digit, int n) {
        Check.inRange("variants", n, 0, 1000);
        float[] source = digit.scaled();
        List<DigitImage> list = new ArrayList<>(n);
        float[] target = new float[Resampling.PIXELS];
        for (int k = 0; k < n; k++) {
            augment(source, 0, target, 0, randomFor(-1, k));
            for (int i = 0; i < target.length; i++) {
                target[i] *= 255f;
            }
            list.add(Resampling.image(digit, target));
        }
        return List.copyOf(list);
    }

    /**
     * Changes one digit at random, reproducibly: the same {@code key} gives the same change.
     *
     * @param digit the digit
     * @param key   any number; e.g. the image's index in its set
     * @return the changed copy, same label
     */
    public DigitImage augment(DigitImage digit, long key) {
        float[] target = new float[Resampling.PIXELS];
        augment(digit.scaled(), 0, target, 0, randomFor(0, key));
        for (int i = 0; i < target.length; i++) {
            target[i] *= 255f;
        }
        return Resampling.image(digit, target);
    }

    /**
     * Writes a changed copy of the 28 x 28 picture {@code source} (from {@code sourceOffset}) into {@code target}
     * (from {@code targetOffset}), values on the same scale (0..1 in gives 0..1 out). The change depends only on
     * this augmenter's seed, the epoch and the key, so batches made with it are reproducible
     * ({@code digits.training.DigitBatches.augmented} writes each image of a batch this way).
     *
     * @param source       784 values, row after row, from {@code sourceOffset}
     * @param sourceOffset where the picture starts
     * @param target       where the changed picture goes
     * @param targetOffset where it starts there
     * @param epoch        the pass over the data, 0 for the first
     * @param key          the image's key, such as its index in its set
     */
    public void augment(float[] source, int sourceOffset, float[] target, int targetOffset, long epoch, long key) {
        augment(source, sourceOffset, target, targetOffset, randomFor(epoch, key));
    }

    /** A random generator that depends only on this augmenter's seed, an epoch and an image key. */
    SplittableRandom randomFor(long epoch, long key) {
        long mixed = seed;
        mixed = mixed * 0x9E3779B97F4A7C15L + epoch;
        mixed = mixed * 0xBF58476D1CE4E5B9L + key;
        return new SplittableRandom(mixed);
    }

    /**
     * Writes a changed copy of the 28x28 picture {@code source} (from {@code sourceOffset}) into {@code target}
     * (from {@code targetOffset}). Values keep their scale, so 0..1 in gives 0..1 out.
     */
    void augment(float[] source, int sourceOffset, float[] target, int targetOffset, SplittableRandom random) {
        double shiftRows = uniform(random, -maxShift, maxShift);
        double shiftCols = uniform(random, -maxShift, maxShift);
        double angle = Math.toRadians(uniform(random, -maxRotationDegrees, maxRotationDegrees));
        double scale = uniform(random, minScale, maxScale);
        float[] dRows = elasticStrength > 0 ? displacementField(random) : null;
        float[] dCols = elasticStrength > 0 ? displacementField(random) : null;
        double cos = Math.cos(angle) / scale, sin = Math.sin(angle) / scale;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                // Walk back from the output pixel to where it comes from: undo the shift, then the rotation and
                // scaling.
                double y = r - MIDDLE - shiftRows;
                double x = c - MIDDLE - shiftCols;
                double sourceRow = MIDDLE + cos * y - sin * x;
                double sourceCol = MIDDLE + sin * y + cos * x;
                if (dRows != null) {
                    sourceRow += dRows[r * SIDE + c];
                    sourceCol += dCols[r * SIDE + c];
                }
                float v = Resampling.sample(source, sourceOffset, sourceRow, sourceCol);
                target[targetOffset + r * SIDE + c] = v;
            }
        }
    }

    private static double uniform(SplittableRandom random, double low, double high) {
        return low == high ? low : low + (high - low) * random.nextDouble();
    }

    /** Random numbers in -1..1 for every pixel, smoothed with a Gaussian and multiplied by the strength. */
    private float[] displacementField(SplittableRandom random) {
        float[] noise = new float[Resampling.PIXELS];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (2 * random.nextDouble() - 1);
        }
        float[] rows = smooth(noise, true);
        float[] field = smooth(rows, false);
        for (int i = 0; i < field.length; i++) {
            field[i] *= (float) elasticStrength;
        }
        return field;
    }

    /** One pass of the separable Gaussian blur, along columns (vertical) or rows; outside counts as 0. */
    private float[] smooth(float[] in, boolean vertical) {
        int radius = gaussian.length / 2;
        float[] out = new float[in.length];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                float sum = 0;
                for (int k = -radius; k <= radius; k++) {
                    int rr = vertical ? r + k : r, cc = vertical ? c : c + k;
                    if (rr >= 0 && rr < SIDE && cc >= 0 && cc < SIDE) {
                        sum += gaussian[k + radius] * in[rr * SIDE + cc];
                    }
                }
                out[r * SIDE + c] = sum;
            }
        }
        return out;
    }

    private static float[] gaussianKernel(double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        float[] kernel = new float[2 * radius + 1];
        double total = 0;
        for (int k = -radius; k <= radius; k++) {
            total += kernel[k + radius] = (float) Math.exp(-k * k / (2 * sigma * sigma));
        }
        for (int k = 0; k < kernel.length; k++) {
            kernel[k] /= (float) total;
        }
        return kernel;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Augmenter[shifts up to ±%.1f px, rotations up to ±%.0f°, scaling %.2f-%.2f, %s, seed %d]",
                maxShift,
                maxRotationDegrees,
                minScale,
                maxScale,
                elasticStrength > 0
                        ? String.format(
                                Locale.ROOT,
                                "elastic distortion (strength %.0f, smoothness %.1f px)",
                                elasticStrength,
                                elasticSmoothness)
                        : "no elastic distortion",
                seed);
    }

    /** Collects an augmenter's settings; every setting has a default. */
    public static final class Builder {
        private double maxShift = 2;
        private double maxRotationDegrees = 10;
        private double minScale = 0.9;
        private double maxScale = 1.1;
        private double elasticStrength = 24;
        private double elasticSmoothness = 4;
        private long seed = 42;

        private Builder() {}

        /** Largest shift up, down, left or right, in pixels, 0..10 (0: no shifts). */
        public Builder maxShift(double pixels) {
            Check.inRange("maxShift (pixels)", pixels, 0, 10);
            this.maxShift = pixels;
            return this;
        }

        /** Largest rotation either way, in degrees, 0..45 (0: no rotations). */
        public Builder maxRotation(double degrees) {
            Check.inRange("maxRotation (degrees)", degrees, 0, 45);
            this.maxRotationDegrees = degrees;
            return this;
        }

        /** Range of the size factor, within 0.5..2 (1, 1: no scaling). */
        public Builder scale(double min, double max) {
            if (!(min >= 0.5 && max <= 2 && min <= max)) {
                throw new IllegalArgumentException(
                        "scale " + min + " to " + max + " is out of range: expected 0.5 <= min <= max <= 2");
            }
            this.minScale = min;
            this.maxScale = max;
            return this;
        }

        /**
         * Elastic distortion: random per-pixel displacements, smoothed by a Gaussian of {@code smoothness} pixels
         * and multiplied by {@code strength} (Simard et al. used 34 and 4).
         */
        public Builder elastic(double strength, double smoothness) {
            if (!(strength >= 0 && strength <= 100) || !(smoothness >= 0.5 && smoothness <= 10)) {
                throw new IllegalArgumentException("elastic(" + strength + ", " + smoothness
                        + ") is out of range: expected strength 0..100 and smoothness 0.5..10 pixels");
            }
            this.elasticStrength = strength;
            this.elasticSmoothness = smoothness;
            return this;
        }

        /** Switches elastic distortion off. */
        public Builder noElastic() {
            this.elasticStrength = 0;
            return this;
        }

        /** Seed for all random changes. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @return the augmenter */
        public Augmenter build() {
            return new Augmenter(this);
        }
    }
}
