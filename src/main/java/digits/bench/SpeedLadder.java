package digits.bench;

import digits.check.Check;
import digits.data.DigitSet;
import digits.display.Chart;
import digits.training.EpochResult;
import digits.training.ProgressListener;
import digits.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Times training one change at a time: each step trains a network on the same images and records how many
 * images per second it learned from, in the fastest of a few passes over them. A measurement beside the ladder
 * (the same step on one thread, say) is an {@linkplain #aside aside}: compared with the last step, not a rung.
 *
 * <pre>{@code
 * var ladder = SpeedLadder.on(images).repeats(course.repeats(3));
 * ladder.time("oneDNN helpers", model, 64);   // prints "oneDNN helpers: 1,234 images/s, 3.4x the first step"
 * ladder.chart(ComputeFloor.measure(CnnSpec.lenet()))
 * }</pre>
 *
 * Each network is trained exactly as built ({@code Trainer.Builder.asBuilt()}), so that a step shows only its own
 * change. Before the timed passes the network trains on a few batches that are not timed, so that what is
 * measured is the steady pace, not the first batches' start-up (compiling Java code, loading native code,
 * sizing memory).
 */
public final class SpeedLadder {

    /** Untimed batches before each step's timed passes. */
    static final int WARM_UP_BATCHES = 5;

    /** Timed passes over the images per step, unless {@link #repeats(int)} says otherwise; the fastest counts. */
    static final int REPEATS = 3;

    /** One timing: its name, the batch size, the measured speed, and whether it is an aside rather than a step. */
    public record Step(String name, int batchSize, double imagesPerSecond, boolean aside) {}

    /** Trains a network for some passes over the images and answers the seconds each pass took. */
    @FunctionalInterface
    interface PassTimer {
        double[] seconds(MultiLayerNetwork model, int batchSize, DigitSet images, int passes);
    }

    private final DigitSet images;
    private final int repeats;
    private final PassTimer timer;
    private final List<Step> steps = new ArrayList<>();

    SpeedLadder(DigitSet images, int repeats, PassTimer timer) {
        this.images = images;
        this.repeats = Check.atLeast("repeats", repeats, 1);
        this.timer = timer;
    }

    /** A ladder whose steps all train on {@code images}, {@value #REPEATS} timed passes each. */
    public static SpeedLadder on(DigitSet images) {
        if (images.size() < 1) {
            throw new IllegalArgumentException(
                    "a speed ladder needs training images; '" + images.name() + "' is empty");
        }
        return new SpeedLadder(images, REPEATS, SpeedLadder::trainedPasses);
    }

    /** A ladder like this one (with no steps yet) that times {@code repeats} passes per step, 1 or more. */
    public SpeedLadder repeats(int repeats) {
        return new SpeedLadder(images, repeats, timer);
    }

    /**
     * Trains {@code model} for {@link #repeats(int)} passes over the images in batches of {@code batchSize},
     * and prints and records the fastest pass's speed in images per second as the next step.
     */
    public void time(String step, MultiLayerNetwork model, int batchSize) {
        Step timed = measure(step, model, batchSize, false);
        System.out.println(String.format(
                Locale.ROOT,
                "%s: %,.0f images/s%s",
                step,
                timed.imagesPerSecond(),
                steps.size() == 1
                        ? ""
                        : String.format(Locale.ROOT, ", %.1fx the first step", timed.imagesPerSecond() / first())));
    }

    /**
     * Times {@code model} as {@link #time} does, as a measurement beside the ladder: printed and tabled with its
     * ratio to the last step, but not drawn as a step.
     */
    public void aside(String name, MultiLayerNetwork model, int batchSize) {
        Step last = lastStep();
        Step timed = measure(name, model, batchSize, true);
        System.out.println(String.format(
                Locale.ROOT,
                "%s: %,.0f images/s, %.2fx step \"%s\"",
                name,
                timed.imagesPerSecond(),
                timed.imagesPerSecond() / last.imagesPerSecond(),
                last.name()));
    }

    private Step measure(String name, MultiLayerNetwork model, int batchSize, boolean aside) {
        Objects.requireNonNull(name, "name");
        Check.atLeast("batch size", batchSize, 1);
        double fastest = Double.MAX_VALUE;
        for (double seconds : timer.seconds(model, batchSize, images, repeats)) {
            fastest = Math.min(fastest, seconds); // anything else the machine does can only slow a pass down
        }
        Step step = new Step(name, batchSize, images.size() / fastest, aside);
        steps.add(step);
        return step;
    }

    /** The real timer: an untimed warm-up, then the passes, each network trained as built. */
    private static double[] trainedPasses(MultiLayerNetwork model, int batchSize, DigitSet images, int passes) {
        ProgressListener quiet = new ProgressListener() {};
        DigitSet checkImages = images.first(Math.min(images.size(), 100));
        Trainer.builder()
                .epochs(1)
                .batchSize(batchSize)
                .listener(quiet)
                .asBuilt()
                .build()
                .fit(model, images.first(Math.min(images.size(), batchSize * WARM_UP_BATCHES)), checkImages);
        return Trainer.builder()
                .epochs(passes)
                .batchSize(batchSize)
                .seed(42)
                .listener(quiet)
                .asBuilt()
                .build()
                .fit(model, images, checkImages)
                .all()
                .stream()
                .mapToDouble(EpochResult::seconds)
                .toArray();
    }

    /** The steps and asides timed so far, in order. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /**
     * The timings as a table: name, batch size, images per second and speed-up over the first step; an aside's
     * name says it is one.
     */
    public Table table() {
        return Table.create(
                "speed ladder",
                StringColumn.create("step", steps.stream().map(s -> s.aside() ? s.name() + " (aside)" : s.name())),
                IntColumn.create(
                        "batch", steps.stream().mapToInt(Step::batchSize).toArray()),
                IntColumn.create(
                        "images/s",
                        steps.stream()
                                .mapToInt(s -> (int) Math.round(s.imagesPerSecond()))
                                .toArray()),
                DoubleColumn.create(
                        "x first step",
                        steps.stream().mapToDouble(s -> Math.round(s.imagesPerSecond() / first() * 10) / 10.0)));
    }

    /**
     * One bar per step (asides left out); the title gives {@code floor}, the most the arithmetic alone would allow,
     * which is not a step anyone can take.
     */
    public Chart chart(ComputeFloor floor) {
        first(); // a chart needs a step
        List<Step> ladder = steps.stream().filter(s -> !s.aside()).toList();
        Table bars = Table.create(
                "speed ladder",
                StringColumn.create("step", ladder.stream().map(Step::name)),
                DoubleColumn.create(
                        "training images per second", ladder.stream().mapToDouble(Step::imagesPerSecond)));
        return Chart.bars(
                String.format(
                        Locale.ROOT,
                        "Training speed, one change at a time (compute floor %,.0f images/s)",
                        floor.imagesPerSecond()),
                bars,
                "step",
                "training images per second");
    }

    private double first() {
        lastStep(); // there is one
        return steps.get(0).imagesPerSecond(); // an aside needs a step before it
    }

    private Step lastStep() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).aside()) {
                return steps.get(i);
            }
        }
        throw new IllegalStateException("no step timed yet: call time(...) first");
    }
}
