package digits.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The course's kept network, as notebook 04 saves it, for the tests that must read real handwriting right (the
 * small {@link TestModel} reads only about 85 % of digits right). Where no run of 04 has saved it, such a test is
 * skipped, and says why.
 */
public final class KeptNetwork {

    /** Where notebook 04 saves the network it keeps, from the project root. */
    public static final Path FILE = Path.of("notebooks", "models", "digits-cnn.zip");

    private static Predictor predictor;

    private KeptNetwork() {}

    /** @return a predictor over the kept network, loaded once */
    public static synchronized Predictor predictor() {
        assumeTrue(
                Files.isRegularFile(FILE),
                "no kept network at " + FILE + ": run notebook 04 (or copy its saved model there) to run this test");
        if (predictor == null) {
            predictor = Predictor.load(FILE);
        }
        return predictor;
    }
}
