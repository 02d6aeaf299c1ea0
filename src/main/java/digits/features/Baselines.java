package digits.features;

import digits.data.DigitSet;
import digits.evaluation.TestReport;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The course's two baselines side by side: the nearest average digit ({@link TemplateBaseline}, no features) and
 * softmax regression on hand-made features ({@link FeatureBaseline}). Their accuracy on one set makes a table that
 * a stronger model can join as a third row, so that each step up is measured against the same digits.
 *
 * <pre>{@code
 * var baselines = Baselines.of(templates, featureBaseline);     // notebook 03
 * baselines.accuracyTable(validation)
 * Baselines.train(split.training())                              // notebook 04
 *         .accuracyTable(mnist.test(), "LeNet CNN", "learned by its convolutions", report)
 * }</pre>
 */
public final class Baselines {

    /** What the template baseline works on, as the table says it. */
    static final String TEMPLATE_FEATURES = "none: 784 pixels against 10 average digits";
    /** What the feature baseline works on, as the table says it. */
    static final String HAND_MADE_FEATURES = HandMadeFeatures.SIZE + " hand-made: zones, profiles, holes, end points";

    private final TemplateBaseline templates;
    private final FeatureBaseline features;

    private Baselines(TemplateBaseline templates, FeatureBaseline features) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.features = Objects.requireNonNull(features, "features");
    }

    /**
     * @param templates the nearest-average-digit baseline, trained
     * @param features  the hand-made-feature baseline, trained on the same images
     * @return the two side by side
     */
    public static Baselines of(TemplateBaseline templates, FeatureBaseline features) {
        return new Baselines(templates, features);
    }

    /**
     * Trains both baselines on the same images (the feature baseline with seed 42, as notebook 03 does).
     *
     * @param training the images to learn from
     * @return the two side by side
     */
    public static Baselines train(DigitSet training) {
        return new Baselines(TemplateBaseline.train(training), FeatureBaseline.train(training));
    }

    /** @return the nearest-average-digit baseline */
    public TemplateBaseline templates() {
        return templates;
    }

    /** @return softmax regression on hand-made features */
    public FeatureBaseline features() {
        return features;
    }

    /**
     * @param set images neither baseline learned from
     * @return a table "Accuracy on NAME, N digits" with columns "model", "features" and "accuracy %", one row per
     *     baseline
     */
    public Table accuracyTable(DigitSet set) {
        Table table = Table.create(
                String.format(Locale.ROOT, "Accuracy on %s, %,d digits", set.name(), set.size()),
                StringColumn.create("model"),
                StringColumn.create("features"),
                DoubleColumn.create("accuracy %"));
        addRow(
                table,
                "nearest average digit",
                TEMPLATE_FEATURES,
                templates.test(set).accuracy());
        addRow(
                table,
                "softmax regression",
                HAND_MADE_FEATURES,
                features.test(set).accuracy());
        return table;
    }

    /**
     * The baselines' table with one more row: another model's accuracy on the same images.
     *
     * @param set          images none of the models learned from
     * @param model        the other model's name, such as "LeNet CNN"
     * @param featuresText what it reads, such as "learned by its convolutions"
     * @param report       its report on {@code set}
     * @return the table of {@link #accuracyTable(DigitSet)} and the other model's row under it
     * @throws IllegalArgumentException if the report is on other images than {@code set}
     */
    public Table accuracyTable(DigitSet set, String model, String featuresText, TestReport report) {
        DigitSet tested = report.set();
        if (!tested.name().equals(set.name())
                || tested.size() != set.size()
                || !Arrays.equals(tested.classCounts(), set.classCounts())) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the report on %s is on %s (%,d digits), "
                            + "the table on %s (%,d digits): compare models on the same images",
                    model,
                    tested.name(),
                    tested.size(),
                    set.name(),
                    set.size()));
        }
        Table table = accuracyTable(set);
        addRow(table, model, featuresText, report.accuracy());
        return table;
    }

    private static void addRow(Table table, String model, String features, double accuracy) {
        table.stringColumn("model").append(model);
        table.stringColumn("features").append(features);
        table.doubleColumn("accuracy %").append(100 * accuracy);
    }

    @Override
    public String toString() {
        return "Baselines[" + templates + "; " + features + "]";
    }
}
