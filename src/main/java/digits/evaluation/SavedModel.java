package digits.evaluation;

import digits.model.Cnn;
import digits.training.Trainer;
import digits.Course;
import digits.data.DigitSet;
import digits.data.Mnist;
import digits.model.ModelFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Finds the model to test: the one notebook 04 saved, or, if there is none, a quickly trained stand-in. */
public final class SavedModel {

    /** Training images kept apart for validation when a stand-in model is trained. */
    static final int VALIDATION_IMAGES = 5_000;

    private SavedModel() {
    }

    /**
     * Loads the model that notebook 04 saved at {@link Course#modelFile()} (relative to the working folder,
     * the notebooks' folder in a notebook). If there is none, trains a quick LeNet for one epoch instead and
     * says so; the quick model is not saved, so it never replaces one the learner trained.
     *
     * @param course the course settings (quick mode trains on fewer images)
     * @param mnist  the data, for training the stand-in
     * @return the network
     * @throws digits.model.ModelFileException if a file exists there but is not a saved model
     */
    public static MultiLayerNetwork loadOrTrain(Course course, Mnist mnist) {
        return loadOrTrain(course.modelFile(), course.trainingImages(mnist.train().size() - VALIDATION_IMAGES),
                VALIDATION_IMAGES, mnist);
    }

    /** Loads {@code modelFile}, or trains on the first images of MNIST's training set, validating on its last ones. */
    static MultiLayerNetwork loadOrTrain(Path modelFile, int trainingImages, int validationImages, Mnist mnist) {
        if (Files.exists(modelFile)) {
            MultiLayerNetwork model = ModelFiles.load(modelFile);
            System.out.println("Loaded the model that notebook 04 saved: " + modelFile + ".");
            return model;
        }
        DigitSet all = mnist.train();
        // The last images, which the stand-in's training (the first images) never reaches.
        DigitSet validation = all.select(IntStream.range(all.size() - validationImages, all.size()).toArray(),
                all.name() + " (last " + validationImages + ")");
        DigitSet training = all.first(Math.min(trainingImages, all.size() - validationImages));
        System.out.println(String.format(Locale.ROOT, "No saved model at %s (notebook 04 saves one there). "
                + "Training a stand-in instead: LeNet, 1 epoch on %,d training images. "
                + "It is not saved, and it is weaker than a model trained in notebook 04.", modelFile, training.size()));
        MultiLayerNetwork model = Cnn.lenet();
        Trainer.builder().epochs(1).seed(42).build().fit(model, training, validation);
        return model;
    }

}
