package digits.numbers;

import digits.model.Inference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns what the middle network says of each column of a group into digits, by dynamic programming: each column is
 * either "no middle" or in a segment of 1 to {@link #LONGEST} columns that are all the middle of one digit; a way
 * of reading the group scores the sum of its columns' log probabilities, each segment paying {@link #COST}; the
 * best way wins, and a group holds at least one digit. A digit's ink reaches about {@link #REACH} columns either
 * side of its middle, so a way of reading also pays {@link #UNEXPLAINED} for each column of the group's edges
 * beyond that reach of its first and last digit, and for each column by which two neighbouring digits' middles lie
 * more than {@link #NEIGHBOURS} apart: ink that no digit found explains may be a digit whose middle the
 * network saw too faintly to pay the cost (a 6 pressed against the 2 before it). In a group found to hold several
 * digits, a run of columns where the network is at least {@link #SURE} sure of a digit's middle, {@link #FAR}
 * columns or more from every digit found, is one more digit: a narrow digit pressed against its neighbour (most often
 * a 1) makes too short a run to pay the cost, though the network sees its middle. In a group of one digit the cost
 * and the reach alone decide, as they keep a wide digit from being read as two.
 */
final class MiddleDecoder {

    /** The most columns one digit's middle spans on the strip. */
    static final int LONGEST = 7;
    /** What each digit costs, in log probability: the price of reading one more digit. */
    static final double COST = 16;
    /** How far a digit's ink reaches either side of its middle, in strip columns (a typical digit is 20 high). */
    static final double REACH = 14;
    /** How far apart two neighbouring digits' middles lie at most before the ink between them is unexplained. */
    static final double NEIGHBOURS = 16;
    /** What each column of ink that no digit found explains costs, in log probability. */
    static final double UNEXPLAINED = 2;
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
        return segments(columns, LONGEST, COST, UNEXPLAINED);
    }

    /**
     * @param columns     for each column of a group, the network's 11 probabilities
     * @param longest     the most columns of one digit's middle
     * @param cost        what each digit costs, in log probability
     * @param unexplained what each column of unexplained ink costs, in log probability (0: ink is not counted)
     * @return the digits found, left to right
     */
    static List<Segment> segments(float[][] columns, int longest, double cost, double unexplained) {
        int n = columns.length;
        double[][] sum = new double[MiddleNetwork.CLASSES][n + 1]; // running sums of log probabilities
        for (int k = 0; k < MiddleNetwork.CLASSES; k++) {
            for (int c = 0; c < n; c++) {
                sum[k][c + 1] = sum[k][c] + Math.log(Math.max(LEAST_PROBABILITY, columns[c][k]));
            }
        }
        // every candidate digit, in order of its last column: its middle's columns, its best digit, and what it gains
        // over reading its columns as "no middle", less the cost
        List<Candidate> candidates = new ArrayList<>();
        for (int to = 1; to <= n; to++) {
            for (int from = Math.max(0, to - longest); from < to; from++) {
                int best = 0;
                for (int d = 1; d < 10; d++) {
                    best = sum[d][to] - sum[d][from] > sum[best][to] - sum[best][from] ? d : best;
                }
                double none = sum[MiddleNetwork.NO_MIDDLE][to] - sum[MiddleNetwork.NO_MIDDLE][from];
                candidates.add(new Candidate(from, to, sum[best][to] - sum[best][from] - none - cost));
            }
        }
        // score[j]: the best reading of the columns up to candidate j's last, with j its last digit
        double[] score = new double[candidates.size()];
        int[] before = new int[candidates.size()];
        int last = -1;
        double bestEnd = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < candidates.size(); j++) {
            Candidate c = candidates.get(j);
            score[j] = c.gain() - unexplained * beyond(c.middle(), REACH); // the first digit, from the left edge
            before[j] = -1;
            for (int i = 0; i < j && candidates.get(i).to() <= c.from(); i++) {
                Candidate p = candidates.get(i);
                double v = score[i] + c.gain() - unexplained * beyond(c.middle() - p.middle(), NEIGHBOURS);
                if (v > score[j]) {
                    score[j] = v;
                    before[j] = i;
                }
            }
            double end = score[j] - unexplained * beyond(n - c.middle(), REACH); // the last digit, to the right edge
            if (end > bestEnd) {
                bestEnd = end;
                last = j;
            }
        }
        List<Segment> found = new ArrayList<>();
        for (int j = last; j >= 0; j = before[j]) {
            Candidate c = candidates.get(j);
            found.add(0, new Segment(c.from(), c.to(), averaged(sum, c.from(), c.to())));
        }
        return found.size() < 2 ? found : withSureMiddles(columns, sum, found);
    }

    /** A digit the dynamic programming may choose: its middle's columns, and what choosing it gains. */
    private record Candidate(int from, int to, double gain) {
        double middle() {
            return (from + to) / 2.0;
        }
    }

    /** How far {@code distance} goes beyond {@code limit}, or 0. */
    private static double beyond(double distance, double limit) {
        return Math.max(0, distance - limit);
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
