package digits.numbers;

import digits.display.CutPicture;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How {@link RecognitionSplit} cuts the group of a picture that has the most candidate cuts: its ink, the candidate
 * cut paths, the ink profile, and every way of cutting with its score, for {@link CutPicture} to paint.
 */
final class SplitView {

    /** The most ways of cutting listed (the chosen way and "no cut" are always among them). */
    static final int MOST_WAYS = 6;

    private SplitView() {}

    /** One way of cutting: its pieces (indices into the candidates' pieces) and its score. */
    private record Way(List<Integer> pieces, double score) {}

    /**
     * What the picture shows.
     *
     * @param title its title
     * @param group the group, its cuts and the ways of cutting it
     */
    record View(String title, CutPicture.Group group) {}

    /**
     * @param writing   the writing found in a picture
     * @param predictor the network
     * @return the picture of how its group with the most candidate cuts is cut
     */
    static BufferedImage picture(Writing writing, Predictor predictor) {
        View view = view(writing, predictor);
        return CutPicture.paint(view.title(), view.group());
    }

    /**
     * @param writing   the writing found in a picture
     * @param predictor the network
     * @return how its group with the most candidate cuts is cut
     */
    static View view(Writing writing, Predictor predictor) {
        List<RecognitionSplit.Candidates> all = RecognitionSplit.candidates(
                writing.groups, writing.ink, writing.found.labels(), writing.digit.height(), predictor);
        RecognitionSplit.Candidates c = all.stream()
                .max(Comparator.comparingInt(
                                (RecognitionSplit.Candidates k) -> k.cuts().size())
                        .thenComparingInt(k -> k.group().width()))
                .orElseThrow();
        List<Integer> chosen = RecognitionSplit.chosenPieces(c, RecognitionSplit.WEIGHTS);
        List<Way> ways = new ArrayList<>();
        collect(c, 0, new ArrayList<>(), 0, ways);
        ways.sort(Comparator.comparingDouble(Way::score).reversed());
        List<String> lines = new ArrayList<>();
        lines.add(describe(c, new Way(chosen, score(c, chosen)), true));
        for (Way w : ways) {
            boolean whole = w.pieces().size() == 1;
            if (!w.pieces().equals(chosen) && (lines.size() < MOST_WAYS - 1 || whole) && lines.size() < MOST_WAYS) {
                lines.add(describe(c, w, false));
            }
        }
        List<int[]> inner = new ArrayList<>();
        List<Boolean> used = new ArrayList<>();
        ComponentGroup g = c.group();
        for (int k = 1; k < c.cuts().size() - 1; k++) {
            int[] columns = c.cuts().get(k).clone();
            for (int r = 0; r < columns.length; r++) {
                columns[r] -= g.left;
            }
            inner.add(columns);
            final int cut = k;
            used.add(chosen.stream().anyMatch(i -> c.pieces().get(i).to() == cut));
        }
        String title = String.format(
                Locale.ROOT,
                "%s: a group %d pixels wide, %d candidate cuts, %d ways of cutting",
                writing.name,
                g.width(),
                inner.size(),
                ways.size());
        return new View(title, new CutPicture.Group(ink(writing, g), g.width(), g.height(), inner, used, lines));
    }

    /** Every way from {@code at} to the group's right edge, each piece one the network read. */
    private static void collect(RecognitionSplit.Candidates c, int at, List<Integer> so, double score, List<Way> ways) {
        if (at == c.cuts().size() - 1) {
            ways.add(new Way(List.copyOf(so), score));
            return;
        }
        for (int i = 0; i < c.pieces().size(); i++) {
            RecognitionSplit.Piece p = c.pieces().get(i);
            if (p.from() == at) {
                so.add(i);
                collect(c, p.to(), so, score + step(c, i), ways);
                so.remove(so.size() - 1);
            }
        }
    }

    private static double score(RecognitionSplit.Candidates c, List<Integer> pieces) {
        return pieces.stream().mapToDouble(i -> step(c, i)).sum();
    }

    /** A piece's score, less the cost of the cut at its right end (none at the group's edge), as the split sums them. */
    private static double step(RecognitionSplit.Candidates c, int i) {
        RecognitionSplit.Piece p = c.pieces().get(i);
        double crossing =
                p.to() == c.cuts().size() - 1 ? 0 : RecognitionSplit.WEIGHTS.crossCost() * c.crossed()[p.to()];
        return RecognitionSplit.score(p, c.predictions().get(i), RecognitionSplit.WEIGHTS) - crossing;
    }

    private static String describe(RecognitionSplit.Candidates c, Way w, boolean chosen) {
        StringBuilder read = new StringBuilder();
        StringBuilder pieces = new StringBuilder();
        for (int i : w.pieces()) {
            Prediction p = c.predictions().get(i);
            read.append(p.digit());
            if (pieces.length() > 0) {
                pieces.append(" | ");
            }
            pieces.append(String.format(Locale.ROOT, "%d at %.1f%%", p.digit(), 100 * p.confidence()));
        }
        String kind = w.pieces().size() == 1
                ? "one digit, no cut"
                : (w.pieces().size() - 1) + " cut" + (w.pieces().size() > 2 ? "s" : "");
        return String.format(
                Locale.ROOT, "%s%s (%s): %s, score %.2f", chosen ? "chosen: " : "", read, kind, pieces, w.score());
    }

    /** The group's ink in its box, 0..1 of its darkest pixel; other groups' ink left out. */
    private static float[] ink(Writing writing, ComponentGroup g) {
        int w = writing.ink.width();
        float[] out = new float[g.width() * g.height()];
        int[] labels = writing.found.labels();
        float darkest = 0;
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                int i = (g.top + y) * w + g.left + x;
                if (labels[i] >= 0 && g.holds(labels[i])) {
                    out[y * g.width() + x] = writing.ink.darkness()[i];
                    darkest = Math.max(darkest, writing.ink.darkness()[i]);
                }
            }
        }
        for (int i = 0; darkest > 0 && i < out.length; i++) {
            out[i] /= darkest;
        }
        return out;
    }
}
