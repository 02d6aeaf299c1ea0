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
 * at random spacing and with a small random vertical jitter. Separated numbers keep {@value #MIN_GAP} to
 * {@value #MAX_GAP} pixels of paper between neighbours' ink; numbers with touching neighbours have at least one
 * pair whose ink boxes touch or overlap by up to {@value #MAX_OVERLAP} pixels. The same seed gives the same
 * numbers.
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
    /** The most that touching neighbours' ink boxes overlap, in pixels. */
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
        return compose(false);
    }

    /** @return the next number, with at least one pair of neighbours whose ink boxes touch or overlap */
    public ComposedNumber touching() {
        return compose(true);
    }

    /**
     * @param count how many numbers, at least 1
     * @return the next {@code count} numbers with every neighbour apart, as {@link #separated()} makes them
     */
    public List<ComposedNumber> separated(int count) {
        return numbers(count, false);
    }

    /**
     * @param count how many numbers, at least 1
     * @return the next {@code count} numbers with touching neighbours, as {@link #touching()} makes them
     */
    public List<ComposedNumber> touching(int count) {
        return numbers(count, true);
    }

    private List<ComposedNumber> numbers(int count, boolean touching) {
        Check.atLeast("count", count, 1);
        List<ComposedNumber> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(compose(touching));
        }
        return List.copyOf(numbers);
    }

    private ComposedNumber compose(boolean touching) {
        int n = random.nextInt(MIN_DIGITS, MAX_DIGITS + 1);
        int[] indices = new int[n];
        Box[] ink = new Box[n];
        for (int k = 0; k < n; k++) {
            indices[k] = random.nextInt(digits.size());
            ink[k] = inkBox(digits.get(indices[k]));
        }
        int[] gaps = new int[n - 1]; // paper between neighbours' ink boxes; 0 or less: they touch or overlap
        int forced = touching ? random.nextInt(n - 1) : -1;
        for (int k = 0; k < n - 1; k++) {
            boolean touchHere = k == forced || (touching && random.nextBoolean());
            gaps[k] = touchHere ? -random.nextInt(MAX_OVERLAP + 1) : random.nextInt(MIN_GAP, MAX_GAP + 1);
        }
        int[] left = new int[n]; // where each 28 x 28 cell goes
        int[] top = new int[n];
        int inkRight = 0;
        for (int k = 0; k < n; k++) {
            int inkLeft = k == 0 ? MARGIN : inkRight + gaps[k - 1];
            left[k] = inkLeft - ink[k].x();
            top[k] = MARGIN + random.nextInt(-MAX_JITTER, MAX_JITTER + 1);
            inkRight = left[k] + ink[k].x() + ink[k].width();
        }
        int width = inkRight + MARGIN;
        int height = SIDE + 2 * MARGIN;
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int[] darkest = new int[width * height];
        StringBuilder text = new StringBuilder();
        List<Box> boxes = new ArrayList<>();
        List<DigitImage> sources = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            DigitImage digit = digits.get(indices[k]);
            for (int r = ink[k].y(); r < ink[k].y() + ink[k].height(); r++) {
                for (int c = ink[k].x(); c < ink[k].x() + ink[k].width(); c++) {
                    int at = (top[k] + r) * width + left[k] + c;
                    darkest[at] = Math.max(darkest[at], digit.pixel(r, c)); // overlapping ink: the darker wins
                }
            }
            text.append(digit.label());
            boxes.add(new Box(left[k] + ink[k].x(), top[k] + ink[k].y(), ink[k].width(), ink[k].height()));
            sources.add(digit);
        }
        WritableRaster raster = picture.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, 255 - darkest[y * width + x]);
            }
        }
        boolean touches = false;
        for (int gap : gaps) {
            touches |= gap <= 0;
        }
        return new ComposedNumber(picture, text.toString(), boxes, sources, touches);
    }

    /** The smallest box holding every pixel of the digit that is not paper. */
    private static Box inkBox(DigitImage digit) {
        return Plane.of(digit)
                .inkBox()
                .orElseThrow(() -> new IllegalArgumentException(
                        "a digit composed into a number must hold some ink, not a blank one"));
    }
}
