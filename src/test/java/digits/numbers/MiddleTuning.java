package digits.numbers;

import digits.data.DigitImage;
import digits.data.Mnist;
import digits.evaluation.Predictor;
import digits.image.MnistForm;
import digits.numbers.composed.ComposedNumber;
import digits.numbers.composed.NumberComposer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A test-scope tool, not a test: chooses the middle decoder's settings (the longest middle, and a cost per digit that
 * may be lower in groups wider than a digit) on numbers composed from notebook 04's validation split, then reads the
 * benchmark's test numbers with the settings chosen and with today's, side by side, and says of the test numbers
 * with a wrong count how many have too few digits and how many too many; last, the cutting reader as a second opinion
 * (in a group at least so many digit heights wide where cutting along paths finds more digits than the middle
 * network, the cut reading is taken), its width chosen on validation. A group the decoder finds one digit in is read
 * by the course's network, as the reader reads it.
 *
 * <pre>
 * java -cp "target/test-classes:target/digits.jar:target/lib/*" digits.numbers.MiddleTuning MIDDLES.zip [numbers per kind]
 * </pre>
 */
public final class MiddleTuning {

    /** One group: what the middle network says of its columns, its width in typical digit heights, the whole read. */
    private record Group(float[][] columns, double width, int whole, String cut) {}

    private record Number(int kind, String truth, List<Group> groups) {}

    private record Setting(int longest, double narrowCost, double wideCost, double wideFrom) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "longest %d, cost %.0f, %.0f from %.2f digit heights",
                    longest,
                    narrowCost,
                    wideCost,
                    wideFrom);
        }
    }

    /**
     * In a group at least this many typical digit heights wide, where cutting along paths finds more digits than the
     * middle network, the cut reading is taken (never, at the start).
     */
    static double cutFrom = Double.MAX_VALUE;

    private MiddleTuning() {}

    /** Chooses on validation numbers, then measures on test numbers; see the class comment. */
    public static void main(String[] args) {
        MiddleNetwork middles = MiddleNetwork.load(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Mnist mnist = Mnist.load();
        Predictor predictor = Predictor.load(Path.of("notebooks/models/digits-cnn.zip"));
        List<Number> validation = read(
                NumberComposer.of(
                        digits.preprocessing.Split.stratified(mnist.train(), 0.1, 42)
                                .validation(),
                        7),
                count,
                middles,
                predictor);
        Setting today = new Setting(MiddleDecoder.LONGEST, MiddleDecoder.COST, MiddleDecoder.COST, 99);
        Setting chosen = today;
        double best = -1;
        for (int longest : new int[] {6, 7, 8}) {
            for (double narrow : new double[] {10, 12, 14, 16, 18, 20, 24}) {
                for (double wide : new double[] {2, 4, 6, 8, 10, 12, 14}) {
                    for (double from : new double[] {0.8, 0.9, 1.0, 1.1, 1.2, 99}) {
                        Setting s = new Setting(longest, narrow, wide, from);
                        double[] f = score(validation, s);
                        double objective = f[3] + f[5] + (f[0] >= 99.5 ? 1000 : 0);
                        if (objective > best) {
                            best = objective;
                            chosen = s;
                            System.out.println("validation, " + s + ": " + text(f));
                        }
                    }
                }
            }
        }
        System.out.println("validation, today's " + today + ": " + text(score(validation, today)));
        NumberComposer composer = NumberComposer.of(mnist.test(), 1);
        composer.separated(50); // NumberBenchmark's warm-up numbers: the same test numbers after them
        List<Number> test = read(composer, 1000, middles, predictor);
        System.out.println("test, today's " + today + ": " + text(score(test, today)));
        System.out.println("test, chosen " + chosen + ": " + text(score(test, chosen)));
        double chosenFrom = Double.MAX_VALUE;
        best = -1;
        for (double from : new double[] {0, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.6}) {
            cutFrom = from;
            double[] f = score(validation, today);
            System.out.printf(
                    Locale.ROOT, "validation, today's, cut where cutting finds more from %.1f: %s%n", from, text(f));
            double objective = f[3] + f[5] + (f[0] >= 99.5 ? 1000 : 0);
            if (objective > best) {
                best = objective;
                chosenFrom = from;
            }
        }
        cutFrom = chosenFrom;
        System.out.printf(
                Locale.ROOT,
                "test, today's, cut where cutting finds more from %.1f: %s%n",
                chosenFrom,
                text(score(test, today)));
        cutFrom = Double.MAX_VALUE;
        String[] kinds = {"separated", "touching", "overlapping"};
        int[][] wrong = new int[3][2];
        for (Number n : test) {
            int found = decode(n, today).length();
            if (found != n.truth().length()) {
                wrong[n.kind()][found < n.truth().length() ? 0 : 1]++;
            }
        }
        for (int k = 0; k < 3; k++) {
            System.out.printf(
                    "test, today's: %s numbers with too few digits %d, too many %d%n",
                    kinds[k], wrong[k][0], wrong[k][1]);
        }
    }

    private static List<Number> read(NumberComposer composer, int count, MiddleNetwork middles, Predictor predictor) {
        List<Number> numbers = new ArrayList<>();
        for (int kind = 0; kind < 3; kind++) {
            List<ComposedNumber> made = kind == 0
                    ? composer.separated(count)
                    : kind == 1 ? composer.touching(count) : composer.overlapping(count);
            for (ComposedNumber n : made) {
                Writing writing = Writing.find(n.text(), n.picture());
                List<MiddleStrip> strips = MiddleStrip.of(writing);
                List<float[][]> columns = middles.columns(strips);
                List<Group> groups = new ArrayList<>();
                List<ComponentGroup> allPieces = RecognitionSplit.split(
                        writing.groups, writing.ink, writing.found.labels(), writing.digit.height(), predictor);
                for (int i = 0; i < strips.size(); i++) {
                    var plane = DigitCutter.cut(List.of(strips.get(i).group), writing.found.labels(), writing.ink)
                            .digits()
                            .get(0);
                    int whole = predictor
                            .predict(DigitImage.unlabelled(MnistForm.of(plane).pixels()))
                            .digit();
                    ComponentGroup g = strips.get(i).group;
                    List<ComponentGroup> pieces = new ArrayList<>(allPieces.stream()
                            .filter(p -> p.left >= g.left && p.right <= g.right)
                            .sorted(java.util.Comparator.comparingInt(p -> p.left))
                            .toList());
                    StringBuilder cut = new StringBuilder();
                    for (var piece : DigitCutter.cut(pieces, writing.found.labels(), writing.ink)
                            .digits()) {
                        cut.append(predictor
                                .predict(DigitImage.unlabelled(
                                        MnistForm.of(piece).pixels()))
                                .digit());
                    }
                    groups.add(new Group(
                            columns.get(i), strips.get(i).columns() / (double) MnistForm.BOX, whole, cut.toString()));
                }
                numbers.add(new Number(kind, n.text(), groups));
            }
        }
        return numbers;
    }

    /** Right count and read right, per kind: {separated count, separated right, touching ..., overlapping ...}. */
    private static double[] score(List<Number> numbers, Setting s) {
        double[] f = new double[6];
        int[] per = new int[3];
        for (Number n : numbers) {
            String text = decode(n, s);
            per[n.kind()]++;
            f[2 * n.kind()] += text.length() == n.truth().length() ? 1 : 0;
            f[2 * n.kind() + 1] += text.equals(n.truth()) ? 1 : 0;
        }
        for (int i = 0; i < 6; i++) {
            f[i] = 100 * f[i] / Math.max(1, per[i / 2]);
        }
        return f;
    }

    private static String decode(Number n, Setting s) {
        StringBuilder text = new StringBuilder();
        for (Group g : n.groups()) {
            double cost = g.width() >= s.wideFrom() ? s.wideCost() : s.narrowCost();
            List<MiddleDecoder.Segment> found =
                    MiddleDecoder.segments(g.columns(), s.longest(), cost, MiddleDecoder.UNEXPLAINED);
            if (g.width() >= cutFrom && g.cut().length() > found.size()) {
                text.append(g.cut());
            } else if (found.size() == 1) {
                text.append(g.whole());
            } else {
                found.forEach(seg -> text.append(seg.digit()));
            }
        }
        return text.toString();
    }

    private static String text(double[] f) {
        return String.format(
                Locale.ROOT,
                "separated %.1f / %.1f, touching %.1f / %.1f, overlapping %.1f / %.1f (right count / read right, %%)",
                f[0],
                f[1],
                f[2],
                f[3],
                f[4],
                f[5]);
    }
}
