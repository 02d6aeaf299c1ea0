package digits.data;

import digits.check.Check;
import java.util.SplittableRandom;

/**
 * The course's one seeded shuffle (Fisher-Yates), used wherever images are drawn or ordered at random: samples,
 * splits, the order of training batches, the baseline's training order. The same seed gives the same order.
 */
public final class Shuffle {

    private Shuffle() {}

    /**
     * Moves a uniformly random choice of {@code count} of the values, in random order, to the front of the array
     * (a partial Fisher-Yates shuffle); {@code count == values.length} shuffles the whole array.
     *
     * @param values the values, changed in place
     * @param count  how many to draw to the front, 0..values.length
     * @param random the source of randomness
     * @throws IllegalArgumentException if count is out of range
     */
    public static void first(int[] values, int count, SplittableRandom random) {
        Check.inRange("count", count, 0, values.length);
        for (int k = 0; k < count; k++) {
            int j = k + random.nextInt(values.length - k);
            int t = values[k];
            values[k] = values[j];
            values[j] = t;
        }
    }

    /**
     * @param n     how many indices, 0 or more
     * @param count how many of them to draw at random, 0..n
     * @param seed  random seed
     * @return the indices 0..n-1, the first {@code count} of them a random choice in random order
     */
    public static int[] indices(int n, int count, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        first(order, count, new SplittableRandom(seed));
        return order;
    }
}
