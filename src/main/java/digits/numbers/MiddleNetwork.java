package digits.numbers;

import digits.display.MiddlePicture;
import digits.model.CnnSpec;
import digits.model.Inference;
import digits.model.ModelFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A second network that finds the digits in touching ink, as LeCun's space displacement networks read ZIP codes in
 * the 1990s: it looks through a window centred on each column of a group of ink ({@link MiddleStrip}) and says
 * either "the middle of a digit d is here" (d = 0 to 9) or "no middle here". Runs of middles are the digits
 * ({@link MiddleDecoder}); nothing is cut. {@link NumberReader#withMiddles} uses it for groups that hold several
 * digits; a group it finds one digit in is read by the course's network, the same way as a single own digit.
 *
 * <pre>{@code
 * var middles = MiddleNetwork.of(model);        // a LeNet built from MiddleNetwork.spec() and trained
 * middles.picture("38", picture)                // the strip, what the network says of each column, the digits
 * }</pre>
 */
public final class MiddleNetwork {

    /** The network's outputs: the digits 0 to 9, then "no middle here". */
    public static final int CLASSES = 11;
    /** The output that says "no middle here". */
    public static final int NO_MIDDLE = 10;

    private final MultiLayerNetwork model;

    private MiddleNetwork(MultiLayerNetwork model) {
        this.model = model;
    }

    /**
     * @return the course's LeNet for windows of {@value MiddleStrip#HEIGHT} x {@value MiddleStrip#WINDOW_WIDTH} pixels
     *     with {@value #CLASSES} outputs
     */
    public static CnnSpec spec() {
        return CnnSpec.lenet().toBuilder()
                .input(MiddleStrip.HEIGHT, MiddleStrip.WINDOW_WIDTH, 1)
                .classes(CLASSES)
                .build();
    }

    /**
     * @param model a trained network built from {@link #spec()}
     * @return the middle network
     * @throws IllegalArgumentException if the network does not take windows or does not give 11 outputs
     */
    public static MiddleNetwork of(MultiLayerNetwork model) {
        Inference.checkNetwork(
                model,
                MiddleStrip.WINDOW_PIXELS,
                "windows of " + MiddleStrip.HEIGHT + " x " + MiddleStrip.WINDOW_WIDTH
                        + ", built from MiddleNetwork.spec()",
                CLASSES,
                "the digits 0 to 9 and \"no middle\"");
        return new MiddleNetwork(model);
    }

    /**
     * @param file a middle network saved by {@code ModelFiles.save} (notebook 06 saves one)
     * @return the middle network
     * @throws digits.model.ModelFileException if the file is missing or not a saved model
     */
    public static MiddleNetwork load(Path file) {
        return of(ModelFiles.load(file));
    }

    /** @return the network */
    public MultiLayerNetwork model() {
        return model;
    }

    /**
     * What the network says of every column of every strip, in one batch.
     *
     * @param strips the strips
     * @return for each strip, for each of its columns, the {@value #CLASSES} probabilities
     */
    List<float[][]> columns(List<MiddleStrip> strips) {
        int total = strips.stream().mapToInt(MiddleStrip::columns).sum();
        List<float[][]> out = new ArrayList<>();
        if (total == 0) {
            strips.forEach(s -> out.add(new float[0][]));
            return out;
        }
        float[] windows = new float[total * MiddleStrip.WINDOW_PIXELS];
        int at = 0;
        for (MiddleStrip strip : strips) {
            for (int c = 0; c < strip.columns(); c++, at++) {
                System.arraycopy(
                        strip.window(c), 0, windows, at * MiddleStrip.WINDOW_PIXELS, MiddleStrip.WINDOW_PIXELS);
            }
        }
        float[] p = model.output(Nd4j.create(windows, new long[] {total, MiddleStrip.WINDOW_PIXELS}), false)
                .ravel()
                .toFloatVector();
        at = 0;
        for (MiddleStrip strip : strips) {
            float[][] columns = new float[strip.columns()][];
            for (int c = 0; c < columns.length; c++, at++) {
                columns[c] = Arrays.copyOfRange(p, at * CLASSES, (at + 1) * CLASSES);
            }
            out.add(columns);
        }
        return out;
    }

    /**
     * How the network reads the widest group of a picture: the group on its strip; under each column, how sure the
     * network is that a digit's middle is there, and which digit; the digits found, each under the columns of its
     * middle.
     *
     * @param name    a name for the picture's title
     * @param picture a picture of a number on one line
     * @return the picture
     */
    public BufferedImage picture(String name, BufferedImage picture) {
        MiddleStrip strip = MiddleStrip.of(Writing.find(name, picture)).stream()
                .max(Comparator.comparingInt(MiddleStrip::columns))
                .orElseThrow();
        float[][] columns = columns(List.of(strip)).get(0);
        double[] middle = new double[columns.length];
        int[] digit = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            middle[c] = 1 - columns[c][NO_MIDDLE];
            digit[c] = Inference.argMax(columns[c], 0, 10);
        }
        List<MiddlePicture.Found> found = MiddleDecoder.segments(columns).stream()
                .map(s -> new MiddlePicture.Found(s.from(), s.to(), s.digit(), s.probabilities()[s.digit()]))
                .toList();
        String title =
                String.format(Locale.ROOT, "%s: its widest group on the strip, %d columns", name, columns.length);
        return MiddlePicture.paint(
                title, new MiddlePicture.Strip(strip.ink(), columns.length, MiddleStrip.HEIGHT, middle, digit, found));
    }

    @Override
    public String toString() {
        return "MiddleNetwork[finds the middle of each digit in windows of " + MiddleStrip.HEIGHT + " x "
                + MiddleStrip.WINDOW_WIDTH + " pixels, " + model.numParams() + " parameters]";
    }
}
