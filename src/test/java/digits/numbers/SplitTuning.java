package digits.numbers;

import digits.data.Mnist;
import digits.evaluation.Predictor;
import digits.image.Components;
import digits.numbers.composed.ComposedNumber;
import digits.numbers.composed.NumberComposer;
import digits.photos.PageInk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses {@link RecognitionSplit#WEIGHTS} by a grid search on numbers composed from MNIST's <em>training</em>
 * digits (never the test digits the benchmark measures on): each number's candidate pieces are read once, then
 * every set of weights picks its splits and is scored by how many numbers it reads right. Not a test: run it with
 *
 * <pre>
 * java -cp "target/test-classes:target/digits.jar:target/lib/*" digits.numbers.SplitTuning [numbers per kind]
 * </pre>
 */
public final class SplitTuning {

    private record Sample(String kind, String text, List<RecognitionSplit.Candidates> groups) {}

    private record Result(RecognitionSplit.Weights weights, double[] count, double[] right, double objective) {}

    private SplitTuning() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Mnist mnist = Mnist.load();
        Predictor predictor = Predictor.load(Path.of("notebooks/models/digits-cnn.zip"));
        // the training digits the network did not learn from (notebook 04's validation split): on digits it learned,
        // it reads pieces more surely than on new ones, and a split tuned there cuts too often
        NumberComposer composer = NumberComposer.of(
                digits.preprocessing.Split.stratified(mnist.train(), 0.1, 42).validation(), 7);
        List<Sample> samples = new ArrayList<>();
        String[] kinds = {"separated", "touching", "overlapping"};
        for (String kind : kinds) {
            List<ComposedNumber> numbers = switch (kind) {
                case "separated" -> composer.separated(n);
                case "touching" -> composer.touching(n);
                default -> composer.overlapping(n);
            };
            int shown = 0;
            for (ComposedNumber number : numbers) {
                Sample sample = new Sample(kind, number.text(), candidates(number, predictor));
                samples.add(sample);
                if (System.getenv("SHOW") != null
                        && kind.equals("touching")
                        && shown < 12
                        && !reachable(sample.groups(), 0, sample.text())) {
                    show(sample, number, shown++);
                }
            }
        }
        System.out.println("read " + samples.size() + " numbers' pieces");
        double[] reachable = new double[3];
        for (Sample s : samples) {
            int k = s.kind().equals("separated") ? 0 : s.kind().equals("touching") ? 1 : 2;
            reachable[k] += reachable(s.groups(), 0, s.text()) ? 100.0 / n : 0;
        }
        System.out.println(String.format(
                Locale.ROOT,
                "numbers some way of cutting reads right: %.1f/%.1f/%.1f",
                reachable[0],
                reachable[1],
                reachable[2]));
        List<Result> results = new ArrayList<>();
        for (double pieceCost : new double[] {0, 0.5, 1, 1.5, 2}) {
            for (double crossCost : new double[] {0.8, 1.2, 1.6, 2.4, 3.2}) {
                for (double sizeCost : new double[] {10, 20}) {
                    for (double widest : new double[] {0.8, 0.9, 1.0}) {
                        for (double marginWeight : new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.3}) {
                            results.add(score(
                                    samples,
                                    new RecognitionSplit.Weights(
                                            pieceCost, crossCost, sizeCost, widest, 0.1, 0.8, 0.5, marginWeight)));
                        }
                    }
                }
            }
        }
        results.sort(Comparator.comparingDouble(Result::objective).reversed());
        print("in use", score(samples, RecognitionSplit.WEIGHTS));
        int fewer = 0, more = 0;
        for (Sample s : samples) {
            if (s.kind().equals("touching")) {
                int found = 0;
                for (RecognitionSplit.Candidates c : s.groups()) {
                    found += RecognitionSplit.chosenPieces(c, RecognitionSplit.WEIGHTS)
                            .size();
                }
                fewer += found < s.text().length() ? 1 : 0;
                more += found > s.text().length() ? 1 : 0;
            }
        }
        System.out.println("touching numbers cut into too few digits: " + fewer + ", too many: " + more);
        if (System.getenv("DIAG") != null) {
            diagnose(samples);
        }
        Map<Double, Result> bestPerMargin = new TreeMap<>();
        for (Result r : results) {
            bestPerMargin.putIfAbsent(r.weights().marginWeight(), r);
        }
        bestPerMargin.values().forEach(r -> print("margin", r));
        // the best that splits as many separated numbers right as the weights before the margin counted
        Result before = score(samples, new RecognitionSplit.Weights(0, 0.8, 10, 0.9, 0.1, 0.8, 0.5, 0));
        print("before", before);
        results.stream()
                .filter(r -> r.count()[0] >= before.count()[0])
                .sorted(Comparator.comparingDouble((Result r) -> r.right()[1]).reversed())
                .limit(8)
                .forEach(r -> print("kept", r));
        for (Result r : results.subList(0, 15)) {
            print("best", r);
        }
    }

    /** Each touching number read wrong that some way of cutting reads right: what each group's chosen pieces read. */
    private static void diagnose(List<Sample> samples) {
        for (Sample s : samples) {
            if (!s.kind().equals("touching") || !reachable(s.groups(), 0, s.text())) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            StringBuilder read = new StringBuilder();
            for (RecognitionSplit.Candidates c : s.groups()) {
                b.append(" [");
                for (int i : RecognitionSplit.chosenPieces(c, RecognitionSplit.WEIGHTS)) {
                    RecognitionSplit.Piece p = c.pieces().get(i);
                    var pr = c.predictions().get(i);
                    read.append(pr.digit());
                    b.append(String.format(
                            Locale.ROOT,
                            " %d %.2f w%.2f h%.2f a%.2f s%.2f;",
                            pr.digit(),
                            pr.confidence(),
                            p.width(),
                            p.height(),
                            p.width() / p.height(),
                            RecognitionSplit.score(p, pr, RecognitionSplit.WEIGHTS)));
                }
                b.append("]");
            }
            if (!read.toString().equals(s.text())) {
                System.out.println("diag " + s.text() + " read " + read + ":" + b);
            }
        }
    }

    private static void print(String what, Result r) {
        System.out.println(String.format(
                Locale.ROOT,
                "%-6s %s: count %.1f/%.1f/%.1f right %.1f/%.1f/%.1f objective %.2f",
                what,
                r.weights(),
                r.count()[0],
                r.count()[1],
                r.count()[2],
                r.right()[0],
                r.right()[1],
                r.right()[2],
                r.objective()));
    }

    /** The segmentation's steps up to the split (composed numbers have no ruled lines), then the pieces read. */
    static List<RecognitionSplit.Candidates> candidates(ComposedNumber number, Predictor predictor) {
        PageInk ink = PageInk.find(number.picture(), number.text());
        Components found = Components.of(ink.mask(), ink.width(), ink.height());
        boolean[] dropped = new boolean[found.components().size()];
        TypicalDigit digit = TypicalDigit.of(found.components(), dropped);
        List<ComponentGroup> groups = new ArrayList<>(Grouping.group(found.components(), dropped, digit));
        groups.sort(Comparator.comparingInt(g -> g.left));
        return RecognitionSplit.candidates(groups, ink, found.labels(), digit.height(), predictor);
    }

    private static void show(Sample s, ComposedNumber number, int k) {
        try {
            javax.imageio.ImageIO.write(number.picture(), "png", new java.io.File("/tmp/seg-show-" + k + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder b = new StringBuilder(k + " " + s.text() + ":");
        for (RecognitionSplit.Candidates c : s.groups()) {
            b.append(String.format(
                    Locale.ROOT,
                    " [x %d w %d cuts %d:",
                    c.group().left,
                    c.group().width(),
                    c.crossed().length - 2));
            for (int i = 0; i < c.pieces().size(); i++) {
                RecognitionSplit.Piece p = c.pieces().get(i);
                b.append(String.format(
                        Locale.ROOT,
                        " %d-%d=%d(%.2f)",
                        p.from(),
                        p.to(),
                        c.predictions().get(i).digit(),
                        c.predictions().get(i).confidence()));
            }
            b.append("]");
        }
        System.out.println(b);
    }

    /** Whether the groups from {@code g} on can be cut into pieces that the network reads as {@code text}. */
    private static boolean reachable(List<RecognitionSplit.Candidates> groups, int g, String text) {
        if (g == groups.size()) {
            return text.isEmpty();
        }
        RecognitionSplit.Candidates c = groups.get(g);
        int last = c.crossed().length - 1;
        java.util.Set<String> ends = new java.util.HashSet<>();
        ends.add("0:");
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(ends);
        while (!todo.isEmpty()) {
            String state = todo.pop();
            int at = Integer.parseInt(state.substring(0, state.indexOf(':')));
            String read = state.substring(state.indexOf(':') + 1);
            if (at == last) {
                if (text.startsWith(read) && reachable(groups, g + 1, text.substring(read.length()))) {
                    return true;
                }
                continue;
            }
            for (int i = 0; i < c.pieces().size(); i++) {
                if (c.pieces().get(i).from() == at) {
                    String next = read + c.predictions().get(i).digit();
                    String key = c.pieces().get(i).to() + ":" + next;
                    if (text.startsWith(next) && ends.add(key)) {
                        todo.push(key);
                    }
                }
            }
        }
        return false;
    }

    private static Result score(List<Sample> samples, RecognitionSplit.Weights w) {
        double[] count = new double[3], right = new double[3], total = new double[3];
        for (Sample s : samples) {
            int k = s.kind().equals("separated") ? 0 : s.kind().equals("touching") ? 1 : 2;
            StringBuilder text = new StringBuilder();
            for (RecognitionSplit.Candidates c : s.groups()) {
                for (int i : RecognitionSplit.chosenPieces(c, w)) {
                    text.append(c.predictions().get(i).digit());
                }
            }
            total[k]++;
            count[k] += text.length() == s.text().length() ? 1 : 0;
            right[k] += text.toString().equals(s.text()) ? 1 : 0;
        }
        for (int k = 0; k < 3; k++) {
            count[k] = 100 * count[k] / total[k];
            right[k] = 100 * right[k] / total[k];
        }
        // separated numbers must stay as good as they are: one split wrong weighs as 13 touching ones read wrong
        double objective = 10 * count[0] + 3 * right[0] + right[1] + 0.5 * right[2] + 0.5 * count[1];
        return new Result(w, count, right, objective);
    }
}
