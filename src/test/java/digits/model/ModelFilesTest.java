package digits.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ModelFilesTest {

    /** A tiny network: 12 x 12 images, so that saving and loading are quick. */
    private static final CnnSpec TINY = CnnSpec.builder()
            .input(12, 12, 1)
            .convFilters(2, 3)
            .kernelSize(3)
            .dense(8)
            .build();

    private static MultiLayerNetwork trained;
    private static INDArray images;

    @BeforeAll
    static void trainOneStep() {
        images = Nd4j.rand(4, 144);
        INDArray labels = Nd4j.eye(10).getRows(0, 1, 2, 3);
        trained = Cnn.build(TINY);
        trained.fit(images, labels); // one step, so that Adam has some state worth saving
    }

    @Test
    void roundTripKeepsWeightsAndOptimiserState(@TempDir Path dir) {
        Path file = dir.resolve("models/nested/tiny.zip"); // folders are created as needed
        ModelFiles.save(trained, file);
        MultiLayerNetwork loaded = ModelFiles.load(file);

        assertEquals(trained.output(images), loaded.output(images));
        assertEquals(trained.params(), loaded.params());
        assertEquals(
                trained.getUpdater().getStateViewArray(), loaded.getUpdater().getStateViewArray());
        assertEquals(List.of("tiny.zip"), fileNames(file.getParent())); // no temporary files left behind
    }

    @Test
    void saveReplacesAnExistingFile(@TempDir Path dir) {
        Path file = dir.resolve("tiny.zip");
        ModelFiles.save(Cnn.build(TINY.toBuilder().seed(1).build()), file);
        ModelFiles.save(trained, file);
        assertEquals(trained.params(), ModelFiles.load(file).params());
        assertEquals(List.of("tiny.zip"), fileNames(dir));
    }

    @Test
    void failedSaveLeavesThePreviousFileIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.zip");
        ModelFiles.save(trained, file);
        byte[] before = Files.readAllBytes(file);

        // A network that breaks halfway through being written: after its configuration, before its weights.
        AtomicBoolean broken = new AtomicBoolean();
        MultiLayerNetwork breaking = new MultiLayerNetwork(Cnn.configuration(TINY)) {
            @Override
            public INDArray params() {
                if (broken.get()) {
                    throw new IllegalStateException("disk unplugged");
                }
                return super.params();
            }
        };
        breaking.init();
        broken.set(true);

        assertThrows(IllegalStateException.class, () -> ModelFiles.save(breaking, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("tiny.zip"), fileNames(dir));
    }

    @Test
    void failedMoveCleansUp(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("tiny.zip");
        Files.createDirectories(target); // a non-empty folder in the way: the final move fails
        Files.writeString(target.resolve("keep.txt"), "keep");

        var e = assertThrows(ModelFileException.class, () -> ModelFiles.save(trained, target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals("keep", Files.readString(target.resolve("keep.txt")));
        assertEquals(List.of("tiny.zip"), fileNames(dir));
    }

    @Test
    void missingFileSaysWhatToDo(@TempDir Path dir) {
        Path file = dir.resolve("lenet.zip");
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
        assertEquals("no model at " + file + ": run notebook 04 to train and save one", e.getMessage());
        // a path relative to the notebook's folder stays relative, so saved outputs name no machine's folders
        var relative = assertThrows(ModelFileException.class, () -> ModelFiles.load(Path.of("models", "none.zip")));
        assertEquals("no model at models/none.zip: run notebook 04 to train and save one", relative.getMessage());
    }

    @Test
    void textFileIsNotAModel(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.zip"), "not a model");
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + " is not a saved digits model: "), e.getMessage());
    }

    @Test
    void truncatedFileIsNotAModel(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.zip");
        ModelFiles.save(trained, good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.load(cut));
        assertTrue(e.getMessage().startsWith(cut.toAbsolutePath() + " is not a saved digits model: "), e.getMessage());
        assertNotEquals(0, bytes.length);
    }

    private static List<String> fileNames(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
