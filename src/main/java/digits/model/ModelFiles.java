package digits.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

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

    private ModelFiles() {
    }

    /**
     * Writes the model to {@code file}, creating parent folders as needed.
     * The model is first written in full to a temporary file next to the target, then moved over it
     * in one step: the target is either the old file or the complete new one, never half-written.
     */
    public static void save(MultiLayerNetwork model, Path file) {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(temp, CREATE_NEW, WRITE)) {
                ModelSerializer.writeModel(model, Channels.newOutputStream(channel), true);
                channel.force(true);   // on disk, not just in the operating system's cache
            }
            Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ModelFileException("could not save the model to " + target + ": " + e, e);
        } finally {
            deleteQuietly(temp);   // left over only when something failed
        }
    }

    /** Reads a model written by {@link #save}; throws {@link ModelFileException} when the file is missing or not a model. */
    public static MultiLayerNetwork load(Path file) {
        Path source = file.toAbsolutePath();
        if (!Files.exists(source)) {
            throw new ModelFileException("no model at " + source + ": run notebook 04 to train and save one");
        }
        try {
            return ModelSerializer.restoreMultiLayerNetwork(source.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(source + " is not a saved digits model: " + e, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more we can do; the stray file does no harm
        }
    }
}
