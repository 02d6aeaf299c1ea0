package digits.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real MNIST shipped with the project (data/mnist) once and checks the official facts. */
class MnistRealDataTest {

    private static final Path FALLBACK = Path.of("/work/main/data/mnist");
    private static Mnist mnist;

    @BeforeAll
    static void load() {
        boolean inProject = false;
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            inProject |= Files.isDirectory(d.resolve("data/mnist"));
        }
        // Inside the project, exercise the discovery in Mnist.load(); elsewhere use the known copy.
        mnist = inProject ? Mnist.load() : Mnist.load(FALLBACK);
    }

    @Test
    void sizesAndClassCounts() {
        assertEquals(60_000, mnist.train().size());
        assertEquals(10_000, mnist.test().size());
        assertArrayEquals(
                new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                mnist.train().classCounts());
        assertArrayEquals(
                new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009},
                mnist.test().classCounts());
        assertEquals("training", mnist.train().name());
        assertEquals("test", mnist.test().name());
    }

    @Test
    void firstLabels() {
        assertEquals(5, mnist.train().label(0));
        assertEquals(5, mnist.train().get(0).label());
        assertEquals(7, mnist.test().label(0));
    }

    @Test
    void scaledValuesAndStats() {
        float[] batch = new float[3 * 784];
        for (int i = 0; i < 3; i++) {
            mnist.train().copyScaledPixels(i, batch, i * 784);
        }
        float max = 0;
        for (float v : batch) {
            assertTrue(v >= 0f && v <= 1f, "value " + v);
            max = Math.max(max, v);
        }
        assertEquals(1f, max);
        PixelStats stats = mnist.train().pixelStats();
        assertEquals(0.1307, stats.mean(), 1e-4); // the well-known MNIST normalisation constants
        assertEquals(0.3081, stats.standardDeviation(), 1e-4);
        assertEquals(0, stats.min());
        assertEquals(1, stats.max());
    }
}
