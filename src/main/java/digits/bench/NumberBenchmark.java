package digits.bench;

import digits.Course;
import digits.data.Mnist;
import digits.evaluation.Predictor;
import digits.image.PictureException;
import digits.model.Cnn;
import digits.model.ModelFiles;
import digits.numbers.MiddleNetwork;
import digits.numbers.NumberReader;
import digits.numbers.NumberReading;
import digits.numbers.composed.ComposedNumber;
import digits.numbers.composed.NumberComposer;
import digits.numbers.composed.NumberScore;
import digits.preprocessing.Corruption;
import digits.preprocessing.Split;
import digits.training.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Measures how well whole numbers are read: on numbers composed from MNIST test digits ({@link NumberComposer}),
 * with every neighbour apart, with neighbours touching as handwriting touches, and with neighbours' ink boxes
 * overlapping (harder), it prints the share split into the right
 * count of digits, the digit accuracy on those, the same network's accuracy on the same digits as single test
 * images, the difference, the share of numbers read right, and the time per number (median and worst); then
 * whether the targets are met. With {@code --changed}, it then reads separated and touching numbers composed from
 * test digits changed the ways real handwriting differs from MNIST ({@link Corruption}: low resolution, thicker
 * and thinner strokes, slant, ...), half as many of each, the yardstick for a change to reading.
 *
 * <pre>
 * java -cp "target/digits.jar:target/lib/*" digits.bench.NumberBenchmark [--numbers 1000] [--model PATH] [--seed 1]
 *     [--middles PATH] [--changed]
 * </pre>
 *
 * With {@code --middles}, a middle network saved by notebook 06 ({@code notebooks/models/digits-middles.zip}), the same
 * numbers are read twice, side by side: by the reader that cuts along candidate paths, then by the reader that finds
 * the digits with the middle network ({@link NumberReader#withMiddles}); the targets are judged on the second.
 *
 * The model is the one notebook 04 saves ({@code notebooks/models/digits-cnn.zip}) or the file given; if that
 * is missing, the course's LeNet is trained as notebook 04 trains it (3 epochs, batch 64, seed 42, on the
 * stratified 90 % of the training set) and saved to the file given with {@code --model}.
 */
public final class NumberBenchmark {

    /** Separated numbers: at least this share split into the right count of digits. */
    static final double SEPARATED_COUNT_TARGET = 0.995;
    /** Separated numbers: digit accuracy at most this many points below the single-image accuracy. */
    static final double SEPARATED_ACCURACY_GAP = 0.3;
    /** Touching numbers: at least this share split into the right count of digits. */
    static final double TOUCHING_COUNT_TARGET = 0.97;
    /** Touching numbers: at least this share read right in every digit. */
    static final double TOUCHING_NUMBERS_TARGET = 0.90;
    /** Touching numbers: digit accuracy at most this many points below the single-image accuracy. */
    static final double TOUCHING_ACCURACY_GAP = 1.5;
    /** The median time per number, in milliseconds, at most (on 2 cores). */
    static final double MEDIAN_MS_TARGET = 150;
    /** The seed the changes of {@code --changed} are drawn from. */
    static final long CHANGE_SEED = 5;

    private NumberBenchmark() {}

    /** Runs the benchmark; see the class comment for the options. */
    public static void main(String[] args) {
        int count = 1_000;
        Path modelFile = null;
        long seed = 1;
        boolean changed = false;
        Path middlesFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--numbers" -> count = Integer.parseInt(args[++i]);
                case "--model" -> modelFile = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--changed" -> changed = true;
                case "--middles" -> middlesFile = Path.of(args[++i]);
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + ": expected --numbers N, --model PATH, --seed N, --middles PATH or --changed");
            }
        }
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores available to Java.");
        Mnist mnist = Mnist.load();
        Predictor predictor = Predictor.of(model(modelFile, mnist));
        NumberReader reader = NumberReader.of(predictor);
        NumberComposer composer = NumberComposer.of(mnist.test(), seed);
        List<ComposedNumber> warmUp = composer.separated(50);
        List<List<ComposedNumber>> numbers =
                List.of(composer.separated(count), composer.touching(count), composer.overlapping(count));
        if (middlesFile != null) {
            System.out.println("Cut along candidate paths:");
            measure(reader, warmUp, numbers);
            reader = reader.withMiddles(MiddleNetwork.load(middlesFile));
            System.out.println("Found by the middle network " + middlesFile + ":");
        }
        NumberScore[] scores = measure(reader, warmUp, numbers);
        NumberScore separated = scores[0], touching = scores[1], overlapping = scores[2];
        target(
                "separated right count >= %.1f%%".formatted(100 * SEPARATED_COUNT_TARGET),
                separated.countShare() >= SEPARATED_COUNT_TARGET);
        target(
                "separated digit accuracy within %.1f points of single images".formatted(SEPARATED_ACCURACY_GAP),
                separated.singleAccuracy() - separated.digitAccuracy() <= SEPARATED_ACCURACY_GAP);
        target(
                "touching right count >= %.0f%%".formatted(100 * TOUCHING_COUNT_TARGET),
                touching.countShare() >= TOUCHING_COUNT_TARGET);
        target(
                "touching numbers read right >= %.0f%%".formatted(100 * TOUCHING_NUMBERS_TARGET),
                touching.numberAccuracy() >= 100 * TOUCHING_NUMBERS_TARGET);
        target(
                "touching digit accuracy within %.1f points of single images".formatted(TOUCHING_ACCURACY_GAP),
                touching.singleAccuracy() - touching.digitAccuracy() <= TOUCHING_ACCURACY_GAP);
        double slowestMedian = Math.max(separated.medianMs(), Math.max(touching.medianMs(), overlapping.medianMs()));
        target(
                "median time per number <= %.0f ms, every kind".formatted(MEDIAN_MS_TARGET),
                slowestMedian <= MEDIAN_MS_TARGET);
        if (changed) {
            changedDigits(reader, mnist, Math.max(1, count / 2), seed);
        }
    }

    /** Reads the numbers of each kind, after the warm-up numbers (so that JIT compilation stays out of the timing). */
    private static NumberScore[] measure(
            NumberReader reader, List<ComposedNumber> warmUp, List<List<ComposedNumber>> numbers) {
        for (ComposedNumber n : warmUp) {
            readOrNull(reader, n);
        }
        String[] kinds = {"separated", "touching", "overlapping"};
        NumberScore[] scores = new NumberScore[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            scores[k] = NumberScore.measure(kinds[k], reader, numbers.get(k));
            System.out.println(scores[k]);
        }
        return scores;
    }

    /** Separated and touching numbers of test digits changed by each {@link Corruption}, as the table prints them. */
    private static void changedDigits(NumberReader reader, Mnist mnist, int count, long seed) {
        System.out.println("Numbers of changed test digits (" + count + " of each kind, the changes drawn from seed "
                + CHANGE_SEED + "):");
        for (Corruption change : Corruption.values()) {
            NumberComposer composer = NumberComposer.of(change.apply(mnist.test(), CHANGE_SEED), seed);
            System.out.println(change.label() + " (" + change.change() + "):");
            System.out.println("  " + NumberScore.measure("separated", reader, composer.separated(count)));
            System.out.println("  " + NumberScore.measure("touching", reader, composer.touching(count)));
        }
    }

    private static void target(String what, boolean met) {
        System.out.println(String.format(Locale.ROOT, "target %s: %s", what, met ? "met" : "NOT met"));
    }

    private static NumberReading readOrNull(NumberReader reader, ComposedNumber number) {
        try {
            return reader.read(number.text(), number.picture());
        } catch (PictureException e) {
            return null; // counted as split into the wrong count
        }
    }

    private static MultiLayerNetwork model(Path given, Mnist mnist) {
        Path file = given != null
                ? given
                : Path.of("notebooks").resolve(Course.start().modelFile());
        if (Files.exists(file)) {
            System.out.println("Model: " + file + " (loaded).");
            return ModelFiles.load(file);
        }
        System.out.println("No model at " + file + ": training the course's LeNet as notebook 04 does (2 epochs, "
                + "batch 64, seed 42, on the stratified 90% of the training set)"
                + (given != null ? " and saving it there." : "; it is not saved (pass --model PATH to keep it)."));
        Split split = Split.stratified(mnist.train(), 0.1, 42);
        MultiLayerNetwork model = Cnn.lenet();
        Trainer.builder().epochs(2).batchSize(64).seed(42).build().fit(model, split.training(), split.validation());
        if (given != null) {
            ModelFiles.save(model, given);
        }
        return model;
    }
}
