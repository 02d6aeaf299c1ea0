package digits.numbers.composed;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.image.Box;
import digits.image.Plane;
import digits.numbers.MiddleNetwork;
import digits.numbers.MiddleStrip;
import digits.preprocessing.Augmenter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What a middle network ({@link MiddleNetwork}) learns from: numbers composed from training digits, each group of
 * their ink laid on a strip as the reader lays it ({@link MiddleStrip}), and every column's window labelled by the
 * truth the composer knows. A column within {@value #MIDDLE} strip pixels of a digit's centre of mass is "the middle
 * of that digit"; one {@value #NO_MIDDLE} or more from every digit's is "no middle here"; the columns between are
 * left out, as neither answer is right there.
 *
 * <p>The numbers are half touching, a fifth overlapping and the rest separated, so that the network also learns that
 * a wide digit standing alone has one middle. They are composed from the digits given and from one augmented version
 * of each ({@link Augmenter}): other writers' digits are shaped unlike the training writers', and without the
 * augmented ones the network finds a second middle in some wide digits.
 */
public final class MiddleWindows {

    /** How near a digit's centre of mass a column is its middle, in strip pixels. */
    public static final double MIDDLE = 1.5;
    /** How far from every digit's centre of mass a column has no middle, in strip pixels. */
    public static final double NO_MIDDLE = 3.5;

    private final List<MiddleStrip> strips = new ArrayList<>();
    private final List<int[]> windows = new ArrayList<>(); // {strip, column, label}
    private final int[] counts = new int[MiddleNetwork.CLASSES];
    private final int numbers;

    private MiddleWindows(int numbers) {
        this.numbers = numbers;
    }

    /**
     * @param digits  the digits to compose numbers from (the training split: never a validation or test digit)
     * @param numbers how many numbers to compose
     * @param seed    the random seed for the numbers and the augmented digits
     * @return the labelled windows of every column of every number
     */
    public static MiddleWindows compose(DigitSet digits, int numbers, long seed) {
        Objects.requireNonNull(digits, "digits");
        Check.atLeast("numbers", numbers, 1);
        NumberComposer composer = NumberComposer.of(withAugmented(digits, seed), seed);
        MiddleWindows made = new MiddleWindows(numbers);
        for (int i = 0; i < numbers; i++) {
            int tenth = i % 10;
            made.add(tenth < 5 ? composer.touching() : tenth < 7 ? composer.overlapping() : composer.separated());
        }
        return made;
    }

    private void add(ComposedNumber number) {
        double[] centres = centres(number);
        for (MiddleStrip strip : MiddleStrip.of(number.text(), number.picture())) {
            int index = strips.size();
            boolean used = false;
            for (int c = 0; c < strip.columns(); c++) {
                double nearest = Double.MAX_VALUE;
                int which = 0;
                for (int k = 0; k < centres.length; k++) {
                    double distance = Math.abs(strip.column(centres[k]) - (c + 0.5));
                    if (distance < nearest) {
                        nearest = distance;
                        which = k;
                    }
                }
                int label = nearest <= MIDDLE
                        ? number.text().charAt(which) - '0'
                        : nearest >= NO_MIDDLE ? MiddleNetwork.NO_MIDDLE : -1;
                if (label >= 0) {
                    windows.add(new int[] {index, c, label});
                    counts[label]++;
                    used = true;
                }
            }
            if (used) {
                strips.add(strip);
            }
        }
    }

    /** Each digit's centre of mass along the line, in picture columns. */
    private static double[] centres(ComposedNumber number) {
        double[] centres = new double[number.length()];
        for (int k = 0; k < centres.length; k++) {
            Plane digit = Plane.of(number.digits().get(k));
            Box ink = digit.inkBox().orElseThrow();
            // the digit's balance column, from the left edge of its ink box, placed where the composer put that box
            centres[k] = number.boxes().get(k).x() + digit.centreOfMass().col() + 0.5 - ink.x();
        }
        return centres;
    }

    /** The set and, after it, one augmented version of each of its digits. */
    private static DigitSet withAugmented(DigitSet set, long seed) {
        Augmenter augmenter = Augmenter.builder().seed(seed).build();
        int n = set.size();
        byte[] pixels = new byte[2 * n * DigitImage.PIXELS];
        byte[] labels = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(set.rawPixels(i), 0, pixels, i * DigitImage.PIXELS, DigitImage.PIXELS);
            System.arraycopy(
                    augmenter.augment(set.get(i), i).rawPixels(),
                    0,
                    pixels,
                    (n + i) * DigitImage.PIXELS,
                    DigitImage.PIXELS);
            labels[i] = (byte) set.label(i);
            labels[n + i] = (byte) set.label(i);
        }
        return DigitSet.of(set.name() + " and an augmented version of each", pixels, labels);
    }

    /** @return how many labelled windows there are */
    public int size() {
        return windows.size();
    }

    /**
     * @param label a digit 0 to 9, or {@link MiddleNetwork#NO_MIDDLE}
     * @return how many windows have that label
     */
    public int count(int label) {
        Check.inRange("label", label, 0, MiddleNetwork.CLASSES - 1);
        return counts[label];
    }

    /**
     * One epoch of mini-batches, in a random order that the seed fixes, made as they are used: features of shape
     * [batch, {@value MiddleStrip#WINDOW_PIXELS}] and one-hot labels of shape [batch, {@value MiddleNetwork#CLASSES}].
     *
     * @param batchSize windows per batch (the last batch holds what is left)
     * @param seed      the random seed of the order: a new one for each epoch
     * @return the batches, for {@code model.fit(batch)} one by one
     */
    public Iterable<DataSet> batches(int batchSize, long seed) {
        Check.atLeast("batch size", batchSize, 1);
        int[] order = new int[windows.size()];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < order.length; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < order.length;
            }

            @Override
            public DataSet next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the epoch's " + order.length + " windows are all used");
                }
                int m = Math.min(batchSize, order.length - next);
                float[] x = new float[m * MiddleStrip.WINDOW_PIXELS];
                float[] y = new float[m * MiddleNetwork.CLASSES];
                for (int b = 0; b < m; b++, next++) {
                    int[] w = windows.get(order[next]);
                    float[] window = strips.get(w[0]).window(w[1]);
                    System.arraycopy(window, 0, x, b * MiddleStrip.WINDOW_PIXELS, MiddleStrip.WINDOW_PIXELS);
                    y[b * MiddleNetwork.CLASSES + w[2]] = 1;
                }
                return new DataSet(
                        Nd4j.create(x, new long[] {m, MiddleStrip.WINDOW_PIXELS}),
                        Nd4j.create(y, new long[] {m, MiddleNetwork.CLASSES}));
            }
        };
    }

    @Override
    public String toString() {
        int middles = windows.size() - counts[MiddleNetwork.NO_MIDDLE];
        return String.format(
                Locale.ROOT,
                "MiddleWindows[%,d numbers, %,d windows: %,d a digit's middle, %,d no middle]",
                numbers,
                windows.size(),
                middles,
                counts[MiddleNetwork.NO_MIDDLE]);
    }
}
