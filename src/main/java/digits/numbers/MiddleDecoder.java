package digits.numbers;

import digits.model.Inference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns what the middle network says of each column of a group into digits, by dynamic programming: each column is
 * either "no middle" or in a segment of 1 to {@link #LONGEST} columns that are all the middle of one digit; a way
 * of reading the group scores the sum of its columns' log probabilities, each segment paying {@link #COST}; the
 * best way wins, and a group holds at least one digit. In a group found to hold several digits, a run of columns
 * where the network is at least {@link #SURE} sure of a digit's middle, {@link #FAR} columns or more from every
 * digit found, is one more digit: a narrow digit pressed against its neighbour (most often a 1) makes too short a run
 * to pay the cost, though the network sees its middle. In a group of one digit the cost alone decides, as it keeps a
 * wide digit from being read as two.
 */
final class MiddleDecoder {

    /** The most columns one digit's middle spans on the strip. */
    static final int LONGEST = 7;
    /** What each digit costs, in log probability: the price of reading one more digit. */
    static final double COST = 14;
    /** How sure of a digit's middle the network must be for a middle that no digit found explains to count. */
    static final double SURE = 0.8;
    /** How far from every digit found such a middle must be, in columns. */
    static final double FAR = 6;
    /** The smallest probability taken, so that one column's "never" cannot rule a way out. */
    private static final double LEAST_PROBABILITY = 1e-6;

    /**
     * A digit found: its middle spans columns {@code from} to {@code to} (exclusive).
     *
     * @param from          its first column
     * @param to            the column past its last
     * @param probabilities the ten digits' probabilities over its columns, summing to 1
     */
    record Segment(int from, int to, float[] probabilities) {
        /** @return the most probable digit */
        int digit() {
            return Inference.argMax(probabilities, 0, 10);
        }

        /** @return the segment's middle, in columns */
        double middle() {
            return (from + to) / 2.0;
        }
    }

    private MiddleDecoder() {}

    /**
     * @param columns for each column of a group, the network's 11 probabilities (digits 0 to 9, then "no middle")
     * @return the digits found, left to right; at least one for a group of at least one column
     */
    static List<Segment> segments(float[][] columns) {
        return segments(columns, LONGEST, COST);
    }

    /**
     * @param columns for each column of a group, the network's 11 probabilities
     * @param longest the most columns of one digit's middle
     * @param cost    what each digit costs, in log probability
     * @return the digits found, left to right
     */
    static List<Segment> segments(float[][] columns, int longest, double cost) {
        int n = columns.length;
        double[][] sum = new double[MiddleNetwork.CLASSES][n + 1]; // running sums of log probabilities
        for (int k = 0; k < MiddleNetwork.CLASSES; k++) {
            for (int c = 0; c < n; c++) {
                sum[k][c + 1] = sum[k][c] + Math.log(Math.max(LEAST_PROBABILITY, columns[c][k]));
            }
        }
        // best[s][c]: the best score of columns 0..c-1, with no digit yet (s = 0) or at least one (s = 1)
        double[][] best = new double[2][n + 1];
        int[][] from = new int[2][n + 1], digit = new int[2][n + 1], before = new int[2][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int c = 0; c < n; c++) {
            for (int s = 0; s < 2; s++) {
                if (best[s][c] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double none = best[s][c] + sum[MiddleNetwork.NO_MIDDLE][c + 1] - sum[MiddleNetwork.NO_MIDDLE][c];
                if (none > best[s][c + 1]) {
                    best[s][c + 1] = none;
                    from[s][c + 1] = c;
                    digit[s][c + 1] = -1;
                    before[s][c + 1] = s;
                }
                for (int len = 1; len <= longest && c + len <= n; len++) {
                    for (int d = 0; d < 10; d++) {
                        double score = best[s][c] + sum[d][c + len] - sum[d][c] - cost;
                        if (score > best[1][c + len]) {
                            best[1][c + len] = score;
                            from[1][c + len] = c;
                            digit[1][c + len] = d;
                            before[1][c + len] = s;
                        }
                    }
                }
            }
        }
        List<Segment> found = new ArrayList<>();
        for (int at = n, s = 1; at > 0; ) {
            int start = from[s][at];
            if (digit[s][at] >= 0) {
                found.add(0, new Segment(start, at, averaged(sum, start, at)));
            }
            int previous = before[s][at];
            at = start;
            s = previous;
        }
        return found.size() < 2 ? found : withSureMiddles(columns, sum, found);
    }

    /** The digits found and, in order among them, one more for each run of sure middles far from all of them. */
    private static List<Segment> withSureMiddles(float[][] columns, double[][] sum, List<Segment> found) {
        List<Segment> all = new ArrayList<>(found);
        int runFrom = -1;
        for (int c = 0; c <= columns.length; c++) {
            boolean sure = c < columns.length && isSureAndFar(columns[c], c, found);
            if (sure && runFrom < 0) {
                runFrom = c;
            } else if (!sure && runFrom >= 0) {
                all.add(new Segment(runFrom, c, averaged(sum, runFrom, c)));
                runFrom = -1;
            }
        }
        all.sort(Comparator.comparingInt(Segment::from));
        return all;
    }

    private static boolean isSureAndFar(float[] column, int c, List<Segment> found) {
        if (column[Inference.argMax(column, 0, 10)] < SURE) {
            return false;
        }
        return found.stream().allMatch(s -> Math.abs(s.middle() - (c + 0.5)) >= FAR);
    }

    /**
     * The ten digits' probabilities over columns {@code from} to {@code to}: each column's geometric mean, scaled to
     * sum to 1, so that the most probable digit is the one the dynamic programming chose for the segment.
     */
    private static float[] averaged(double[][] sum, int from, int to) {
        double[] mean = new double[10];
        double total = 0;
        for (int d = 0; d < 10; d++) {
            mean[d] = Math.exp((sum[d][to] - sum[d][from]) / (to - from));
            total += mean[d];
        }
        float[] p = new float[10];
        for (int d = 0; d < 10; d++) {
            p[d] = (float) (mean[d] / total);
        }
        return p;
    }
}
