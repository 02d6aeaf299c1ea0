package digits.numbers;

import digits.photos.PageInk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where touching digits might be cut apart: paths from the top of a group to its bottom that cross as little ink
 * as they can. Overlapping strokes make straight cuts poor, so a path may step one column left or right per row;
 * from each column it starts near, the cheapest path within a band of columns is found by dynamic programming, and
 * the cheapest of these paths, kept apart from each other, are the candidates for the network to judge.
 */
final class CutPaths {

    /** A path keeps within this share of the digit height either side of the column it starts near. */
    static final double BAND = 0.2;
    /** Each step sideways costs this much, as much as crossing this share of a pixel of full ink. */
    static final double STEP_COST = 0.05;
    /** Paths are kept at least this share of the digit height apart (their mean columns). */
    static final double APART = 0.1;
    /** At most this many paths per digit height of the group's width. */
    static final double PATHS_PER_HEIGHT = 6;
    /** No path starts nearer than this share of the digit height to the group's edge. */
    static final double EDGE = 0.1;

    /**
     * A cut through a group.
     *
     * @param columns for each row of the group from its top, the first column right of the cut
     * @param crossed the ink the cut goes through, in pen widths (the darkness it crosses over the pen's width)
     */
    record Path(int[] columns, double crossed) {
        double mean() {
            return Arrays.stream(columns).average().orElseThrow();
        }
    }

    private CutPaths() {}

    /**
     * @param g           a group
     * @param ink         the ink found
     * @param labels      the component of each pixel, -1 for paper
     * @param digitHeight the typical digit height, in pixels
     * @return the candidate paths, left to right by mean column; none for a group too narrow to hold two digits
     */
    static List<Path> of(ComponentGroup g, PageInk ink, int[] labels, double digitHeight) {
        int w = g.width(), h = g.height();
        double[][] cost = new double[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (g.top + y) * ink.width() + g.left + x;
                cost[y][x] = g.holds(labels[i]) ? ink.darkness()[i] : 0;
            }
        }
        double pen = penWidth(g, ink, labels);
        int band = Math.max(2, (int) Math.round(BAND * digitHeight));
        int edge = Math.max(1, (int) Math.round(EDGE * digitHeight));
        List<Path> found = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        for (int start = edge; start <= w - edge; start++) {
            int from = Math.max(1, start - band), to = Math.min(w - 1, start + band);
            if (from > to) {
                continue;
            }
            double[] total = new double[1];
            int[] columns = cheapest(cost, from, to, total);
            double crossed = 0;
            for (int y = 0; y < h; y++) {
                crossed += cost[y][columns[y]];
                columns[y] += g.left;
            }
            found.add(new Path(columns, crossed / pen));
            costs.add(total[0]);
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(costs::get));
        int most = (int) Math.ceil(PATHS_PER_HEIGHT * w / digitHeight);
        double apart = Math.max(2, APART * digitHeight);
        List<Path> kept = new ArrayList<>();
        for (int i : order) {
            Path p = found.get(i);
            if (kept.size() < most && kept.stream().allMatch(k -> Math.abs(k.mean() - p.mean()) >= apart)) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingDouble(Path::mean));
        return kept;
    }

    /**
     * The cheapest path from the top row to the bottom one within columns {@code from..to}, stepping at most one
     * column per row.
     *
     * @param total receives the path's cost
     * @return its column in each row
     */
    private static int[] cheapest(double[][] cost, int from, int to, double[] total) {
        int h = cost.length, n = to - from + 1;
        double[][] best = new double[h][n];
        int[][] came = new int[h][n];
        for (int x = 0; x < n; x++) {
            best[0][x] = cost[0][from + x];
        }
        for (int y = 1; y < h; y++) {
            for (int x = 0; x < n; x++) {
                double b = best[y - 1][x];
                int c = x;
                for (int dx = -1; dx <= 1; dx += 2) {
                    int px = x + dx;
                    if (px >= 0 && px < n && best[y - 1][px] + STEP_COST < b) {
                        b = best[y - 1][px] + STEP_COST;
                        c = px;
                    }
                }
                best[y][x] = b + cost[y][from + x];
                came[y][x] = c;
            }
        }
        int end = 0;
        for (int x = 1; x < n; x++) {
            if (best[h - 1][x] < best[h - 1][end]
                    || (best[h - 1][x] == best[h - 1][end] && Math.abs(x - n / 2) < Math.abs(end - n / 2))) {
                end = x;
            }
        }
        total[0] = best[h - 1][end];
        int[] columns = new int[h];
        for (int y = h - 1; y >= 0; y--) {
            columns[y] = from + end;
            end = came[y][end];
        }
        return columns;
    }

    /** The median length of the group's horizontal runs of ink: how wide the pen is, in pixels. */
    private static double penWidth(ComponentGroup g, PageInk ink, int[] labels) {
        List<Integer> runs = new ArrayList<>();
        for (int y = g.top; y < g.bottom; y++) {
            int run = 0;
            for (int x = g.left; x <= g.right; x++) {
                int i = y * ink.width() + x;
                if (x < g.right && g.holds(labels[i])) {
                    run++;
                } else if (run > 0) {
                    runs.add(run);
                    run = 0;
                }
            }
        }
        runs.sort(null);
        return runs.isEmpty() ? 1 : runs.get(runs.size() / 2);
    }
}
