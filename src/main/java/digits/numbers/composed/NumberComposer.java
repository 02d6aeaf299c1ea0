package digits.numbers.composed;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.image.Box;
import digits.image.Plane;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Puts numbers of 3 to 6 digits together from MNIST digits, to measure how well whole numbers are read: dark ink
 * on white paper (MNIST stores bright ink on dark, so its values are turned round), each digit at MNIST's own size,
 * at random spacing and with a small random vertical jitter. Three kinds, the same seed giving the same numbers:
 *
 * <ul>
 *   <li>{@link #separated()}: {@value #MIN_GAP} to {@value #MAX_GAP} pixels of paper between neighbours' ink;
 *   <li>{@link #touching()}: as handwriting touches, the way the touching-digits database of Oliveira et al. builds
 *       its pairs: the right digit slides along the line toward the left one until their inks meet (some ink in
 *       both at one pixel or at neighbouring pixels), then on by 0 to {@value #MAX_OVERLAP} pixels; at least one
 *       pair of each number touches, each other pair touches or not at even odds;
 *   <li>{@link #overlapping()}: harder, the pairs chosen likewise have ink <em>boxes</em> that touch or overlap by
 *       up to {@value #MAX_OVERLAP} pixels, wherever their strokes are (a narrow 1 may stand inside its neighbour).
 * </ul>
 *
 * <pre>{@code
 * NumberComposer composer = NumberComposer.of(mnist.test(), 42);
 * ComposedNumber number = composer.separated();      // number.picture(), number.text()
 * ComposedNumber joined = composer.touching();
 * }</pre>
 */
public final class NumberComposer {

    /** The fewest digits in a number. */
    public static final int MIN_DIGITS = 3;
    /** The most digits in a number. */
    public static final int MAX_DIGITS = 6;
    /** The least paper between separated neighbours' ink, in pixels. */
    public static final int MIN_GAP = 2;
    /** The most paper between separated neighbours' ink, in pixels. */
    public static final int MAX_GAP = 8;
    /**
     * Touching neighbours: the most pixels the right digit moves on after the inks meet; overlapping ones: the most
     * their ink boxes overlap.
     */
    public static final int MAX_OVERLAP = 3;
    /** The most a digit is moved up or down, in pixels. */
    public static final int MAX_JITTER = 2;

    private static final int MARGIN = 12;
    private static final int SIDE = DigitImage.WIDTH;

    private final DigitSet digits;
    private final SplittableRandom random;

    private NumberComposer(DigitSet digits, long seed) {
        this.digits = digits;
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param digits the digits to take from (MNIST's test set, to measure a network trained on the training set)
     * @param seed   the random seed
     * @return a composer; it draws from its own random sequence, so it is not for sharing between threads
     */
    public static NumberComposer of(DigitSet digits, long seed) {
        Objects.requireNonNull(digits, "digits");
        if (digits.size() == 0) {
            throw new IllegalArgumentException("the set '" + digits.name() + "' is empty: a composer needs digits");
        }
        return new NumberComposer(digits, seed);
    }

    /** @return the next number, every neighbour apart by {@value #MIN_GAP} to {@value #MAX_GAP} pixels of paper */
    public ComposedNumber separated() {
        return compose(Kind.SEPARATED);
    }

    /** @return the next number, with at least one pair of neighbours whose inks meet, as handwriting touches */
    public ComposedNumber touching() {
        return compose(Kind.TOUCHING);
    }

    /** @return the next number, with at least one pair of neighbours whose ink boxes touch or overlap */
    public ComposedNumber overlapping() {
        return compose(Kind.OVERLAPPING);
    }

    /**
     * @param count how many numbers, at least 1
     * @return the next {@code count} numbers with every neighbour apart, as {@link #separated()} makes them
     */
    public List<ComposedNumber> separated(int count) {
        return numbers(count, Kind.SEPARATED);
    }

    /**
     * @param count how many numbers, at least 1
     * @return the next {@code count} numbers with touching neighbours, as {@link #touching()} makes them
     */
    public List<ComposedNumber> touching(int count) {
        return numbers(count, Kind.TOUCHING);
    }

    /**
     * @param count how many numbers, at least 1
     * @return the next {@code count} numbers with overlapping ink boxes, as {@link #overlapping()} makes them
     */
    public List<ComposedNumber> overlapping(int count) {
        return numbers(count, Kind.OVERLAPPING);
    }

    private enum Kind {
        SEPARATED,
        TOUCHING,
        OVERLAPPING
    }

    private List<ComposedNumber> numbers(int count, Kind kind) {
        Check.atLeast("count", count, 1);
        List<ComposedNumber> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(compose(kind));
        }
        return List.copyOf(numbers);
    }

    private ComposedNumber compose(Kind kind) {
        int n = random.nextInt(MIN_DIGITS, MAX_DIGITS + 1);
        DigitImage[] chosen = new DigitImage[n];
        Box[] ink = new Box[n];
        for (int k = 0; k < n; k++) {
            chosen[k] = digits.get(random.nextInt(digits.size()));
            ink[k] = inkBox(chosen[k]);
        }
        boolean[] touch = new boolean[n - 1];
        // paper between neighbours' ink boxes; where they touch, how far they overlap (boxes) or move on (inks)
        int[] gaps = new int[n - 1];
        int forced = kind == Kind.SEPARATED ? -1 : random.nextInt(n - 1);
        for (int k = 0; k < n - 1; k++) {
            touch[k] = k == forced || (kind != Kind.SEPARATED && random.nextBoolean());
            gaps[k] = touch[k] ? -random.nextInt(MAX_OVERLAP + 1) : random.nextInt(MIN_GAP, MAX_GAP + 1);
        }
        int canvasWidth = 2 * MARGIN + n * (SIDE + MAX_GAP);
        int height = SIDE + 2 * MARGIN;
        int[] darkest = new int[canvasWidth * height];
        int[] left = new int[n]; // where each 28 x 28 cell goes
        int[] top = new int[n];
        int inkRight = 0; // the right edge of all ink placed so far
        for (int k = 0; k < n; k++) {
            top[k] = MARGIN + random.nextInt(-MAX_JITTER, MAX_JITTER + 1);
            int inkLeft;
            if (k == 0) {
                inkLeft = MARGIN;
            } else if (!touch[k - 1] || kind == Kind.OVERLAPPING) {
                inkLeft = inkRight + gaps[k - 1];
            } else {
                inkLeft = inkRight + MIN_GAP;
                int previousLeft = left[k - 1] + ink[k - 1].x();
                while (inkLeft > previousLeft
                        && !meets(darkest, canvasWidth, chosen[k], ink[k], inkLeft - ink[k].x(), top[k])) {
                    inkLeft--;
                }
                inkLeft += gaps[k - 1];
            }
            left[k] = inkLeft - ink[k].x();
            place(darkest, canvasWidth, chosen[k], ink[k], left[k], top[k]);
            inkRight = Math.max(inkRight, inkLeft + ink[k].width());
        }
        int width = inkRight + MARGIN;
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        StringBuilder text = new StringBuilder();
        List<Box> boxes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            text.append(chosen[k].label());
            boxes.add(new Box(left[k] + ink[k].x(), top[k] + ink[k].y(), ink[k].width(), ink[k].height()));
        }
        WritableRaster raster = picture.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, 255 - darkest[y * canvasWidth + x]);
            }
        }
        return new ComposedNumber(picture, text.toString(), boxes, List.of(chosen), kind != Kind.SEPARATED);
    }

    /** Puts a digit's ink on the canvas with its cell's corner at (left, top); where inks overlap the darker wins. */
    private static void place(int[] canvas, int canvasWidth, DigitImage digit, Box ink, int left, int top) {
        for (int r = ink.y(); r < ink.bottom(); r++) {
            for (int c = ink.x(); c < ink.right(); c++) {
                int at = (top + r) * canvasWidth + left + c;
                canvas[at] = Math.max(canvas[at], digit.pixel(r, c));
            }
        }
    }

    /**
     * Whether the digit's ink, with its cell's corner at (left, top), meets ink on the canvas: some pixel of its ink
     * is ink on the canvas too, or has a neighbour (of 8) that is.
     */
    private static boolean meets(int[] canvas, int canvasWidth, DigitImage digit, Box ink, int left, int top) {
        int canvasHeight = canvas.length / canvasWidth;
        for (int r = ink.y(); r < ink.bottom(); r++) {
            for (int c = ink.x(); c < ink.right(); c++) {
                if (digit.pixel(r, c) == 0) {
                    continue;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int y = top + r + dy, x = left + c + dx;
                        if (y >= 0
                                && y < canvasHeight
                                && x >= 0
                                && x < canvasWidth
                                && canvas[y * canvasWidth + x] > 0) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The smallest box holding every pixel of the digit that is not paper. */
    private static Box inkBox(DigitImage digit) {
        return Plane.of(digit)
                .inkBox()
                .orElseThrow(() -> new IllegalArgumentException(
                        "a digit composed into a number must hold some ink, not a blank one"));
    }
}
