package digits.data;

/**
 * Summary statistics over all pixels of a {@link DigitSet}, on the 0..1 scale
 * (pixel value / 255). For an empty set every value is {@code NaN}.
 *
 * @param mean              mean pixel value
 * @param standardDeviation population standard deviation of the pixel values
 * @param zeroFraction      fraction of pixels that are exactly 0 (background)
 * @param min               smallest pixel value
 * @param max               largest pixel value
 */
public record PixelStats(double mean, double standardDeviation, double zeroFraction, double min, double max) {

    /** Computes the statistics from a histogram of the 256 raw pixel values. */
    static PixelStats fromHistogram(long[] histogram) {
        long n = 0;
        double sum = 0;
        int lo = -1;
        int hi = -1;
        for (int v = 0; v < histogram.length; v++) {
            long c = histogram[v];
            if (c == 0) {
                continue;
            }
            if (lo < 0) {
                lo = v;
            }
            hi = v;
            n += c;
            sum += (double) v * c;
        }
        if (n == 0) {
            return new PixelStats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double squares = 0;
        for (int v = 0; v < histogram.length; v++) {
            double d = v - mean;
            squares += d * d * histogram[v];
        }
        return new PixelStats(
                mean / 255.0, Math.sqrt(squares / n) / 255.0, (double) histogram[0] / n, lo / 255.0, hi / 255.0);
    }

    @Override
    public String toString() {
        return String.format(
                "PixelStats[mean=%.4f, sd=%.4f, zeros=%.1f%%, min=%.3f, max=%.3f]",
                mean, standardDeviation, 100 * zeroFraction, min, max);
    }
}
