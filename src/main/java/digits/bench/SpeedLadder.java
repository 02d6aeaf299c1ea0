package digits.bench;

import digits.check.Check;
import digits.display.Chart;
import digits.training.EpochResult;
import digits.training.TrainingHistory;
import digits.data.DigitSet;
import digits.training.ProgressListener;
import digits.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Times training one change at a time: each step trains a network on the same images and records how many
 * images per second it learned from, in the fastest of a few passes over them.
 *
 * <pre>{@code
 * var ladder = SpeedLadder.on(images);
 * ladder.time("oneDNN helpers", model, 64);   // prints "oneDNN helpers: 1,234 images/s, 3.4x the first step"
 * ladder.chart(ComputeFloor.measure(CnnSpec.lenet()))
 * }</pre>
 *
 * Before each timed pass the network trains on a few batches that are not timed, so that what is measured is
 * the steady pace, not the first batches' start-up (compiling Java code, loading native code, sizing memory).
 */
public final class SpeedLadder {

    /** Untimed batches before each step's timed passes. */
    static final int WARM_UP_BATCHES = 5;

    /** Timed passes over the images per step, unless {@link #passes(int)} says otherwise; the fastest counts. */
    static final int PASSES = 3;

    /** One timed step: its name, the batch size and the measured speed. */
    public record Step(String name, int batchSize, double imagesPerSecond) {
    }

    private final DigitSet images;
    private final DigitSet checkImages;
    private final int passes;
    private final List<Step> steps = new ArrayList<>();

    private SpeedLadder(DigitSet images, int passes) {
        this.images = images;
        this.checkImages = images.first(Math.min(images.size(), 100));
        this.passes = passes;
    }

    /** A ladder whose steps all train on {@code images}, {@value #PASSES} timed passes each. */
    public static SpeedLadder on(DigitSet images) {
        if (images.size() < 1) {
            throw new IllegalArgumentException("a speed ladder needs training images; '" + images.name() + "' is empty");
        }
        return new SpeedLadder(images, PASSES);
    }

    /** A ladder like this one (with no steps yet) that times {@code passes} passes per step. */
    public SpeedLadder passes(int passes) {
        Check.atLeast("passes", passes, 1);
        return new SpeedLadder(images, passes);
    }

    /**
     * Trains {@code model} for a few passes over the images (see {@link #passes(int)}) in batches of
     * {@code batchSize}, after an untimed warm-up, and prints and records the fastest pass's speed in images per second ({@link #steps()}).
     */
    public void time(String step, MultiLayerNetwork model, int batchSize) {
        ProgressListener quiet = new ProgressListener() { };
        Trainer.builder().epochs(1).batchSize(batchSize).listener(quiet).asBuilt().build()
                .fit(model, images.first(Math.min(images.size(), batchSize * WARM_UP_BATCHES)), checkImages);
        // The fastest of a few passes: anything else the machine does can only slow a pass down.
        TrainingHistory timed = Trainer.builder().epochs(passes).batchSize(batchSize).seed(42).listener(quiet).asBuilt().build()
                .fit(model, images, checkImages);
        double fastest = timed.all().stream().mapToDouble(EpochResult::seconds).min().orElseThrow();
        double speed = images.size() / fastest;
        steps.add(new Step(step, batchSize, speed));
        System.out.println(String.format(Locale.ROOT, "%s: %,.0f images/s%s", step, speed,
                steps.size() == 1 ? "" : String.format(Locale.ROOT, ", %.1fx the first step", speed / first())));
    }

    /** The steps timed so far, in order. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The steps as a table: name, batch size, images per second and speed-up over the first step. */
    public Table table() {
        return Table.create("speed ladder",
                StringColumn.create("step", steps.stream().map(Step::name)),
                IntColumn.create("batch", steps.stream().mapToInt(Step::batchSize).toArray()),
                IntColumn.create("images/s", steps.stream().mapToInt(s -> (int) Math.round(s.imagesPerSecond())).toArray()),
                DoubleColumn.create("x first step",
                        steps.stream().mapToDouble(s -> Math.round(s.imagesPerSecond() / first() * 10) / 10.0)));
    }

    /** One bar per step, and a last bar for what the arithmetic alone would allow ({@code floor}). */
    public Chart chart(ComputeFloor floor) {
        first();   // a chart needs a step
        Table bars = Table.create("speed ladder",
                StringColumn.create("step", steps.stream().map(Step::name)),
                DoubleColumn.create("training images per second", steps.stream().mapToDouble(Step::imagesPerSecond)));
        bars.stringColumn("step").append("compute floor");
        bars.doubleColumn("training images per second").append(floor.imagesPerSecond());
        return Chart.bars("Training speed, one change at a time", bars, "step", "training images per second");
    }

    private double first() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("no step timed yet: call time(...) first");
        }
        return steps.get(0).imagesPerSecond();
    }
}
