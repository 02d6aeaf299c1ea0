package digits.model;

import digits.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves trained networks to disk and loads them back.
 *
 * <pre>{@code
 * ModelFiles.save(model, Path.of("models/lenet.zip"));
 * MultiLayerNetwork again = ModelFiles.load(Path.of("models/lenet.zip"));
 * }</pre>
 *
 * The file is DL4J's zip format and includes the optimiser's state, so training can resume.
 */
public final class ModelFiles {

    static {
        OneDnn.allowHelpers(); // a loaded network gets the same fast oneDNN helpers as a built one
    }

    private ModelFiles() {}

    /**
     * Writes the model to {@code file}, creating parent folders as needed.
     * The model is first written in full to a temporary file next to the target, then moved over it
     * in one step ({@link AtomicFiles}): the target is either the old file or the complete new one, never
     * half-written, even if the JVM is killed while saving.
     */
    public static void save(MultiLayerNetwork model, Path file) {
        Path target = file.toAbsolutePath();
        try {
            AtomicFiles.write(target, out -> ModelSerializer.writeModel(model, out, true));
        } catch (IOException e) {
            throw new ModelFileException("could not save the model to " + target + ": " + e, e);
        }
    }

    /** Reads a model written by {@link #save}; throws {@link ModelFileException} when the file is missing or not a model. */
    public static MultiLayerNetwork load(Path file) {
        Path source = file.toAbsolutePath();
        if (!Files.exists(source)) {
            throw new ModelFileException("no model at " + file + ": run notebook 04 to train and save one");
        }
        try {
            return ModelSerializer.restoreMultiLayerNetwork(source.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(source + " is not a saved digits model: " + e, e);
        }
    }
}
