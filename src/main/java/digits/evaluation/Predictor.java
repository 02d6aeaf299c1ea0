package digits.evaluation;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.display.InsideView;
import digits.model.FoldedNetwork;
import digits.model.Inference;
import digits.model.ModelFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Asks a trained network which digit an image shows.
 *
 * <pre>{@code
 * Predictor predictor = Predictor.of(model);
 * Prediction p = predictor.predict(mnist.test().get(0));   // p.digit(), p.confidence()
 * TestReport report = predictor.test(mnist.test());         // accuracy, confusion matrix, mistakes
 * }</pre>
 *
 * <p>A network with batch normalisation answers through {@link FoldedNetwork}, a copy with fewer layers and the
 * same answers, made again whenever the network has trained since. If you change its weights by hand instead,
 * make a new predictor.
 */
public final class Predictor {

    private static final int PIXELS = DigitImage.PIXELS;

    private final MultiLayerNetwork model;

    /** The network with its batch normalisations folded in, and the training step it was folded at. */
    private MultiLayerNetwork folded;

    private long foldedAt = -1;

    private Predictor(MultiLayerNetwork model) {
        this.model = model;
    }

    /**
     * The network predictions are made with: {@link FoldedNetwork#of} the model, folded again whenever the model
     * has trained since, so a predictor made before {@code fit} still predicts with the trained weights.
     */
    private synchronized MultiLayerNetwork answering() {
        long step = ((long) model.getEpochCount() << 32) + model.getIterationCount();
        if (folded == null || step != foldedAt) {
            folded = FoldedNetwork.of(model);
            foldedAt = step;
        }
        return folded;
    }

    /**
     * @param model a trained network taking rows of 784 pixels in 0..1 and giving 10 probabilities
     * @return a predictor using it
     * @throws IllegalArgumentException if the network does not fit 28 x 28 digits and 10 classes
     */
    public static Predictor of(MultiLayerNetwork model) {
        Inference.checkNetwork(model);
        return new Predictor(model);
    }

    /**
     * Loads a model saved by {@code ModelFiles.save} (notebook 04 does this).
     *
     * @param file the model file
     * @return a predictor using it
     * @throws digits.model.ModelFileException if the file is missing or not a saved model; the message names it
     */
    public static Predictor load(Path file) {
        return of(ModelFiles.load(file));
    }

    /**
     * {@link #load(Path)} for a file named relative to the notebook's folder.
     *
     * @param file the model file, such as {@code "models/digits-cnn.zip"}
     * @return a predictor using it
     * @throws digits.model.ModelFileException if the file is missing or not a saved model; the message names it
     */
    public static Predictor load(String file) {
        return load(Path.of(file));
    }

    /** @return the network behind the predictions */
    public MultiLayerNetwork model() {
        return model;
    }

    /**
     * @param digit a 28 x 28 digit (its label is not looked at)
     * @return the network's prediction
     */
    public Prediction predict(DigitImage digit) {
        return predictScaled(digit.scaled());
    }

    /**
     * @param pixels 784 values in 0..1, row by row, ink high (as {@link DigitImage#scaled()} gives)
     * @return the network's prediction
     * @throws IllegalArgumentException if there are not 784 values or one is outside 0..1
     */
    public Prediction predict(float[] pixels) {
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException(
                    "predict needs " + PIXELS + " pixel values (a 28 x 28 digit, row by row),"
                            + " found " + pixels.length
                            + (isSquare(pixels.length)
                                    ? " (a " + (int) Math.sqrt(pixels.length) + " x " + (int) Math.sqrt(pixels.length)
                                            + " image?)"
                                    : "")
                            + ": bring the image to MNIST form first, e.g. with digits.owndigits.OwnDigit");
        }
        for (int i = 0; i < PIXELS; i++) {
            if (!(pixels[i] >= 0 && pixels[i] <= 1)) {
                throw new IllegalArgumentException(
                        "pixel " + i + " (row " + i / 28 + ", column " + i % 28 + ") is " + pixels[i]
                                + ": predict expects values from 0 (paper) to 1 (ink); divide 0..255 values by 255");
            }
        }
        return predictScaled(pixels.clone());
    }

    private static boolean isSquare(int n) {
        int side = (int) Math.round(Math.sqrt(n));
        return n > 0 && side * side == n;
    }

    private Prediction predictScaled(float[] pixels) {
        INDArray out = answering().output(Nd4j.create(pixels, new long[] {1, PIXELS}), false);
        return Prediction.of(out.toFloatVector(), 0);
    }

    /**
     * What each layer of the network makes of one digit, as one picture (see {@link InsideView}).
     *
     * <pre>{@code
     * predictor.insideView(mnist.test().get(0))
     * }</pre>
     *
     * @param digit a 28 x 28 digit; if it has a label, the picture says whether the network got it right
     * @return the view; a cell that ends with it shows the picture
     */
    public InsideView insideView(DigitImage digit) {
        return Activations.of(model, digit).insideView();
    }

    /**
     * Predicts every image of a set, in batches.
     *
     * @param set the images
     * @return one prediction per image, in the set's order
     */
    public List<Prediction> predictAll(DigitSet set) {
        float[] p = Inference.probabilities(answering(), set);
        List<Prediction> predictions = new ArrayList<>(set.size());
        for (int i = 0; i < set.size(); i++) {
            predictions.add(Prediction.of(p, i * 10));
        }
        return List.copyOf(predictions);
    }

    /**
     * Predicts a few images in one batch (faster than one by one), such as the pieces a number may be cut into.
     *
     * @param digits 28 x 28 images (their labels are not looked at)
     * @return one prediction per image, in order
     */
    public List<Prediction> predictAll(List<DigitImage> digits) {
        if (digits.isEmpty()) {
            return List.of();
        }
        byte[] pixels = new byte[digits.size() * PIXELS];
        for (int i = 0; i < digits.size(); i++) {
            System.arraycopy(digits.get(i).rawPixels(), 0, pixels, i * PIXELS, PIXELS);
        }
        return predictAll(DigitSet.of("pieces", pixels, new byte[digits.size()]));
    }

    /**
     * Predicts every image of a test set and compares with the labels.
     *
     * @param set labelled images the network has not trained on, not empty
     * @return accuracy, per-class scores, confusion matrix and mistakes
     * @throws IllegalArgumentException if the set is empty
     */
    public TestReport test(DigitSet set) {
        if (set.size() == 0) {
            throw new IllegalArgumentException(
                    "the test set '" + set.name() + "' is empty: expected at least one image");
        }
        return new TestReport(set, Inference.probabilities(answering(), set));
    }

    @Override
    public String toString() {
        return "Predictor[" + model.getnLayers() + " layers, "
                + String.format(java.util.Locale.ROOT, "%,d", model.numParams()) + " parameters]";
    }
}
