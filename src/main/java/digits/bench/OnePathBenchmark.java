package digits.bench;

import digits.Course;
import digits.check.Check;
import digits.data.Mnist;
import digits.evaluation.Predictor;
import digits.image.PictureException;
import digits.numbers.NumberReader;
import digits.numbers.NumberReading;
import digits.numbers.composed.ScannedDigits;
import digits.owndigits.OwnDigit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Measures whether the two paths into MNIST form agree: MNIST test digits degraded like a low-resolution scan and
 * placed on a page ({@link ScannedDigits}) are written as PNG files and read both as a number ({@link NumberReader})
 * and as one own digit ({@link OwnDigit#fromFile}). It prints how many give the same single digit (a reading of no
 * digit or several, or a refusal, counts as different), the agreement, each path's accuracy against the label, and
 * whether the target of {@value #TARGET_PERCENT}% agreement is met.
 *
 * <pre>
 * java -cp "target/digits.jar:target/lib/*" digits.bench.OnePathBenchmark [--digits 1000] [--model PATH] [--seed 1]
 *     [--list FOLDER]
 * </pre>
 *
 * With {@code --list}, each disagreement is printed (the digit's index in the test set, its label, and what each
 * path read or why it refused) and its picture kept in the folder.
 *
 * The model is the one notebook 04 saves ({@code notebooks/models/digits-cnn.zip}, as {@code NumberBenchmark}) or the
 * file given.
 */
public final class OnePathBenchmark {

    /** The least agreement aimed at, in percent. */
    static final double TARGET_PERCENT = 99.5;

    private OnePathBenchmark() {}

    /**
     * The readings of one scanned digit.
     *
     * @param label  the digit it shows
     * @param number what the number reader read (empty if it refused or read no digit or several)
     * @param own    what the single-digit path read (empty if it refused)
     * @param numberSaid what the number reader read, or why it refused
     * @param ownSaid    what the single-digit path read, or why it refused
     */
    record Readings(int label, OptionalInt number, OptionalInt own, String numberSaid, String ownSaid) {

        /** @return whether both paths read the same single digit */
        boolean same() {
            return number.isPresent() && number.equals(own);
        }
    }

    /** Runs the benchmark; see the class comment for the options. */
    public static void main(String[] args) throws IOException {
        int count = 1_000;
        Path modelFile = null;
        long seed = 1;
        Path list = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--digits" -> count = Check.atLeast("--digits", Integer.parseInt(value(args, ++i)), 1);
                case "--model" -> modelFile = Path.of(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--list" -> list = Files.createDirectories(Path.of(value(args, ++i)));
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + ": expected --digits N, --model PATH, --seed N or --list FOLDER");
            }
        }
        Path file = modelFile != null
                ? modelFile
                : Path.of("notebooks").resolve(Course.start().modelFile());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no model at " + file.toAbsolutePath()
                    + ": run notebook 04 to save the course's network, or pass --model PATH");
        }
        System.out.println("Model: " + file);
        NumberReader reader = NumberReader.of(Predictor.load(file));
        Mnist mnist = Mnist.load();
        int same = 0, numberRight = 0, ownRight = 0;
        Path folder = Files.createTempDirectory("scanned-digits");
        try {
            for (ScannedDigits.Page page : ScannedDigits.of(mnist.test(), seed).pages(count)) {
                Path png = folder.resolve(page.name());
                ImageIO.write(page.picture(), "png", png.toFile());
                Readings readings = read(reader, png, page.digit().label());
                same += readings.same() ? 1 : 0;
                numberRight += readings.number().equals(OptionalInt.of(readings.label())) ? 1 : 0;
                ownRight += readings.own().equals(OptionalInt.of(readings.label())) ? 1 : 0;
                if (list != null && !readings.same()) {
                    System.out.println(String.format(
                            Locale.ROOT,
                            "disagree: test digit %d, label %d; NumberReader: %s; OwnDigit: %s",
                            page.index(),
                            readings.label(),
                            readings.numberSaid(),
                            readings.ownSaid()));
                    Files.copy(png, list.resolve(page.name()), StandardCopyOption.REPLACE_EXISTING);
                }
                png.toFile().delete();
            }
        } finally {
            deleteAll(folder);
        }
        double agreement = 100.0 * same / count;
        System.out.println(String.format(
                Locale.ROOT,
                "Of %,d MNIST test digits scanned at low resolution on a page (seed %d), NumberReader and "
                        + "OwnDigit.fromFile read the same single digit for %,d: %.2f%%.",
                count,
                seed,
                same,
                agreement));
        System.out.println(String.format(
                Locale.ROOT,
                "Accuracy against the label: NumberReader %.2f%%, OwnDigit.fromFile %.2f%%.",
                100.0 * numberRight / count,
                100.0 * ownRight / count));
        System.out.println(String.format(
                Locale.ROOT,
                "target agreement >= %.1f%%: %s",
                TARGET_PERCENT,
                agreement >= TARGET_PERCENT ? "met" : "NOT met"));
    }

    /**
     * Reads a picture file both ways.
     *
     * @param reader the number reader, whose network also reads the own digit
     * @param file   a picture of one digit
     * @param label  the digit it shows
     * @return the readings
     */
    static Readings read(NumberReader reader, Path file, int label) {
        OptionalInt number, own;
        String numberSaid, ownSaid;
        try {
            NumberReading reading = reader.read(file);
            number = reading.length() == 1 ? OptionalInt.of(reading.digits().get(0)) : OptionalInt.empty();
            numberSaid = "\"" + reading.text() + "\"";
        } catch (PictureException e) {
            number = OptionalInt.empty();
            numberSaid = "refused (" + e.getMessage() + ")";
        }
        try {
            own = OptionalInt.of(
                    reader.predictor().predict(OwnDigit.fromFile(file).digit()).digit());
            ownSaid = String.valueOf(own.getAsInt());
        } catch (PictureException e) {
            own = OptionalInt.empty();
            ownSaid = "refused (" + e.getMessage() + ")";
        }
        return new Readings(label, number, own, numberSaid, ownSaid);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not delete " + path, e);
                }
            });
        }
    }
}
