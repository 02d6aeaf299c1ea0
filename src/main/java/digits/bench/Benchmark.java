package digits.bench;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.evaluation.Predictor;
import digits.model.Cnn;
import digits.model.CnnSpec;
import digits.model.FoldedNetwork;
import digits.training.EpochResult;
import digits.training.ProgressListener;
import digits.training.Trainer;
import digits.training.TrainingHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Trains a CNN on MNIST and prints how fast it learns and predicts: per epoch the seconds, images per second
 * and test accuracy; the training time to reach 99.0% (and 99.3%); single-image prediction latency (median and
 * p99 over 1,000 predictions after 1,000 untimed ones); batch prediction throughput; and the JVM's peak resident memory.
 * The last line, {@code RESULT {...}}, repeats the figures as JSON for {@code scripts/benchmark}.
 *
 * <pre>
 * java -cp target/digits.jar:target/lib/* digits.bench.Benchmark [--net lenet|recommended] [--epochs N]
 *      [--batch N] [--lr X] [--seed N] [--quick]
 * </pre>
 *
 * The number of threads ND4J uses is fixed when its native library loads: set {@code OMP_NUM_THREADS}.
 */
public final class Benchmark {

    /**
     * Untimed single-image predictions before the timed ones, the same number as scripts/keras_benchmark.py:
     * after 200 the JIT compiler had not finished with the prediction path (the first timed block was
     * 0.3-0.8 ms slower per image than the later ones).
     */
    private static final int WARM_UP = 1_000;

    private static final int PREDICTIONS = 1_000;
    private static final int QUICK_IMAGES = 6_000;

    private Benchmark() {}

    /** Runs the benchmark; see the class comment for the options. */
    public static void main(String[] args) {
        String net = "lenet";
        int epochs = 3;
        int batch = -1;
        double lr = Double.NaN;
        boolean quick = false;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--net" -> net = args[++i];
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--lr" -> lr = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--quick" -> quick = true;
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + ": expected --net lenet|recommended, --epochs N, --batch N, --lr X, --seed N or --quick");
            }
        }
        CnnSpec spec = switch (net) {
            case "lenet" -> CnnSpec.lenet();
            case "recommended" -> CnnSpec.recommended();
            default -> throw new IllegalArgumentException("--net " + net + ": expected lenet or recommended");
        };
        if (!Double.isNaN(lr)) {
            spec = spec.toBuilder().learningRate(lr).build();
        }
        spec = spec.toBuilder().seed(seed).build(); // the initial weights; the trainer's seed fixes the order
        if (batch < 1) {
            batch = net.equals("recommended") ? Trainer.RECOMMENDED_BATCH_SIZE : 64;
        }

        Mnist mnist = Mnist.load();
        DigitSet train = quick ? mnist.train().first(QUICK_IMAGES) : mnist.train();
        DigitSet test = mnist.test();
        System.out.println(String.format(
                Locale.ROOT,
                "digits %s: %,d training images, %d epochs, batch %d, Adam %s%s, seed %d,"
                        + " OMP_NUM_THREADS=%s, OMP_WAIT_POLICY=%s, %d cores",
                net,
                train.size(),
                epochs,
                batch,
                spec.learningRate(),
                spec.learningRateDecay() == 1 ? "" : " x" + spec.learningRateDecay() + " per epoch",
                seed,
                System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)"),
                System.getenv().getOrDefault("OMP_WAIT_POLICY", "(unset)"),
                Runtime.getRuntime().availableProcessors()));

        // Warm-up: a few batches on a throw-away network, so that JIT and native start-up stay out of epoch 1.
        Trainer.builder()
                .batchSize(batch)
                .listener(new ProgressListener() {})
                .build()
                .fit(Cnn.build(spec), train.first(Math.min(train.size(), batch * 20)), test.first(1_000));

        List<EpochResult> epochResults = new ArrayList<>();
        ProgressListener printer = new ProgressListener() {
            @Override
            public void epochFinished(EpochResult r) {
                epochResults.add(r);
                System.out.println(String.format(
                        Locale.ROOT,
                        "epoch %d: %6.1f s  %,7.0f images/s  test accuracy %.2f%%",
                        r.epoch(),
                        r.seconds(),
                        train.size() / r.seconds(),
                        100 * r.validationAccuracy()));
            }
        };
        MultiLayerNetwork model = Cnn.build(spec);
        Trainer.builder()
                .epochs(epochs)
                .batchSize(batch)
                .seed(seed)
                .listener(printer)
                .build()
                .fit(model, train, test);

        // single digits as Predictor reads them: with batch normalisation folded into the next layer
        double[] latencies = ReadingSpeed.millisPerDigit(FoldedNetwork.of(model), test, WARM_UP, PREDICTIONS);
        double median = ReadingSpeed.percentile(latencies, 50), p99 = ReadingSpeed.percentile(latencies, 99);
        long start = System.nanoTime();
        Predictor.of(model).test(test);
        double batchThroughput = test.size() / ((System.nanoTime() - start) / 1e9);
        long peakKb = peakResidentKb();

        TrainingHistory history = TrainingHistory.of(epochResults); // its validation figures are the test set's here
        double trainingSeconds = history.seconds();
        double to990 = history.secondsToReach(0.990).orElse(Double.NaN);
        double to993 = history.secondsToReach(0.993).orElse(Double.NaN);
        System.out.println(String.format(
                Locale.ROOT,
                "training: %.1f s in all, %,.0f images/s",
                trainingSeconds,
                (double) train.size() * epochs / trainingSeconds));
        System.out.println("time to 99.0% test accuracy: " + describe(to990));
        System.out.println("time to 99.3% test accuracy: " + describe(to993));
        System.out.println(String.format(
                Locale.ROOT,
                "single-image prediction: median %.2f ms, p99 %.2f ms (%d predictions)",
                median,
                p99,
                PREDICTIONS));
        System.out.println(String.format(Locale.ROOT, "batch prediction: %,.0f images/s", batchThroughput));
        System.out.println(String.format(Locale.ROOT, "peak resident memory: %,d MB", peakKb / 1024));

        StringBuilder json = new StringBuilder("{\"name\": \"digits (DL4J)\", \"epochs\": [");
        for (EpochResult r : epochResults) {
            json.append(String.format(
                    Locale.ROOT,
                    "%s{\"seconds\": %.3f, \"images_per_s\": %.1f, \"test_accuracy\": %.5f}",
                    r.epoch() > 1 ? ", " : "",
                    r.seconds(),
                    train.size() / r.seconds(),
                    r.validationAccuracy()));
        }
        json.append(String.format(
                Locale.ROOT,
                "], \"seconds_to_99_0\": %s, \"seconds_to_99_3\": %s,"
                        + " \"latency_median_ms\": %.4f, \"latency_p99_ms\": %.4f, \"batch_images_per_s\": %.1f,"
                        + " \"peak_rss_mb\": %d}",
                jsonNumber(to990),
                jsonNumber(to993),
                median,
                p99,
                batchThroughput,
                peakKb / 1024));
        System.out.println("RESULT " + json);
    }

    private static String describe(double seconds) {
        return Double.isNaN(seconds) ? "not reached" : String.format(Locale.ROOT, "%.1f s of training", seconds);
    }

    private static String jsonNumber(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The process's peak resident set size (VmHWM) in kB, from /proc; 0 where there is no /proc. */
    private static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
