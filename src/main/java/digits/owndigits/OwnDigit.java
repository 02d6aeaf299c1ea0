package digits.owndigits;

import digits.data.DigitImage;
import digits.display.OwnDigitPictures;
import digits.image.Ink;
import digits.image.MnistForm;
import digits.image.PictureException;
import digits.image.Plane;
import digits.numbers.Writing;
import digits.photos.Photo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A digit from outside MNIST (a picture file, or a block of typed characters) brought into MNIST's form
 * the way MNIST itself was made: find the ink, crop to it, scale it to fit 20 x 20 keeping its shape,
 * and place it by its centre of mass in a 28 x 28 field. The ink is found and cut out by the number reader's
 * code ({@link Writing}), all the writing taken as one digit, so that a one-digit picture comes out the same
 * whether it is read here or with {@code NumberReader}.
 *
 * <pre>{@code
 * OwnDigit mine = OwnDigit.fromFile("my-digits/3-pencil.png");
 * mine.steps()                      // a picture of each step
 * predictor.predict(mine.digit())   // what the network says
 * }</pre>
 *
 * <p>The picture may be any size, PNG or JPEG, colour or grey, dark ink on light paper or the reverse
 * (the paper is the typical shade along the picture's border), with or without margins; a transparent
 * background counts as paper. A picture that is not one digit is refused: a page with only ruled lines, or
 * several digits side by side (the number reader's segmentation counts them; read those with {@code NumberReader}).
 * Immutable.
 */
public final class OwnDigit {

    /** A 7 drawn as the drawing pad saves it, next to the notebooks; stands in for the learner's own drawing. */
    public static final Path SAMPLE_DRAWING = Path.of("my-digits", "7-drawn-on-the-pad.png");

    private static final int TEXT_CELL = 16;

    private final String name;
    private final BufferedImage original;
    private final MnistForm.Steps form;
    private final DigitImage digit;
    private final OptionalInt expected;

    private OwnDigit(String name, BufferedImage original, OptionalInt expected) {
        this.name = name;
        this.original = original;
        this.expected = expected;
        Writing writing = Writing.find(name, original);
        OneDigitCheck.require(writing);
        this.form = MnistForm.of(writing.asOneDigit());
        byte[] pixels = form.pixels();
        this.digit = expected.isPresent() ? new DigitImage(expected.getAsInt(), pixels) : DigitImage.unlabelled(pixels);
    }

    /**
     * Reads a picture file.
     *
     * @param file a PNG or JPEG file of any pixel size (read within bounded memory by {@link Photo}, upright as its
     *     EXIF orientation says); if its name starts with a digit ("7-pencil.png"), that is the digit it is
     *     expected to show
     * @return the digit in MNIST form
     * @throws PictureException if the file is missing, unreadable, not a picture, damaged, too large, shows no
     *     ink, only ruled lines (in the number reader's words), or several digits side by side (it says how many);
     *     the message names it
     */
    public static OwnDigit fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new PictureException(
                    "no picture file at " + file.toAbsolutePath() + " (it is a folder; use OwnDigit.fromFolder)");
        }
        Photo photo = Photo.read(file);
        return new OwnDigit(photo.name(), photo.image(), expectedFromName(photo.name()));
    }

    /** @see #fromFile(Path) */
    public static OwnDigit fromFile(String file) {
        return fromFile(Path.of(file));
    }

    /**
     * Reads the drawing that the drawing pad ({@code DrawingPad}) saved next to the notebook. Until the learner has
     * saved one, says so and reads the project's {@link #SAMPLE_DRAWING} instead, so that the
     * notebook still runs from top to bottom.
     *
     * @param fileName the name given to {@code DrawingPad.of}
     * @return the drawing in MNIST form
     * @throws IllegalArgumentException if the name is not a plain {@code .png} file name
     */
    public static OwnDigit fromDrawing(String fileName) {
        return fromDrawing(Path.of(""), fileName);
    }

    /**
     * {@link #fromDrawing(String)} for a notebook in {@code folder}.
     *
     * @param folder the notebook's folder
     * @param fileName the name given to {@code DrawingPad.of}
     * @return the drawing in MNIST form
     */
    public static OwnDigit fromDrawing(Path folder, String fileName) {
        Path drawing = folder.resolve(DrawingName.checked(fileName));
        if (Files.isRegularFile(drawing)) {
            try {
                return fromFile(drawing);
            } catch (PictureException e) {
                if (!e.getMessage().startsWith(Ink.NO_INK)) {
                    throw e;
                }
                System.out.println("The drawing " + fileName + " is empty (the pad was cleared): draw a digit on the "
                        + "pad above, then run this cell again. Until then, here is the project's sample drawing, "
                        + SAMPLE_DRAWING + ".");
                return fromFile(folder.resolve(SAMPLE_DRAWING));
            }
        }
        System.out.println("No drawing saved as " + fileName + " yet: draw a digit on the pad above, then run this "
                + "cell again. Until then, here is the project's sample drawing, " + SAMPLE_DRAWING + ".");
        return fromFile(folder.resolve(SAMPLE_DRAWING));
    }

    /**
     * Reads every PNG and JPEG file in a folder ({@link Photo#picturesIn}), in order of their names.
     *
     * @param folder the folder
     * @return the digits (empty if the folder holds no picture)
     * @throws PictureException if the folder is missing or a file in it cannot be read
     */
    public static List<OwnDigit> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PictureException("no folder at " + folder.toAbsolutePath());
        }
        return Photo.picturesIn(folder).stream().map(OwnDigit::fromFile).toList();
    }

    /** @see #fromFolder(Path) */
    public static List<OwnDigit> fromFolder(String folder) {
        return fromFolder(Path.of(folder));
    }

    /**
     * Uses a picture already in memory.
     *
     * @param name  a name to show and to use in messages
     * @param image the picture
     * @return the digit in MNIST form
     * @throws PictureException if the picture shows no ink, only ruled lines, or several digits side by side
     */
    public static OwnDigit fromImage(String name, BufferedImage image) {
        return new OwnDigit(
                Objects.requireNonNull(name, "name"), Objects.requireNonNull(image, "image"), OptionalInt.empty());
    }

    /**
     * Draws a digit typed as a block of characters: {@code #} (or any character other than a space or
     * {@code .}) is ink, each ink character a round blob of a pen, so neighbours join into strokes.
     *
     * <pre>{@code
     * OwnDigit.fromText("""
     *     .####.
     *     #....#
     *     ....#.
     *     ...#..
     *     ..#...
     *     .######
     *     """)
     * }</pre>
     *
     * @param block lines of characters
     * @return the digit in MNIST form
     * @throws PictureException if no character is ink
     */
    public static OwnDigit fromText(String block) {
        List<String> lines = Objects.requireNonNull(block, "block").lines().toList();
        int columns = lines.stream().mapToInt(String::length).max().orElse(0);
        boolean anyInk = lines.stream().anyMatch(line -> line.chars().anyMatch(OwnDigit::isInk));
        if (!anyInk) {
            throw new PictureException("the typed digit holds no ink: mark the ink with '#' (any character other than"
                    + " a space or '.' counts as ink)");
        }
        BufferedImage canvas = new BufferedImage(
                (columns + 2) * TEXT_CELL, (lines.size() + 2) * TEXT_CELL, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.setColor(Color.BLACK);
            int pen = TEXT_CELL * 3 / 2;
            for (int row = 0; row < lines.size(); row++) {
                String line = lines.get(row);
                for (int col = 0; col < line.length(); col++) {
                    if (isInk(line.charAt(col))) {
                        int cx = (col + 1) * TEXT_CELL + TEXT_CELL / 2, cy = (row + 1) * TEXT_CELL + TEXT_CELL / 2;
                        g.fillOval(cx - pen / 2, cy - pen / 2, pen, pen);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return new OwnDigit("typed digit", canvas, OptionalInt.empty());
    }

    private static boolean isInk(int c) {
        return !Character.isWhitespace(c) && c != '.';
    }

    private static OptionalInt expectedFromName(String fileName) {
        boolean digitFirst = !fileName.isEmpty()
                && Character.isDigit(fileName.charAt(0))
                && (fileName.length() == 1 || !Character.isDigit(fileName.charAt(1)));
        return digitFirst ? OptionalInt.of(fileName.charAt(0) - '0') : OptionalInt.empty();
    }

    /** @return the file name, or "typed digit" */
    public String name() {
        return name;
    }

    /** @return the digit the file name promises ("7-pencil.png": 7), if it starts with one */
    public OptionalInt expected() {
        return expected;
    }

    /** @return the picture as given */
    public BufferedImage original() {
        return original;
    }

    /**
     * @return the digit in MNIST form: 28 x 28, 0 = paper .. 255 = ink; labelled with {@link #expected()},
     *     or without a label ({@link DigitImage#hasLabel()} false) when that is unknown
     */
    public DigitImage digit() {
        return digit;
    }

    /**
     * The preprocessing, step by step: the picture as given; the ink found and cropped to; the ink scaled to fit
     * 20 x 20; the result placed in 28 x 28 with its centre of mass (the cross) in the middle.
     *
     * @return the picture
     */
    public BufferedImage steps() {
        Plane scaled = form.scaled();
        return OwnDigitPictures.steps(new OwnDigitPictures.Steps(
                name,
                original,
                inkPicture(form.cropped()),
                scaled.values(),
                scaled.width(),
                scaled.height(),
                form.x(),
                form.y()));
    }

    private static BufferedImage inkPicture(Plane ink) {
        BufferedImage image = new BufferedImage(ink.width(), ink.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                int shade = 255 - Math.round(255 * ink.at(x, y));
                image.getRaster().setSample(x, y, 0, shade);
            }
        }
        return image;
    }

    @Override
    public String toString() {
        return "OwnDigit[" + name + (expected.isPresent() ? ", expected " + expected.getAsInt() : "") + "]";
    }
}
