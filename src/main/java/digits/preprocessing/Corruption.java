package digits.preprocessing;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.image.MnistForm;
import digits.image.Plane;
import java.util.SplittableRandom;

/**
 * A way in which real handwriting differs from MNIST's, applied to a digit in MNIST form: the test digits changed
 * by each corruption measure how a network copes with writing unlike its training digits. Several follow MNIST-C
 * (Mu and Gilmer, 2019, "MNIST-C: a robustness benchmark for computer vision"), at its default severity; the
 * others model what MNIST-C leaves out: the width of the pen, a low-resolution scan, a pen that skips.
 * Each change is drawn at random from a key (a digit's index), so the same key always gives the same digit.
 *
 * <pre>{@code
 * DigitSet rotated = Corruption.ROTATED.apply(mnist.test(), 42);     // "test (rotated)", 10,000 digits
 * DigitImage thick = Corruption.THICK_STROKES.apply(digit, 7);
 * }</pre>
 */
public enum Corruption {

    /** Shrunk until the digit is 8 to 10 pixels high, then enlarged back: the grey blur of a low-resolution scan. */
    LOW_RESOLUTION("low-res scan", "shrunk to 8-10 px high, then enlarged back", "own (MNIST-C has none)") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            int high = 8 + random.nextInt(3);
            int side = Math.round((float) SIDE * high / MnistForm.BOX);
            Plane small = MnistForm.resize(new Plane(ink, SIDE, SIDE), side, side);
            return MnistForm.resize(small, SIDE, SIDE).values();
        }
    },
    /** Every stroke a pixel wider on each side, as a broad pen writes. */
    THICK_STROKES("thick strokes", "strokes 2 px wider (3 x 3 dilation)", "own (MNIST-C has none)") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            return neighbourhood(ink, -1, 1, true);
        }
    },
    /** Every stroke about a pixel narrower, as a fine pen writes. */
    THIN_STROKES("thin strokes", "strokes 1 px narrower (2 x 2 erosion)", "own (MNIST-C has none)") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            return neighbourhood(ink, 0, 1, false);
        }
    },
    /** Moved 3 pixels sideways and 3 up or down, as a digit placed by its box rather than its centre of mass. */
    OFF_CENTRE("off-centre", "moved 3 px sideways and 3 px up or down", "MNIST-C translate") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            double down = sign(random) * 3, right = sign(random) * 3;
            return warp(ink, (row, col) -> new double[] {row - down, col - right});
        }
    },
    /** Turned by 0.4 radians (23 degrees) one way or the other, as a page held askew. */
    ROTATED("rotated", "turned 23° either way", "MNIST-C rotate") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            double angle = sign(random) * 0.4, cos = Math.cos(angle), sin = Math.sin(angle);
            return warp(ink, (row, col) -> new double[] {
                MIDDLE + cos * (row - MIDDLE) - sin * (col - MIDDLE),
                MIDDLE + sin * (row - MIDDLE) + cos * (col - MIDDLE)
            });
        }
    },
    /** Slanted: each row moved sideways by 0.4 pixels per row from the middle, one way or the other. */
    SLANTED("slanted", "sheared by 0.4 either way", "MNIST-C shear") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            double shear = sign(random) * 0.4;
            return warp(ink, (row, col) -> new double[] {row, col + shear * (row - MIDDLE)});
        }
    },
    /** Shrunk to 70 % about the middle, as a digit written small and not enlarged. */
    SMALLER("smaller", "shrunk to 70 % about the middle", "MNIST-C scale") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            return warp(ink, (row, col) -> new double[] {MIDDLE + (row - MIDDLE) / 0.7, MIDDLE + (col - MIDDLE) / 0.7});
        }
    },
    /** A straight stroke across the picture, as a ruled line or the tail of a neighbouring digit. */
    STRAY_LINE("stray line", "a stroke across the picture", "MNIST-C dotted line, zigzag") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            double fromRow = 2 + random.nextInt(24), toRow = 2 + random.nextInt(24);
            float[] out = ink.clone();
            for (int r = 0; r < SIDE; r++) {
                for (int c = 0; c < SIDE; c++) {
                    double lineRow = fromRow + (toRow - fromRow) * c / (SIDE - 1.0);
                    double distance = Math.abs(r - lineRow) / Math.hypot(1, (toRow - fromRow) / (SIDE - 1.0));
                    out[r * SIDE + c] = Math.max(out[r * SIDE + c], (float) Math.max(0, Math.min(1, 1.5 - distance)));
                }
            }
            return out;
        }
    },
    /** A gap: a band 2 pixels wide erased across the digit near its middle, as a pen that skips. */
    STROKE_GAP("stroke gap", "a band 2 px wide erased across it", "own (MNIST-C has none)") {
        @Override
        float[] change(float[] ink, SplittableRandom random) {
            boolean across = random.nextBoolean();
            int from = 12 + random.nextInt(4);
            float[] out = ink.clone();
            for (int r = 0; r < SIDE; r++) {
                for (int c = 0; c < SIDE; c++) {
                    int along = across ? r : c;
                    if (along == from || along == from + 1) {
                        out[r * SIDE + c] = 0;
                    }
                }
            }
            return out;
        }
    };

    private static final int SIDE = DigitImage.WIDTH;
    private static final double MIDDLE = (SIDE - 1) / 2.0;

    private final String label;
    private final String change;
    private final String source;

    Corruption(String label, String change, String source) {
        this.label = label;
        this.change = change;
        this.source = source;
    }

    /** @return the corruption's name in a table, such as "thick strokes" */
    public String label() {
        return label;
    }

    /** @return what it does to a digit, in a few words */
    public String change() {
        return change;
    }

    /** @return where it comes from: the MNIST-C corruption it follows, or "own" */
    public String source() {
        return source;
    }

    /**
     * @param digit a digit in MNIST form
     * @param key   any number, such as the digit's index: the same key gives the same change
     * @return the changed digit, same label
     */
    public DigitImage apply(DigitImage digit, long key) {
        float[] ink = change(digit.scaled(), randomFor(key));
        float[] values = new float[ink.length];
        for (int i = 0; i < ink.length; i++) {
            values[i] = 255f * ink[i];
        }
        return Resampling.image(digit, values);
    }

    /**
     * Every digit of a set, changed; digit {@code i} with key {@code seed}, {@code i}.
     *
     * @param set  digits in MNIST form, with labels
     * @param seed the seed of the random choices
     * @return a set of the same size and labels, named after the set and this corruption: "test (rotated)"
     */
    public DigitSet apply(DigitSet set, long seed) {
        byte[] pixels = new byte[set.size() * DigitImage.PIXELS];
        byte[] labels = new byte[set.size()];
        for (int i = 0; i < set.size(); i++) {
            byte[] changed = apply(set.get(i), seed * 0x9E3779B97F4A7C15L + i).rawPixels();
            System.arraycopy(changed, 0, pixels, i * DigitImage.PIXELS, DigitImage.PIXELS);
            labels[i] = (byte) set.label(i);
        }
        return DigitSet.of(set.name() + " (" + label + ")", pixels, labels);
    }

    /** The changed ink (0..1, 28 x 28, row by row) of a digit's ink. */
    abstract float[] change(float[] ink, SplittableRandom random);

    private SplittableRandom randomFor(long key) {
        return new SplittableRandom(key * 0xBF58476D1CE4E5B9L + ordinal());
    }

    private static int sign(SplittableRandom random) {
        return random.nextBoolean() ? 1 : -1;
    }

    /** Where each output pixel (row, col) comes from in the input. */
    private interface Source {
        double[] of(double row, double col);
    }

    /** Each output pixel read from where {@code source} says, between pixels by bilinear interpolation. */
    private static float[] warp(float[] ink, Source source) {
        float[] out = new float[ink.length];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double[] from = source.of(r, c);
                out[r * SIDE + c] = Resampling.sample(ink, 0, from[0], from[1]);
            }
        }
        return out;
    }

    /**
     * The largest ({@code max}) or smallest value over the square from {@code low} to {@code high} pixels around
     * each pixel: grey dilation or erosion. Outside the picture counts as paper.
     */
    private static float[] neighbourhood(float[] ink, int low, int high, boolean max) {
        float[] out = new float[ink.length];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                float value = max ? 0 : 1;
                for (int dr = low; dr <= high; dr++) {
                    for (int dc = low; dc <= high; dc++) {
                        int rr = r + dr, cc = c + dc;
                        float v = rr < 0 || rr >= SIDE || cc < 0 || cc >= SIDE ? 0 : ink[rr * SIDE + cc];
                        value = max ? Math.max(value, v) : Math.min(value, v);
                    }
                }
                out[r * SIDE + c] = value;
            }
        }
        return out;
    }
}
