package digits.numbers;

import digits.data.DigitImage;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.image.Plane;
import digits.photos.PageInk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts touching digits apart with the network's help (segmentation by recognition, the classic answer for strings of
 * handwritten numerals). Through each group that may hold more than one digit, candidate cut paths
 * ({@link CutPaths}); every piece between two of them (the whole group too) is cut out as a digit is and brought
 * into MNIST form, and the network reads all the pieces of a number in one batch. A piece scores the log
 * probability of the digit it reads best and, weighted, the log of that probability over the second best's (how
 * clearly it is that digit), less a penalty for a size unlike a digit's and a cost per digit; each cut costs the
 * ink it crosses. Dynamic programming over the cuts finds the way of splitting with the best sum;
 * "one digit, no cut" is always among the ways.
 *
 * <p>The network alone cannot choose: it reads a stroke cut off a 0 as a sure 1, so a cut must pay for the ink it
 * crosses and a piece for a size unlike a digit's, or cutting wins. The log probability alone cannot tell two
 * touching digits read as one sure digit (a 1 and a 4 read as a 4 at 0.99) from the pair cut apart (two pieces at
 * 0.9999): both sum to about 0. The margin over the second best digit can: each of two clear digits brings its own,
 * so cutting such a pair wins where its pieces are read more clearly than the whole. The constants were chosen by
 * a grid search on numbers composed from MNIST's <em>training</em> digits that the network did not learn from
 * (notebook 04's validation split; on the digits it learned from it reads pieces too surely), see
 * {@code SplitTuning} among the tests; the benchmark measures on the test digits. With the margin counted, the
 * search wants a cost per digit (1.5) that the margin of a clear reading (up to 0.15 x 9.2) about pays for.
 */
final class RecognitionSplit {

    /**
     * How the pieces are scored.
     *
     * @param pieceCost  the cost of each digit
     * @param crossCost  the cost of each pen width of ink a cut goes through
     * @param sizeCost   the cost of a piece's size unlike a digit's (per squared share of the digit height)
     * @param widest     a piece wider than this share of the digit height is too wide
     * @param narrowest  a piece narrower than this share is too narrow
     * @param lowest     a piece lower than this share is too low
     * @param mayBeTwo   a group narrower than this share of the digit height is one digit, not cut
     * @param marginWeight how much a piece read clearly gains: the weight of the log of the best digit's
     *                   probability over the second best's (each at least {@link #LEAST_PROBABILITY})
     */
    record Weights(
            double pieceCost,
            double crossCost,
            double sizeCost,
            double widest,
            double narrowest,
            double lowest,
            double mayBeTwo,
            double marginWeight) {}

    /**
     * The weights in use, as {@code SplitTuning 800} chose them (its first "kept" line: as many separated numbers split
     * right as without the margin, and of those the most touching numbers read right).
     */
    static final Weights WEIGHTS = new Weights(1.5, 0.8, 20, 0.9, 0.1, 0.8, 0.5, 0.15);

    /** A group narrower than this share of the digit height is one digit: its pieces are not read (as tuned). */
    static final double MAY_BE_TWO = 0.5;
    /**
     * A group alone in its picture is cut only if wider than this share of its height: with no neighbour to measure a
     * digit by, a wide single digit (a 0 or a 2 drawn wide) is far more common than two touching digits alone.
     */
    static final double LONE_MAY_BE_TWO = 1.5;
    /** No piece (but a whole group) is wider than this share of the digit height. */
    static final double WIDEST_PIECE = 1.3;
    /**
     * A piece's width is measured upright, its own slant taken out up to this many columns per row: a slanted 1 or
     * 7 is as wide as it is long, and measured as it lies it would be cut in two (slanted digits, sheared by 0.4:
     * 81.8% of separated numbers got the right count, 99.2% measured upright).
     */
    static final double MAX_SLANT = 0.6;
    /** Probabilities count as at least this, so that one sure "no" costs much but not all. */
    static final double LEAST_PROBABILITY = 1e-4;

    /**
     * A piece of a group between two of its cuts.
     *
     * @param from  the index of its left cut (0: the group's left edge)
     * @param to    the index of its right cut
     * @param group its ink, as a group cut along the paths
     * @param width its ink's width once upright ({@link Plane#uprightWidth}), as a share of the digit height
     * @param height its ink's height, as a share of the digit height
     * @param digit its ink in MNIST form
     */
    record Piece(int from, int to, ComponentGroup group, double width, double height, DigitImage digit) {}

    /**
     * A group with its candidate cuts and pieces, as read by the network.
     *
     * @param group       the group
     * @param cuts        each cut, the group's edges first and last: for each row of the group from its top, the
     *                    first column right of the cut
     * @param crossed     for each cut, the ink it crosses in pen widths (0 at the edges)
     * @param pieces      the pieces
     * @param predictions what the network reads in each piece
     */
    record Candidates(
            ComponentGroup group,
            List<int[]> cuts,
            double[] crossed,
            List<Piece> pieces,
            List<Prediction> predictions) {}

    private RecognitionSplit() {}

    /**
     * @param groups      the groups found, each one digit or touching digits
     * @param ink         the ink found
     * @param labels      the component of each pixel, -1 for paper
     * @param digitHeight the typical digit height, in pixels
     * @param predictor   the network
     * @return the digits, group after group
     */
    static List<ComponentGroup> split(
            List<ComponentGroup> groups, PageInk ink, int[] labels, double digitHeight, Predictor predictor) {
        List<ComponentGroup> digits = new ArrayList<>();
        for (Candidates c : candidates(groups, ink, labels, digitHeight, predictor)) {
            digits.addAll(choose(c, WEIGHTS));
        }
        return digits;
    }

    /** Each group's candidate pieces, all read in one batch. */
    static List<Candidates> candidates(
            List<ComponentGroup> groups, PageInk ink, int[] labels, double digitHeight, Predictor predictor) {
        double least = groups.size() == 1 ? LONE_MAY_BE_TWO : MAY_BE_TWO;
        List<List<Piece>> pieces = new ArrayList<>();
        List<double[]> crossed = new ArrayList<>();
        List<List<int[]>> allCuts = new ArrayList<>();
        List<DigitImage> batch = new ArrayList<>();
        for (ComponentGroup g : groups) {
            List<CutPaths.Path> paths =
                    g.width() < least * digitHeight ? List.of() : CutPaths.of(g, ink, labels, digitHeight);
            List<int[]> cuts = new ArrayList<>();
            double[] cross = new double[paths.size() + 2];
            cuts.add(edge(g, g.left));
            for (int k = 0; k < paths.size(); k++) {
                cuts.add(paths.get(k).columns());
                cross[k + 1] = paths.get(k).crossed();
            }
            cuts.add(edge(g, g.right));
            List<Piece> own = new ArrayList<>();
            for (int i = 0; i < cuts.size() - 1; i++) {
                for (int j = i + 1; j < cuts.size(); j++) {
                    boolean whole = i == 0 && j == cuts.size() - 1;
                    piece(g.between(cuts.get(i), cuts.get(j)), i, j, ink, labels, digitHeight)
                            .filter(p -> whole || p.width() <= WIDEST_PIECE)
                            .ifPresent(own::add);
                }
            }
            own.forEach(p -> batch.add(p.digit()));
            pieces.add(own);
            crossed.add(cross);
            allCuts.add(List.copyOf(cuts));
        }
        List<Prediction> read = predictor.predictAll(batch);
        List<Candidates> out = new ArrayList<>();
        int k = 0;
        for (int g = 0; g < groups.size(); g++) {
            int n = pieces.get(g).size();
            out.add(new Candidates(
                    groups.get(g), allCuts.get(g), crossed.get(g), pieces.get(g), read.subList(k, k + n)));
            k += n;
        }
        return out;
    }

    private static int[] edge(ComponentGroup g, int column) {
        int[] columns = new int[g.height()];
        Arrays.fill(columns, column);
        return columns;
    }

    /** The piece's ink cut out as {@link DigitCutter} cuts a digit's, in MNIST form; empty if it holds no ink. */
    private static Optional<Piece> piece(
            ComponentGroup cut, int from, int to, PageInk ink, int[] labels, double digitHeight) {
        DigitCutter.Cut one = DigitCutter.cut(List.of(cut), labels, ink);
        if (one.digits().isEmpty()) {
            return Optional.empty();
        }
        Plane plane = one.digits().get(0);
        DigitImage digit = NumberSegmentation.mnistForm(plane);
        return Optional.of(new Piece(
                from, to, cut, plane.uprightWidth(MAX_SLANT) / digitHeight, plane.height() / digitHeight, digit));
    }

    /** @return a piece's score as one digit */
    static double score(Piece piece, Prediction read, Weights w) {
        double first = 0, second = 0;
        for (float probability : read.probabilities()) {
            double p = Math.max(LEAST_PROBABILITY, probability);
            second = Math.max(second, Math.min(first, p));
            first = Math.max(first, p);
        }
        double best = Math.log(first) + w.marginWeight() * Math.log(first / second);
        double wide = Math.max(0, piece.width() - w.widest());
        double narrow = Math.max(0, w.narrowest() - piece.width());
        double low = Math.max(0, w.lowest() - piece.height());
        return best - w.sizeCost() * (wide * wide + narrow * narrow + low * low) - w.pieceCost();
    }

    /**
     * Dynamic programming over the cuts: the best way to reach each cut from the group's left edge.
     *
     * @return the pieces of the best way, left to right
     */
    static List<ComponentGroup> choose(Candidates c, Weights w) {
        return chosenPieces(c, w).stream().map(i -> c.pieces().get(i).group()).toList();
    }

    /** The indices of the pieces of the best way, left to right. */
    static List<Integer> chosenPieces(Candidates c, Weights w) {
        int cuts = c.crossed().length;
        int whole = wholeOrFirst(c);
        if (c.pieces().get(whole).width() < w.mayBeTwo()) {
            return List.of(whole);
        }
        double[] best = new double[cuts];
        int[] last = new int[cuts];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(last, -1);
        best[0] = 0;
        // pieces come ordered by their left cut, so every way into a cut is complete before a piece leaves it
        for (int i = 0; i < c.pieces().size(); i++) {
            Piece p = c.pieces().get(i);
            if (best[p.from()] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double crossing = p.to() == cuts - 1 ? 0 : w.crossCost() * c.crossed()[p.to()];
            double s = best[p.from()] + score(p, c.predictions().get(i), w) - crossing;
            if (s > best[p.to()]) {
                best[p.to()] = s;
                last[p.to()] = i;
            }
        }
        List<Integer> way = new ArrayList<>();
        for (int at = cuts - 1; at > 0; at = c.pieces().get(way.get(0)).from()) {
            if (last[at] < 0) {
                return List.of(wholeOrFirst(c));
            }
            way.add(0, last[at]);
        }
        return way;
    }

    /** The whole group's piece (from the left edge to the right), which is always cut out if it holds ink. */
    private static int wholeOrFirst(Candidates c) {
        for (int i = 0; i < c.pieces().size(); i++) {
            if (c.pieces().get(i).from() == 0 && c.pieces().get(i).to() == c.crossed().length - 1) {
                return i;
            }
        }
        return 0;
    }
}
