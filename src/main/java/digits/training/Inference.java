package digits.training;

import digits.data.DigitImage;
import digits.data.DigitSet;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The network's ten probabilities for every image of a {@link DigitSet}, computed in batches of
 * {@value BatchedInference#BATCH_SIZE} like the trainer's own validation, without an object per image.
 */
public final class Inference {

    private static final int PIXELS = DigitImage.PIXELS;

    private Inference() {
    }

    /**
     * Runs {@code model} over every image of {@code set}.
     *
     * @param model a network taking rows of 784 pixels in 0..1 and giving one probability per class
     * @param set   the images
     * @return {@code set.size()} rows of probabilities, row after row in one array
     *     (image i's probability of class c is at {@code i * classes + c})
     */
    public static float[] probabilities(MultiLayerNetwork model, DigitSet set) {
        Objects.requireNonNull(model, "model");
        float[] result = null;
        int classes = 0;
        for (int from = 0; from < set.size(); from += BatchedInference.BATCH_SIZE) {
            int n = Math.min(BatchedInference.BATCH_SIZE, set.size() - from);
            float[] features = new float[n * PIXELS];
            for (int row = 0; row < n; row++) {
                set.copyScaledPixels(from + row, features, row * PIXELS);
            }
            INDArray out = model.output(Nd4j.create(features, new long[] {n, PIXELS}), false);
            if (result == null) {
                classes = (int) out.size(1);
                result = new float[set.size() * classes];
            }
            System.arraycopy(BatchedInference.rowMajor(out), 0, result, from * classes, n * classes);
        }
        return result == null ? new float[0] : result;
    }
}
