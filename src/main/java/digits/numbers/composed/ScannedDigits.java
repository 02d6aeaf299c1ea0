package digits.numbers.composed;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.image.MnistForm;
import digits.image.Plane;
import digits.preprocessing.Corruption;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * MNIST digits as a low-resolution scan shows them, each alone on a page: the digit is blurred by
 * {@link Corruption#LOW_RESOLUTION} (shrunk to 8 to 10 pixels high, then enlarged back), enlarged smoothly from
 * 28 x 28 to {@value #MIN_SIDE} to {@value #MAX_SIDE} pixels, and printed as dark ink on paper of a random light
 * shade with a little grain, somewhere on a page {@value #PAGE_SIDES} times that size. Strokes come out soft and the
 * loops of a 6, 8 or 9 half filled with grey: the hard case for finding ink. The same seed gives the same pages.
 *
 * <pre>{@code
 * ScannedDigits scans = ScannedDigits.of(mnist.test(), 7);
 * scans.pages(1000)      // each with its picture and its digit
 * scans.page(42)         // test digit 42 as a scan
 * }</pre>
 */
public final class ScannedDigits {

    /** The smallest side of the scanned 28 x 28 field on the page, in pixels. */
    public static final int MIN_SIDE = 36;
    /** The largest side of the scanned field on the page, in pixels. */
    public static final int MAX_SIDE = 72;
    /** The page is this many times the field's side, each way. */
    static final int PAGE_SIDES = 3;
    /** The paper is this shade (of 255) at its darkest ... */
    static final int DARKEST_PAPER = 200;
    /** ... and this at its lightest. */
    static final int LIGHTEST_PAPER = 250;
    /** The ink is at most this shade. */
    static final int LIGHTEST_INK = 80;
    /** The paper's grain: the standard deviation of each pixel's shade, of 255. */
    static final double GRAIN = 3;
    /** The most pages asked for at once. */
    static final int MAX_COUNT = 1_000_000;

    private final DigitSet digits;
    private final long seed;
    private final SplittableRandom random;

    private ScannedDigits(DigitSet digits, long seed) {
        this.digits = digits;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /**
     * A page with one scanned digit on it.
     *
     * @param picture the page, grey
     * @param index   the digit's index in its set
     * @param digit   the digit as MNIST has it, with its label
     */
    public record Page(BufferedImage picture, int index, DigitImage digit) {

        /** @return a file name that starts with the digit, as {@code OwnDigit} reads it: "6-scan-42.png" */
        public String name() {
            return digit.label() + "-scan-" + index + ".png";
        }
    }

    /**
     * @param digits labelled digits in MNIST form, such as MNIST's test set
     * @param seed   the random seed
     * @return pages of scanned digits; not for sharing between threads
     * @throws IllegalArgumentException if the set is empty
     */
    public static ScannedDigits of(DigitSet digits, long seed) {
        Objects.requireNonNull(digits, "digits");
        if (digits.size() == 0) {
            throw new IllegalArgumentException("the set '" + digits.name() + "' is empty: scans need digits");
        }
        return new ScannedDigits(digits, seed);
    }

    /**
     * @param count how many pages, 0 to {@value #MAX_COUNT}
     * @return the next {@code count} pages, each with a digit of the set drawn at random
     */
    public List<Page> pages(int count) {
        Check.inRange("count", count, 0, MAX_COUNT);
        List<Page> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(page(random.nextInt(digits.size())));
        }
        return List.copyOf(pages);
    }

    /**
     * @param index a digit of the set
     * @return that digit as a low-resolution scan on a page
     */
    public Page page(int index) {
        Check.inRange("index", index, 0, digits.size() - 1);
        DigitImage digit = digits.get(index);
        DigitImage blurred = Corruption.LOW_RESOLUTION.apply(digit, seed * 31 + index);
        int side = random.nextInt(MIN_SIDE, MAX_SIDE + 1);
        Plane soft = MnistForm.resize(Plane.of(blurred), side, side);
        int paper = random.nextInt(DARKEST_PAPER, LIGHTEST_PAPER + 1);
        int ink = random.nextInt(0, LIGHTEST_INK + 1);
        int pageSide = PAGE_SIDES * side;
        int left = random.nextInt(0, pageSide - side + 1), top = random.nextInt(0, pageSide - side + 1);
        BufferedImage picture = new BufferedImage(pageSide, pageSide, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = picture.getRaster();
        for (int y = 0; y < pageSide; y++) {
            for (int x = 0; x < pageSide; x++) {
                boolean inField = x >= left && y >= top && x < left + side && y < top + side;
                double v = inField ? Math.max(0, Math.min(1, soft.at(x - left, y - top))) : 0;
                double shade = paper - v * (paper - ink) + GRAIN * random.nextGaussian();
                raster.setSample(x, y, 0, (int) Math.round(Math.max(0, Math.min(255, shade))));
            }
        }
        return new Page(picture, index, digit);
    }
}
