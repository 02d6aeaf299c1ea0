package digits.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.model.Cnn;
import digits.model.CnnSpec;
import digits.model.Inference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * An off-heap leak check: builds and fits a fresh network again and again in this one JVM, as a learner re-running
 * a training notebook does, and checks that memory stays flat after warm-up. After each fit it collects garbage
 * (ND4J's off-heap buffers are freed when their Java owners are collected) and reads the resident memory of the
 * whole process (VmRSS: heap, off-heap buffers and native libraries together) and the heap in use. ND4J's CPU
 * buffers are not counted by JavaCPP ({@code Pointer.totalBytes()} stays 0), so resident memory is the measure.
 *
 * <p>It takes a minute or more, so it runs only when asked:
 * {@code mvn -o test -Dtest=OffHeapMemoryTest -Dleak.fits=30}. Bound: after {@value #WARM_UP} warm-up fits, the
 * least-squares slope of resident memory over the further fits stays under {@value #MAX_SLOPE_MIB} MiB a fit.
 * The leak it is made to catch, keeping every network, adds about 2.4 MiB a fit (60 MiB over 26 fits): the
 * network has 164,000 parameters, most of them in its dense layer, and each is kept four times as a float
 * (the weight, its gradient and Adam's two moments). The JIT, the heap and the native allocator settling grow
 * resident memory in steps of a few MiB that flatten out, well under the bound (0.6 MiB a fit measured).
 *
 * <p>Self-check: {@code -Dleak.plant=true} plants that leak (the test keeps every network it fits) and the test
 * must then fail.
 */
class OffHeapMemoryTest {

    private static final int WARM_UP = 4;
    private static final double MAX_SLOPE_MIB = 1.5;
    private static final CnnSpec SMALL =
            CnnSpec.lenet().toBuilder().convFilters(8, 16).dense(600).build();

    @Test
    @EnabledOnOs(OS.LINUX) // reads /proc/self/status
    @EnabledIfSystemProperty(named = "leak.fits", matches = "\\d+")
    void fittingAgainAndAgainKeepsMemoryFlat() throws IOException {
        int fits = Math.max(WARM_UP + 2, Integer.getInteger("leak.fits"));
        Mnist mnist = Mnist.load();
        DigitSet training = mnist.train().first(512);
        DigitSet validation = mnist.test().first(256);
        Trainer trainer = Trainer.builder()
                .epochs(1)
                .batchSize(64)
                .seed(1)
                .listener(new ProgressListener() {})
                .build();

        boolean plantLeak = Boolean.getBoolean("leak.plant");
        List<MultiLayerNetwork> leaked = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        System.out.println("fit  resident MiB  heap used MiB");
        for (int fit = 1; fit <= fits; fit++) {
            MultiLayerNetwork model = Cnn.build(SMALL);
            trainer.fit(model, training, validation);
            Inference.scores(model, validation);
            if (plantLeak) {
                leaked.add(model);
            }
            model = null;
            collectGarbage();
            Runtime rt = Runtime.getRuntime();
            long[] row = {fit, residentBytes(), rt.totalMemory() - rt.freeMemory()};
            rows.add(row);
            System.out.println(
                    String.format(Locale.ROOT, "%3d  %12.1f  %12.1f", fit, row[1] / 1048576.0, row[2] / 1048576.0));
        }
        long[] warm = rows.get(WARM_UP - 1), last = rows.get(rows.size() - 1);
        long residentGrowth = last[1] - warm[1];
        System.out.println(String.format(
                Locale.ROOT,
                "after fit %d: resident %+.1f MiB, heap used %+.1f MiB over %d more fits",
                WARM_UP,
                residentGrowth / 1048576.0,
                (last[2] - warm[2]) / 1048576.0,
                fits - WARM_UP));
        double slope = slope(rows.subList(WARM_UP, rows.size())) / 1048576.0;
        System.out.println(String.format(
                Locale.ROOT,
                "resident memory slope over fits %d..%d: %+.2f MiB a fit (bound %.1f)%s",
                WARM_UP + 1,
                fits,
                slope,
                MAX_SLOPE_MIB,
                plantLeak ? "; leak planted: " + leaked.size() + " networks kept" : ""));
        assertTrue(
                slope < MAX_SLOPE_MIB,
                String.format(
                        Locale.ROOT,
                        "resident memory grows by %.2f MiB a fit after warm-up (bound %.1f MiB): a leak",
                        slope,
                        MAX_SLOPE_MIB));
    }

    /** The least-squares slope of resident bytes (column 1) over the fit number (column 0). */
    static double slope(List<long[]> rows) {
        double n = rows.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (long[] row : rows) {
            sx += row[0];
            sy += row[1];
            sxx += (double) row[0] * row[0];
            sxy += (double) row[0] * row[1];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50); // JavaCPP's deallocator thread frees the collected buffers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
