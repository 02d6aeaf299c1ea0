package digits.bench;

import digits.data.Mnist;
import digits.model.Cnn;
import digits.model.FastPath;
import digits.model.OneDnn;
import digits.training.DigitBatches;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Trains notebook 04's LeNet on a number of batches of MNIST with Deeplearning4j's own {@code model.fit}, and
 * prints the milliseconds per batch: a plain loop to profile, with {@code DNNL_VERBOSE=1} (oneDNN prints each
 * primitive it runs; {@code scripts/onednn_breakdown.py} sums them) or a Java Flight Recording
 * ({@code scripts/jfr_breakdown.py}).
 *
 * <pre>
 * java -cp "target/digits.jar:target/lib/*" digits.bench.TrainingLoop [--batches 50] [--warm-up 30] [--as-built]
 * </pre>
 *
 * By default the network is on the {@link FastPath}, as the course's trainer runs it; {@code --as-built} trains
 * it as Deeplearning4j builds it (with oneDNN), as notebook 04's network trained before the fast path.
 */
public final class TrainingLoop {

    private TrainingLoop() {}

    /** Runs the loop; see the class comment for the options. */
    public static void main(String[] args) {
        int batches = 50;
        int warmUp = 30;
        boolean asBuilt = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--batches" -> batches = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                case "--as-built" -> asBuilt = true;
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + ": expected --batches N, --warm-up N or --as-built");
            }
        }
        OneDnn.allowHelpers();
        MultiLayerNetwork model = asBuilt ? Cnn.lenet() : FastPath.apply(Cnn.lenet());
        DigitBatches data = DigitBatches.shuffled(Mnist.load().train(), 64, 42);
        for (int i = 0; i < warmUp; i++) {
            model.fit(data.next());
        }
        long start = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            if (!data.hasNext()) {
                data.reset();
            }
            model.fit(data.next());
        }
        double millis = (System.nanoTime() - start) / 1e6 / batches;
        System.out.println(String.format(
                Locale.ROOT,
                "%s: %d batches of 64 after %d untimed, %.1f ms per batch (%,.0f images/s)",
                asBuilt ? "LeNet as built" : "LeNet on the fast path",
                batches,
                warmUp,
                millis,
                64_000 / millis));
    }
}
