package digits.numbers;

import digits.data.DigitImage;
import digits.display.NumberPictures;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.image.Box;
import digits.image.MnistForm;
import digits.image.PictureException;
import digits.image.Plane;
import digits.photos.PageInk;
import digits.photos.Photo;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A picture of a handwritten number on one line, split into its digits, each brought into MNIST's form by the
 * code that brings a single own digit ({@link Writing}, then {@code MnistForm.of}). No network is needed for this: {@link NumberReader} then reads each digit.
 *
 * <pre>{@code
 * NumberSegmentation split = NumberSegmentation.fromFile("my-numbers/4093-pen-on-lined-paper.jpg");
 * split.count()      // how many digits were found
 * split.steps()      // the ink, the connected components, the digits' boxes, the digits in MNIST form
 * }</pre>
 *
 * <p>The steps: the ink is every pixel clearly darker than the paper around it (so a shadow does not count as
 * ink), without the long thin lines of ruled paper; 8-connected components of the ink are the first guess at
 * the digits; parts of one digit are put together and specks dropped; touching digits are cut apart, by
 * {@link NumberReader} with the network's help (each way of cutting is read and the best reading kept), here,
 * without a network, where the ink's column profile is thinnest. Immutable.
 */
public final class NumberSegmentation {

    private final Writing writing;
    private final String name;
    private final BufferedImage picture;
    private final double scale;
    private final PageInk ink;
    private final Segmenter.Segments segments;
    private final List<DigitImage> digits;
    private final List<Box> boxes;

    private NumberSegmentation(Writing writing, double scale, Segmenter.Segments segments) {
        this.writing = writing;
        this.name = writing.name;
        this.picture = writing.picture;
        this.scale = scale;
        this.ink = writing.ink;
        this.segments = segments;
        if (!segments.lines().oneLine()) {
            throw new PictureException(segments.lines().problem(name));
        }
        List<DigitImage> found = new ArrayList<>();
        List<Box> inFile = new ArrayList<>();
        for (int d = 0; d < segments.digits().size(); d++) {
            found.add(mnistForm(segments.digits().get(d)));
            inFile.add(segments.boxes().get(d).scaled(scale));
        }
        this.digits = List.copyOf(found);
        this.boxes = List.copyOf(inFile);
    }

    /** The same steps as {@code OwnDigit}: crop to the ink, fit 20 x 20, centre by mass in 28 x 28. */
    static DigitImage mnistForm(Plane ink) {
        return DigitImage.unlabelled(MnistForm.of(ink).pixels());
    }

    /**
     * Reads a picture file with {@link Photo} (any pixel size, upright as its EXIF orientation says) and splits it.
     *
     * @param file a PNG or JPEG file
     * @return the digits found
     * @throws PictureException if the file cannot be read, or shows no writing, more than one line of it, or a
     *     number turned on its side; the message says which
     */
    public static NumberSegmentation fromFile(Path file) {
        return of(Photo.read(file));
    }

    /** @see #fromFile(Path) */
    public static NumberSegmentation fromFile(String file) {
        return fromFile(Path.of(file));
    }

    /**
     * @param photo a photo already read
     * @return the digits found; their boxes in the photo's file pixels
     */
    public static NumberSegmentation of(Photo photo) {
        Objects.requireNonNull(photo, "photo");
        return of(photo, null, null);
    }

    /**
     * As {@link #of(Photo)}, touching digits cut with the network's help if a predictor is given (null: without), or
     * found by a middle network if one is given.
     */
    static NumberSegmentation of(Photo photo, Predictor predictor, MiddleNetwork middles) {
        Objects.requireNonNull(photo, "photo");
        return of(Writing.find(photo.name(), photo.image()), photo.scale(), predictor, middles);
    }

    /**
     * @param name    a name for messages and pictures
     * @param picture a picture in memory
     * @return the digits found
     */
    public static NumberSegmentation of(String name, BufferedImage picture) {
        return of(name, picture, null);
    }

    /** As {@link #of(String, BufferedImage)}, touching digits cut with the network's help if a predictor is given. */
    static NumberSegmentation of(String name, BufferedImage picture, Predictor predictor) {
        return of(name, picture, predictor, null);
    }

    /** As {@link #of(String, BufferedImage, Predictor)}, the digits found by a middle network if one is given. */
    static NumberSegmentation of(String name, BufferedImage picture, Predictor predictor, MiddleNetwork middles) {
        return of(Writing.find(name, picture), 1, predictor, middles);
    }

    /**
     * @param writing the writing found in a picture
     * @return its digits
     * @throws PictureException if the writing is not one line, or is a number turned on its side
     */
    public static NumberSegmentation of(Writing writing) {
        return of(Objects.requireNonNull(writing, "writing"), 1, null, null);
    }

    private static NumberSegmentation of(Writing writing, double scale, Predictor predictor, MiddleNetwork middles) {
        return new NumberSegmentation(writing, scale, Segmenter.segment(writing, predictor, middles));
    }

    /**
     * @return the same writing taken as one digit, all its ink cut out together; this segmentation itself if it
     *     found one digit
     */
    NumberSegmentation asOneDigit() {
        return count() == 1 ? this : new NumberSegmentation(writing, scale, Segmenter.asOneDigit(writing));
    }

    /**
     * @return for each digit, what the middle network read in it where it found the digit among others in one group;
     *     empty where the digit is for the course's network to read
     */
    List<Optional<Prediction>> middleReadings() {
        return segments.readings();
    }

    /** @return the picture's name */
    public String name() {
        return name;
    }

    /** @return the picture the digits were found in (a large photo scaled down to {@link Photo#WORKING_SIDE}) */
    public BufferedImage picture() {
        return picture;
    }

    /** @return how many digits were found */
    public int count() {
        return digits.size();
    }

    /**
     * Where the separate marks are that the digits were found in: digits cut apart from one mark of touching ink
     * make one mark, digits that stand apart (or whose parts were put together, as a 5's bar with its body) one each.
     *
     * @return each mark's box, in the pixels of the original picture, left to right; 1 to {@link #count()} of them
     */
    public List<Box> markBoxes() {
        int[] owner = segments.owner(), labels = segments.labels();
        int[] firstOwner = new int[segments.components().size()];
        Arrays.fill(firstOwner, -1);
        int[] joinedTo = new int[count()];
        for (int d = 0; d < joinedTo.length; d++) {
            joinedTo[d] = d;
        }
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] < 0 || labels[i] < 0) {
                continue;
            }
            if (firstOwner[labels[i]] < 0) {
                firstOwner[labels[i]] = owner[i];
            } else {
                joinedTo[root(joinedTo, owner[i])] = root(joinedTo, firstOwner[labels[i]]);
            }
        }
        Box[] marks = new Box[count()];
        for (int d = 0; d < marks.length; d++) {
            int r = root(joinedTo, d);
            marks[r] = marks[r] == null ? boxes.get(d) : marks[r].union(boxes.get(d));
        }
        return Arrays.stream(marks)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Box::x))
                .toList();
    }

    private static int root(int[] joinedTo, int d) {
        while (joinedTo[d] != d) {
            d = joinedTo[d];
        }
        return d;
    }

    /** @return each digit in MNIST form (28 x 28, without a label), left to right */
    public List<DigitImage> digits() {
        return digits;
    }

    /** @return where each digit is, left to right, in the pixels of the original picture (the file's, upright) */
    public List<Box> boxes() {
        return boxes;
    }

    /** @return the typical height of a digit in the picture, in the original picture's pixels */
    public double digitHeight() {
        return segments.digitHeight() * scale;
    }

    /** The boxes in the pixels of {@link #picture()}, for painting. */
    List<Box> pictureBoxes() {
        return segments.boxes();
    }

    /**
     * The segmentation, step by step: the picture; the ink found (ruled lines taken out shown faint red); the
     * connected components, each in its own colour; the digits' boxes, numbered; each digit in MNIST form.
     *
     * @return the picture
     */
    public BufferedImage steps() {
        return NumberPictures.steps(new NumberPictures.Steps(
                name,
                picture,
                ink.mask(),
                ink.lines(),
                segments.labels(),
                segments.components().size(),
                pictureBoxes(),
                digits.stream().map(DigitImage::toBufferedImage).toList()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NumberSegmentation[%s: %d digits]", name, count());
    }
}
