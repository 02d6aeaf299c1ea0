package digits.evaluation;

import digits.Course;
import digits.data.DigitSet;
import digits.data.Mnist;
import digits.io.AtomicFiles;
import digits.model.Cnn;
import digits.model.ModelFiles;
import digits.preprocessing.Augmenter;
import digits.training.NetworkChoice;
import digits.training.Trainer;
import digits.training.TrainingHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The course's model: the network notebook 04 keeps (the plain or the augmented LeNet, whichever its validation
 * prefers), saved for notebooks 05 and 06; or, where 04 has not run, a quickly trained stand-in chosen the same way.
 * Beside the model file lies a note ({@code digits-cnn.txt}) saying which network it is.
 */
public final class SavedModel {

    /** Training images kept apart for validation when a stand-in model is trained. */
    static final int VALIDATION_IMAGES = 5_000;

    private SavedModel() {}

    /**
     * Saves the network {@code choice} keeps as the course's model at {@link Course#modelFile()}, with a note of
     * which network it is, and says so.
     *
     * @param course the course settings (quick mode saves to a file of its own)
     * @param choice the networks notebook 04 trained, and the one kept
     */
    public static void save(Course course, NetworkChoice choice) {
        save(course.modelFile(), choice);
    }

    static void save(Path modelFile, NetworkChoice choice) {
        NetworkChoice.Candidate kept = choice.kept();
        ModelFiles.save(kept.model(), modelFile);
        try {
            AtomicFiles.write(
                    noteFile(modelFile), out -> out.write(describe(kept).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + noteFile(modelFile) + ": " + e, e);
        }
        System.out.println(
                "Saved " + describe(kept) + " as the course's model: " + modelFile + ". Notebooks 05 and 06 load it.");
    }

    /** "the augmented network, epoch 3 of 3 (validation loss 0.0309, accuracy 99.02%)" */
    private static String describe(NetworkChoice.Candidate network) {
        return String.format(
                Locale.ROOT,
                "the %s network, epoch %d of %d (validation loss %.4f, accuracy %.2f%%)",
                network.name(),
                network.epoch().epoch(),
                network.history().epochs(),
                network.epoch().validationLoss(),
                100 * network.epoch().validationAccuracy());
    }

    private static Path noteFile(Path modelFile) {
        String name = modelFile.getFileName().toString();
        return modelFile.resolveSibling(name.replaceFirst("\\.zip$", "") + ".txt");
    }

    /**
     * Loads the model that notebook 04 saved at {@link Course#modelFile()} (relative to the working folder,
     * the notebooks' folder in a notebook) and says which network it is. If there is none, trains a stand-in as
     * 04 does, only quicker: the plain and the augmented LeNet for one epoch each, keeping the one with the lower
     * validation loss; the stand-in is not saved, so it never replaces one the learner trained.
     *
     * @param course the course settings (quick mode trains on fewer images)
     * @param mnist  the data, for training the stand-in
     * @return the network
     * @throws digits.model.ModelFileException if a file exists there but is not a saved model
     */
    public static MultiLayerNetwork loadOrTrain(Course course, Mnist mnist) {
        return loadOrTrain(
                course.modelFile(),
                course.trainingImages(mnist.train().size() - VALIDATION_IMAGES),
                VALIDATION_IMAGES,
                mnist);
    }

    /** Loads {@code modelFile}, or trains on the first images of MNIST's training set, validating on its last ones. */
    static MultiLayerNetwork loadOrTrain(Path modelFile, int trainingImages, int validationImages, Mnist mnist) {
        if (Files.exists(modelFile)) {
            MultiLayerNetwork model = ModelFiles.load(modelFile);
            System.out.println("Loaded the model that notebook 04 saved: " + modelFile + note(modelFile) + ".");
            return model;
        }
        DigitSet all = mnist.train();
        // The last images, which the stand-in's training (the first images) never reaches.
        DigitSet validation = all.select(
                IntStream.range(all.size() - validationImages, all.size()).toArray(),
                all.name() + " (last " + validationImages + ")");
        DigitSet training = all.first(Math.min(trainingImages, all.size() - validationImages));
        System.out.println(String.format(
                Locale.ROOT,
                "No saved model at %s (notebook 04 saves one there). "
                        + "Training a stand-in instead, as notebook 04 does but for 1 epoch on %,d training images: "
                        + "the plain and the augmented LeNet, keeping the one with the lower validation loss. "
                        + "It is not saved, and it is weaker than the model notebook 04 trains.",
                modelFile,
                training.size()));
        Trainer.Builder trainer = Trainer.builder().epochs(1).seed(42).keepBestEpoch();
        MultiLayerNetwork plain = Cnn.lenet();
        TrainingHistory plainHistory = trainer.build().fit(plain, training, validation);
        MultiLayerNetwork augmented = Cnn.lenet();
        TrainingHistory augmentedHistory =
                trainer.augment(Augmenter.builder().seed(42).build()).build().fit(augmented, training, validation);
        NetworkChoice choice = NetworkChoice.byValidation(
                NetworkChoice.candidate("plain", plain, plainHistory),
                NetworkChoice.candidate("augmented", augmented, augmentedHistory));
        System.out.println("The stand-in: " + choice.why() + ".");
        return choice.kept().model();
    }

    /** ", the augmented network, epoch 3 of 3 (...)", or nothing where no note lies beside the model. */
    private static String note(Path modelFile) {
        Path note = noteFile(modelFile);
        try {
            return Files.isRegularFile(note)
                    ? ", " + Files.readString(note, StandardCharsets.UTF_8).strip()
                    : "";
        } catch (IOException e) {
            return ""; // the note only describes; the model itself loaded
        }
    }
}
