package digits.model;

import java.nio.file.Path;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The child process of {@link ModelFilesKillTest}: saves a large model into one file again and again, with
 * parameters {@code base + i} in save {@code i}, printing {@code saving i} before and {@code saved i} after
 * each save, until it is killed.
 */
public final class SaveForever {

    /** About 3.3 million parameters: a save takes long enough to be killed in the middle of it. */
    static final CnnSpec BIG = CnnSpec.lenet().toBuilder().dense(4096).build();

    private SaveForever() {}

    /** The parameters of save 0: random, so that they do not compress to nothing. */
    static float[] base(long n) {
        Random random = new Random(7);
        float[] values = new float[Math.toIntExact(n)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        return values;
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        MultiLayerNetwork model = Cnn.build(BIG);
        float[] base = base(model.numParams());
        for (int i = 1; ; i++) {
            model.setParams(Nd4j.createFromArray(base).addi(i).reshape(1, base.length));
            System.out.println("saving " + i);
            ModelFiles.save(model, file);
            System.out.println("saved " + i);
        }
    }
}
