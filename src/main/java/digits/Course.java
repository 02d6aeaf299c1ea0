package digits;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Course-wide settings that every notebook reads through its first cell.
 *
 * <p>The notebooks run in two modes. In <em>full</em> mode (the default) they use all of MNIST and
 * train for real. In <em>quick</em> mode, chosen by the environment variable {@value #QUICK_ENV}
 * (set to {@code 1} or {@code true}), they use a small part of the data so that the test suite
 * can execute every notebook in a few minutes. A notebook in quick mode says so in its output.
 */
public final class Course {

    /** The environment variable that switches the notebooks to quick mode. */
    public static final String QUICK_ENV = "DIGITS_QUICK";

    /** Training images a notebook uses in quick mode. */
    public static final int QUICK_TRAINING_IMAGES = 2_000;

    private final boolean quick;

    private Course(boolean quick) {
        this.quick = quick;
    }

    /**
     * The settings of this run, read from the environment, with a one-line banner printed that says
     * which mode the notebook runs in. Every notebook's first cell is {@code var course = Course.start();}.
     *
     * @return the course settings; its text form is the banner
     */
    public static Course start() {
        Course course = fromEnvironment(System.getenv());
        System.out.println(course);
        return course;
    }

    static Course fromEnvironment(Map<String, String> environment) {
        String value = environment.getOrDefault(QUICK_ENV, "").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "0", "false", "no" -> new Course(false);
            case "1", "true", "yes" -> new Course(true);
            default ->
                throw new IllegalArgumentException(
                        QUICK_ENV + "=" + value + " is not understood: use 1 (quick mode) or 0 (full mode)");
        };
    }

    /** @return {@code true} in quick mode */
    public boolean quick() {
        return quick;
    }

    /**
     * How many training images a notebook should use when it trains.
     *
     * @param full the number to use in full mode
     * @return {@code full}, or at most {@value #QUICK_TRAINING_IMAGES} in quick mode
     */
    public int trainingImages(int full) {
        return quick ? Math.min(full, QUICK_TRAINING_IMAGES) : full;
    }

    /**
     * How many epochs a notebook should train for.
     *
     * @param full the number to use in full mode
     * @return {@code full}, or 1 in quick mode
     */
    public int epochs(int full) {
        return quick ? 1 : full;
    }

    /**
     * How many times a notebook should repeat a measurement (a timing, say) to keep the best or the middle one.
     *
     * @param full the number to use in full mode
     * @return {@code full}, or 1 in quick mode
     */
    public int repeats(int full) {
        return quick ? 1 : full;
    }

    /**
     * Where notebook 04 saves the trained model and notebook 05 looks for it, relative to the
     * notebooks' folder. Quick mode (the test suite) uses a file of its own, so running the tests
     * never overwrites a model that a learner trained.
     *
     * @return {@code models/digits-cnn.zip}, or {@code models/digits-cnn-quick.zip} in quick mode
     */
    public Path modelFile() {
        return Path.of("models", quick ? "digits-cnn-quick.zip" : "digits-cnn.zip");
    }

    /**
     * Where notebook 06 saves the middle network it trains (the network that finds the digits in touching ink),
     * beside {@link #modelFile()}; quick mode uses a file of its own.
     *
     * @return {@code models/digits-middles.zip}, or {@code models/digits-middles-quick.zip} in quick mode
     */
    public Path middlesFile() {
        return Path.of("models", quick ? "digits-middles-quick.zip" : "digits-middles.zip");
    }

    @Override
    public String toString() {
        String runtime = "Java " + Runtime.version().feature() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores";
        return quick
                ? "digits is ready (" + runtime + "). QUICK MODE (" + QUICK_ENV + "=1): the notebooks train on "
                        + String.format(Locale.ROOT, "%,d", QUICK_TRAINING_IMAGES)
                        + " images only, so accuracies are lower than in the full course."
                : "digits is ready (" + runtime + "). Full mode: all 60,000 training images.";
    }
}
