package digits.features;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.display.FeaturePictures;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A few numbers that describe a digit the way a person might, made by hand rather than learned:
 *
 * <ul>
 * <li><b>zones</b> ({@value #ZONES} x {@value #ZONES} = 16 numbers): the ink density (mean pixel value, 0..1) of each 7 x 7 block of
 *     the picture. A statistical feature: where does the ink lie?</li>
 * <li><b>profiles</b> (14 + 14 numbers): the ink density of each pair of rows (the horizontal profile) and
 *     each pair of columns (the vertical profile).</li>
 * <li><b>holes</b>: closed loops, found as background areas that cannot be reached from the border
 *     (0 has one, 8 has two, 1 none). A structural feature.</li>
 * <li><b>end points</b>: where a stroke stops, found on the digit thinned to one-pixel lines (1 has two,
 *     0 none). Structural too.</li>
 * </ul>
 *
 * {@link #vector()} puts them into one list of {@value #SIZE} numbers for a classifier; holes and end points
 * are written as yes/no indicators ("holes=1", "ends=3") so that a linear classifier can use them.
 */
public final class HandMadeFeatures {

    /** Zones per side: 4 x 4 zones of 7 x 7 pixels. */
    public static final int ZONES = 4;
    /** Bins of each profile: 14 pairs of rows (or columns). */
    public static final int PROFILE_BINS = 14;
    /** A pixel counts as ink for holes and end points from this value (0..255) on. */
    public static final int INK_THRESHOLD = 128;
    /** Length of {@link #vector()}: 16 zones, 14 + 14 profile bins, 3 hole indicators, 5 end point indicators. */
    public static final int SIZE = ZONES * ZONES + 2 * PROFILE_BINS + 3 + 5;

    private static final int SIDE = DigitImage.WIDTH;
    private static final int ZONE = SIDE / ZONES;
    private static final int BIN = SIDE / PROFILE_BINS;

    private final DigitImage digit;
    private final float[] zones;
    private final float[] rowProfile;
    private final float[] columnProfile;
    private final Structure structure;

    private HandMadeFeatures(DigitImage digit) {
        this.digit = digit;
        float[] pixels = digit.scaled();
        this.zones = new float[ZONES * ZONES];
        this.rowProfile = new float[PROFILE_BINS];
        this.columnProfile = new float[PROFILE_BINS];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                float v = pixels[r * SIDE + c];
                zones[(r / ZONE) * ZONES + c / ZONE] += v / (ZONE * ZONE);
                rowProfile[r / BIN] += v / (BIN * SIDE);
                columnProfile[c / BIN] += v / (BIN * SIDE);
            }
        }
        this.structure = Structure.of(digit, INK_THRESHOLD);
    }

    /**
     * @param digit a digit
     * @return its features
     */
    public static HandMadeFeatures of(DigitImage digit) {
        return new HandMadeFeatures(digit);
    }

    /**
     * The feature vectors of a whole set, computed on all cores.
     *
     * @param set the images
     * @return {@code set.size() * SIZE} numbers, image after image
     */
    public static float[] matrix(DigitSet set) {
        float[] matrix = new float[set.size() * SIZE];
        IntStream.range(0, set.size())
                .parallel()
                .forEach(i -> System.arraycopy(of(set.get(i)).vector(), 0, matrix, i * SIZE, SIZE));
        return matrix;
    }

    /** @return the names of the {@value #SIZE} numbers of {@link #vector()}, in order */
    public static List<String> names() {
        List<String> names = new ArrayList<>(SIZE);
        for (int r = 0; r < ZONES; r++) {
            for (int c = 0; c < ZONES; c++) {
                names.add("zone " + r + "," + c);
            }
        }
        for (int b = 0; b < PROFILE_BINS; b++) {
            names.add("rows " + (b * BIN) + "-" + (b * BIN + BIN - 1));
        }
        for (int b = 0; b < PROFILE_BINS; b++) {
            names.add("columns " + (b * BIN) + "-" + (b * BIN + BIN - 1));
        }
        names.addAll(List.of("holes=0", "holes=1", "holes=2+", "ends=0", "ends=1", "ends=2", "ends=3", "ends=4+"));
        return List.copyOf(names);
    }

    /** @return the digit described */
    public DigitImage digit() {
        return digit;
    }

    /** @return ink density (0..1) of each of the 4 x 4 zones, row after row */
    public float[] zones() {
        return zones.clone();
    }

    /** @return ink density (0..1) of each pair of rows, top to bottom */
    public float[] rowProfile() {
        return rowProfile.clone();
    }

    /** @return ink density (0..1) of each pair of columns, left to right */
    public float[] columnProfile() {
        return columnProfile.clone();
    }

    /** @return the number of closed loops */
    public int holes() {
        return structure.holes();
    }

    /** @return the number of stroke ends */
    public int endPoints() {
        return structure.endPoints();
    }

    /** @return all features as {@value #SIZE} numbers, named by {@link #names()} */
    public float[] vector() {
        float[] v = new float[SIZE];
        System.arraycopy(zones, 0, v, 0, zones.length);
        System.arraycopy(rowProfile, 0, v, zones.length, PROFILE_BINS);
        System.arraycopy(columnProfile, 0, v, zones.length + PROFILE_BINS, PROFILE_BINS);
        int at = zones.length + 2 * PROFILE_BINS;
        v[at + Math.min(holes(), 2)] = 1;
        v[at + 3 + Math.min(endPoints(), 4)] = 1;
        return v;
    }

    /** @return the digit with its 4 x 4 grid of zones, each labelled with its ink density */
    public BufferedImage zonesPicture() {
        return FeaturePictures.zones(digit, zones(), ZONES);
    }

    /** @return the digit with its horizontal profile (bars to the right) and vertical profile (bars below) */
    public BufferedImage profilesPicture() {
        return FeaturePictures.profiles(digit, rowProfile(), columnProfile());
    }

    /** @return the thresholded digit, its one-pixel skeleton, its end points (red) and its holes (blue) */
    public BufferedImage structurePicture() {
        return structure.picture();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "HandMadeFeatures[%s: %d hole%s, %d end point%s, %d numbers]",
                digit.hasLabel() ? "digit " + digit.label() : "unlabelled digit",
                holes(),
                holes() == 1 ? "" : "s",
                endPoints(),
                endPoints() == 1 ? "" : "s",
                SIZE);
    }
}
