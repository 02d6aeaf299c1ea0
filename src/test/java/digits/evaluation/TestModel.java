package digits.evaluation;

import digits.data.DigitSet;
import digits.data.Mnist;
import digits.model.Cnn;
import digits.model.CnnSpec;
import digits.training.ProgressListener;
import digits.training.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** A small LeNet trained for one epoch on 2,000 images, made once and shared by the test classes that need a model. */
public final class TestModel {

    private static MultiLayerNetwork model;
    private static Mnist mnist;

    private TestModel() {}

    /** @return MNIST, loaded once */
    public static synchronized Mnist mnist() {
        if (mnist == null) {
            mnist = Mnist.load();
        }
        return mnist;
    }

    /** @return the trained network (about 85 % right on the test set); callers must not train it further */
    public static synchronized MultiLayerNetwork model() {
        if (model == null) {
            CnnSpec small =
                    CnnSpec.lenet().toBuilder().convFilters(8, 16).dense(64).build();
            model = Cnn.build(small);
            DigitSet training = mnist().train().first(2_000);
            Trainer.builder()
                    .epochs(1)
                    .seed(42)
                    .learningRate(3e-3)
                    .listener(new ProgressListener() {})
                    .build()
                    .fit(model, training, mnist().test().first(200));
        }
        return model;
    }

    /** @return a predictor over {@link #model()} */
    public static Predictor predictor() {
        return Predictor.of(model());
    }
}
