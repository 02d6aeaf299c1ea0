package digits.evaluation;

import digits.check.Check;
import digits.data.DigitSet;
import digits.display.DigitGrid;
import digits.preprocessing.Corruption;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How well networks read test digits changed the ways real handwriting differs from MNIST's ({@link Corruption}):
 * the accuracy of each network on the clean digits and on every corruption of them, side by side.
 *
 * <pre>{@code
 * var robustness = Robustness.measure(mnist.test(), List.of("plain", "augmented"), List.of(plain, augmented));
 * robustness.table()                       // one row per corruption, one column per network
 * System.out.println(robustness.summary()); // where the second network is ahead, close, behind
 * }</pre>
 */
public final class Robustness {

    /** The seed of the corruptions' random choices. */
    public static final long SEED = 42;
    /** Two networks within this many percentage points are called close. */
    public static final double CLOSE = 1.0;

    private static final String CLEAN = "clean";
    private static final String MEAN = "mean of the corruptions";

    private final DigitSet test;
    private final List<String> names;
    private final double[] clean; // per network
    private final double[][] corrupted; // [corruption][network]

    private Robustness(DigitSet test, List<String> names, double[] clean, double[][] corrupted) {
        this.test = test;
        this.names = List.copyOf(names);
        this.clean = clean;
        this.corrupted = corrupted;
    }

    /**
     * Reads the test digits, clean and under every corruption, with each network.
     *
     * @param test       labelled digits in MNIST form, such as {@code mnist.test()}
     * @param names      a short name per network, for the table's columns
     * @param predictors the networks, in the order of {@code names}
     * @return the accuracies
     * @throws IllegalArgumentException if there is not one name per network, or none
     */
    public static Robustness measure(DigitSet test, List<String> names, List<Predictor> predictors) {
        if (names.size() != predictors.size() || names.isEmpty()) {
            throw new IllegalArgumentException("one name per network, at least one: got " + names.size() + " names and "
                    + predictors.size() + " networks");
        }
        double[] clean = new double[names.size()];
        double[][] corrupted = new double[Corruption.values().length][names.size()];
        for (int n = 0; n < predictors.size(); n++) {
            clean[n] = predictors.get(n).test(test).accuracy();
        }
        for (Corruption corruption : Corruption.values()) {
            DigitSet changed = corruption.apply(test, SEED);
            for (int n = 0; n < predictors.size(); n++) {
                corrupted[corruption.ordinal()][n] =
                        predictors.get(n).test(changed).accuracy();
            }
        }
        return new Robustness(test, names, clean, corrupted);
    }

    /**
     * @param network one of the names given to {@link #measure}
     * @return its accuracy on the clean test digits, 0..1
     */
    public double clean(String network) {
        return clean[column(network)];
    }

    /**
     * @param corruption a corruption
     * @param network    one of the names given to {@link #measure}
     * @return its accuracy on the test digits changed by {@code corruption}, 0..1
     */
    public double accuracy(Corruption corruption, String network) {
        return corrupted[corruption.ordinal()][column(network)];
    }

    /**
     * @param network one of the names given to {@link #measure}
     * @return its mean accuracy over all corruptions, 0..1
     */
    public double meanOfCorruptions(String network) {
        int n = column(network);
        double sum = 0;
        for (double[] row : corrupted) {
            sum += row[n];
        }
        return sum / corrupted.length;
    }

    private int column(String network) {
        int n = names.indexOf(network);
        if (n < 0) {
            throw new IllegalArgumentException("no network named '" + network + "': the networks are " + names);
        }
        return n;
    }

    /**
     * @return a table "Accuracy on N test digits, clean and changed" with a row for the clean digits, one per
     *     corruption and the mean of the corruptions; columns "corruption", "what it does", one "NAME %" per network
     *     (2 decimals) and, for two networks, "SECOND − FIRST (% points)"
     */
    public Table table() {
        StringColumn corruption = StringColumn.create("corruption");
        StringColumn change = StringColumn.create("what it does");
        List<DoubleColumn> accuracy =
                names.stream().map(name -> DoubleColumn.create(name + " %")).toList();
        corruption.append(CLEAN);
        change.append("the test digits as they are");
        addRow(accuracy, clean);
        for (Corruption c : Corruption.values()) {
            corruption.append(c.label());
            change.append(c.change());
            addRow(accuracy, corrupted[c.ordinal()]);
        }
        corruption.append(MEAN);
        change.append("the " + Corruption.values().length + " rows above");
        addRow(accuracy, names.stream().mapToDouble(this::meanOfCorruptions).toArray());
        Table table = Table.create(
                String.format(Locale.ROOT, "Accuracy on %,d test digits, clean and changed", test.size()),
                corruption,
                change);
        accuracy.forEach(table::addColumns);
        if (names.size() == 2) {
            DoubleColumn difference = DoubleColumn.create(names.get(1) + " − " + names.get(0) + " (% points)");
            for (int row = 0; row < corruption.size(); row++) {
                difference.append(
                        round(accuracy.get(1).get(row) - accuracy.get(0).get(row)));
            }
            table.addColumns(difference);
        }
        return table;
    }

    private static void addRow(List<DoubleColumn> columns, double[] fractions) {
        for (int n = 0; n < columns.size(); n++) {
            columns.get(n).append(round(100 * fractions[n]));
        }
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }

    /**
     * For two networks: the corruptions on which the second is ahead by {@value #CLOSE} point or more, those on
     * which the two are within {@value #CLOSE} point, and those on which the first is ahead, one line each.
     *
     * @return the three lines
     * @throws IllegalStateException if there are not exactly two networks
     */
    public String summary() {
        if (names.size() != 2) {
            throw new IllegalStateException("a summary compares two networks, not " + names.size());
        }
        List<String> ahead = new ArrayList<>(), close = new ArrayList<>(), behind = new ArrayList<>();
        for (Corruption c : Corruption.values()) {
            double points = 100 * (corrupted[c.ordinal()][1] - corrupted[c.ordinal()][0]);
            String entry = String.format(Locale.ROOT, "%s (%+.1f)", c.label(), points);
            (points >= CLOSE ? ahead : points <= -CLOSE ? behind : close).add(entry);
        }
        return String.format(
                Locale.ROOT,
                "%s ahead by %.0f point or more: %s%nwithin %.0f point: %s%n" + "%s ahead by %.0f point or more: %s",
                names.get(1),
                CLOSE,
                list(ahead),
                CLOSE,
                list(close),
                names.get(0),
                CLOSE,
                list(behind));
    }

    private static String list(List<String> entries) {
        return entries.isEmpty() ? "none" : String.join(", ", entries);
    }

    /**
     * A picture of a few test digits, clean and under every corruption: one row per digit.
     *
     * @param set    labelled digits in MNIST form
     * @param digits how many of the first ones to show, 1 to 10
     * @return the picture
     */
    public static BufferedImage examples(DigitSet set, int digits) {
        Check.inRange("digits", digits, 1, 10);
        DigitSet first = set.first(digits);
        List<DigitSet> changed = Arrays.stream(Corruption.values())
                .map(c -> c.apply(first, SEED))
                .toList();
        DigitGrid.Builder grid = DigitGrid.builder().columns(changed.size() + 1).scale(3);
        for (int i = 0; i < digits; i++) {
            grid.add(first.get(i), CLEAN);
            for (int c = 0; c < changed.size(); c++) {
                grid.add(changed.get(c).get(i), Corruption.values()[c].label());
            }
        }
        return grid.build().picture();
    }

    @Override
    public String toString() {
        return table().printAll();
    }
}
