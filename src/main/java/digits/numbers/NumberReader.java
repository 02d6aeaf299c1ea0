package digits.numbers;

import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.image.PictureException;
import digits.photos.Photo;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a handwritten number: splits the picture into digits ({@link NumberSegmentation}), cutting touching digits
 * where the network reads the pieces best, and asks the network what each digit is. Where a segmentation made
 * without the network cut the picture's one mark in two by its width alone, the network also reads the mark whole,
 * as one digit, and that reading is kept if the network is surer of it than of the pieces together (the product of
 * their probabilities): a wide 0 or a 5 whose bar reaches out stays one digit. {@link #withMiddles} gives a reader
 * that finds the digits of touching ink with a second network instead, without cutting along paths.
 *
 * <pre>{@code
 * NumberReader reader = NumberReader.of(predictor);
 * NumberReading number = reader.read("my-numbers/4093-pen-on-lined-paper.jpg");
 * number.text()       // "4093"
 * number.picture()    // the photo with numbered boxes and the reading under each
 * }</pre>
 */
public final class NumberReader {

    private final Predictor predictor;
    private final MiddleNetwork middles;

    private NumberReader(Predictor predictor, MiddleNetwork middles) {
        this.predictor = predictor;
        this.middles = middles;
    }

    /**
     * @param predictor the network that reads each digit
     * @return a reader
     */
    public static NumberReader of(Predictor predictor) {
        return new NumberReader(Objects.requireNonNull(predictor, "predictor"), null);
    }

    /**
     * A reader that finds the digits of each group of ink with a middle network instead of cutting it along candidate
     * paths. Each digit it finds in a group of several is read by both networks, their probabilities multiplied: the
     * middle network's and this reader's network's for the digit's piece, cut straight down halfway between
     * neighbouring middles. A group it finds one digit in is read by this reader's network alone, the same way as a
     * single own digit.
     *
     * @param middles the middle network
     * @return the reader
     */
    public NumberReader withMiddles(MiddleNetwork middles) {
        return new NumberReader(predictor, Objects.requireNonNull(middles, "middles"));
    }

    /** @return the network that reads each digit */
    public Predictor predictor() {
        return predictor;
    }

    /**
     * Reads every picture (PNG or JPEG) in a folder, in name order. A picture that cannot be read as a number
     * (no writing, several lines, turned on its side) is left out with a line that says why, so that one bad
     * photo does not hide the others.
     *
     * @param folder the folder, such as {@code my-numbers} next to the notebook
     * @return the readings, possibly none
     * @throws PictureException if there is no such folder
     */
    public List<NumberReading> readFolder(String folder) {
        if (!Files.isDirectory(Path.of(folder))) {
            throw new PictureException("no folder " + folder + " here: put your pictures of numbers in a folder"
                    + " next to the notebook and name it");
        }
        List<NumberReading> readings = new ArrayList<>();
        for (Path file : Photo.picturesIn(Path.of(folder))) {
            try {
                readings.add(read(file));
            } catch (PictureException e) {
                System.out.println("left out " + file.getFileName() + ": " + e.getMessage());
            }
        }
        return readings;
    }

    /**
     * @param file a PNG or JPEG file of a number on one line, any pixel size
     * @return the reading
     * @throws PictureException if the file cannot be read, or shows no writing, more than one line of it, or a
     *     number turned on its side
     */
    public NumberReading read(Path file) {
        return read(NumberSegmentation.of(Photo.read(file), predictor, middles));
    }

    /** @see #read(Path) */
    public NumberReading read(String file) {
        return read(Path.of(file));
    }

    /**
     * @param name    a name for messages and pictures
     * @param picture a picture of a number on one line
     * @return the reading
     */
    public NumberReading read(String name, BufferedImage picture) {
        return read(NumberSegmentation.of(name, picture, predictor, middles));
    }

    /**
     * Splits a picture into digits as {@link #read(String, BufferedImage)} does, touching digits cut where this
     * reader's network reads the pieces best (or found by its middle network), without reading them yet.
     *
     * @param name    a name for messages and pictures
     * @param picture a picture of a number on one line
     * @return the digits found
     */
    public NumberSegmentation segment(String name, BufferedImage picture) {
        return NumberSegmentation.of(name, picture, predictor, middles);
    }

    /**
     * How the reader cuts the group of a picture that has the most candidate cuts: the group's ink with the candidate
     * cut paths (the chosen ones blue), its ink profile, and the ways of cutting it, each with what the network
     * reads in its pieces and its score, the chosen way first.
     *
     * @param name    a name for the picture's title
     * @param picture a picture of a number on one line
     * @return the picture
     */
    public BufferedImage splitPicture(String name, BufferedImage picture) {
        return SplitView.picture(Writing.find(name, picture), predictor);
    }

    /**
     * @param segmentation the digits found
     * @return what the network reads in each
     */
    public NumberReading read(NumberSegmentation segmentation) {
        List<Optional<Prediction>> found = segmentation.middleReadings();
        boolean byMiddles = found.stream().anyMatch(Optional::isPresent);
        List<Prediction> byPredictor = predictor.predictAll(segmentation.digits());
        List<Prediction> predictions = new ArrayList<>();
        double piecesLogP = 0;
        for (int d = 0; d < segmentation.count(); d++) {
            Prediction course = byPredictor.get(d);
            Prediction p = found.get(d).map(middle -> agreed(middle, course)).orElse(course);
            predictions.add(p);
            piecesLogP += Math.log(p.confidence());
        }
        if (!byMiddles && segmentation.count() == 2 && segmentation.markBoxes().size() == 1) {
            // one mark cut in two by its width alone: the network may see one wide digit in it
            NumberSegmentation whole = segmentation.asOneDigit();
            Prediction one = predictor.predict(whole.digits().get(0));
            if (Math.log(one.confidence()) > piecesLogP) {
                return new NumberReading(whole, List.of(one));
            }
        }
        return new NumberReading(segmentation, predictions);
    }

    /**
     * What both networks say of one digit the middle network found: their probabilities multiplied, digit by digit,
     * and scaled to sum to 1 (a product of experts). The middle network saw the digit's neighbours around it; the
     * course's network reads the digit's piece, cut straight, in MNIST form; where one of them hesitates, the other
     * decides.
     */
    static Prediction agreed(Prediction middle, Prediction course) {
        float[] p = new float[10];
        double total = 0;
        for (int d = 0; d < 10; d++) {
            total += middle.probability(d) * course.probability(d);
        }
        for (int d = 0; d < 10; d++) {
            p[d] = (float) (middle.probability(d) * course.probability(d) / Math.max(total, Double.MIN_NORMAL));
        }
        return Prediction.of(p, 0);
    }

    @Override
    public String toString() {
        return middles == null
                ? "NumberReader[splits a picture into digits, then reads each with " + predictor + "]"
                : "NumberReader[finds the digits in each group of ink with " + middles + "; reads each digit with "
                        + predictor + ", and with both networks where a group holds several]";
    }
}
