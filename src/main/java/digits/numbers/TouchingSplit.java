package digits.numbers;

import digits.photos.PageInk;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts touching digits apart. A group much wider than a digit holds touching digits: it is cut into as many
 * pieces as digit widths fit, each cut at the column with the least ink near where it is expected.
 */
final class TouchingSplit {

    /** A group wider than this many digit heights holds touching digits. */
    static final double WIDE = 1.05;
    /**
     * The width of a digit, as a share of its height, used to guess how many touching digits a group holds when
     * the picture has no digit standing alone to measure.
     */
    static final double DIGIT_WIDTH = 0.7;
    /** A cut is sought within this share of a digit's width either side of where it is expected. */
    static final double CUT_REACH = 0.4;

    private final PageInk ink;
    private final int[] labels;
    private final double digitHeight;
    private final double digitWidth;

    /**
     * @param ink         the ink found
     * @param labels      the component of each pixel, -1 for paper
     * @param groups      the groups found, to measure the width of a digit standing alone
     * @param digitHeight the typical height of a digit, in pixels
     */
    TouchingSplit(PageInk ink, int[] labels, List<ComponentGroup> groups, double digitHeight) {
        this.ink = ink;
        this.labels = labels;
        this.digitHeight = digitHeight;
        this.digitWidth = typicalWidth(groups, digitHeight);
    }

    /** The median width of the groups no wider than a digit, or a typical share of the height if there are none. */
    private static double typicalWidth(List<ComponentGroup> groups, double digitHeight) {
        List<Integer> widths = new ArrayList<>();
        for (ComponentGroup g : groups) {
            if (g.width() <= WIDE * digitHeight && g.height() >= Grouping.FULL_HEIGHT * digitHeight) {
                widths.add(g.width());
            }
        }
        widths.sort(null);
        return widths.isEmpty() ? DIGIT_WIDTH * digitHeight : widths.get(widths.size() / 2);
    }

    /**
     * @param g a group
     * @return the group itself if it is not much wider than a digit; else its pieces, left to right, each the
     *     group's components cut to some of its columns
     */
    List<ComponentGroup> split(ComponentGroup g) {
        if (g.width() <= WIDE * digitHeight) {
            return List.of(g);
        }
        int pieces = Math.max(2, (int) Math.round(g.width() / Math.max(digitWidth, DIGIT_WIDTH * digitHeight)));
        double[] profile = columnInk(g);
        List<ComponentGroup> out = new ArrayList<>();
        int from = g.left;
        double step = (double) g.width() / pieces;
        for (int k = 1; k <= pieces; k++) {
            int to = k < pieces
                    ? g.left
                            + thinnestColumn(
                                    profile,
                                    (int) Math.round(k * step),
                                    (int) Math.round(CUT_REACH * step),
                                    from - g.left + 1)
                    : g.right;
            out.add(g.columns(from, to));
            from = to;
        }
        return out;
    }

    /** The group's ink in each of its columns. */
    private double[] columnInk(ComponentGroup g) {
        double[] profile = new double[g.width()];
        int w = ink.width();
        for (int y = g.top; y < g.bottom; y++) {
            for (int x = g.left; x < g.right; x++) {
                if (g.holds(labels[y * w + x])) {
                    profile[x - g.left] += ink.darkness()[y * w + x];
                }
            }
        }
        return profile;
    }

    /**
     * The column with the least ink within {@code reach} of {@code expected} (the nearer of equals), not left of
     * {@code first}; {@code expected} itself where there is no such column.
     */
    private static int thinnestColumn(double[] profile, int expected, int reach, int first) {
        int best = expected;
        for (int x = Math.max(first, expected - reach); x <= Math.min(profile.length - 1, expected + reach); x++) {
            if (profile[x] < profile[best]
                    || (profile[x] == profile[best] && Math.abs(x - expected) < Math.abs(best - expected))) {
                best = x;
            }
        }
        return best;
    }
}
