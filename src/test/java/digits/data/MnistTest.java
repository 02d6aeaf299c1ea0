package digits.data;

import static digits.data.TestFiles.gzip;
import static digits.data.TestFiles.labels;
import static digits.data.TestFiles.sha256;
import static digits.data.TestFiles.tinyMnist;
import static digits.data.TestFiles.ubyte;
import static digits.data.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural and checksum checks of {@link Mnist} on tiny generated folders. */
class MnistTest {

    @TempDir
    Path dir;

    private static void assertMessage(Throwable e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
        }
    }

    @Test
    void loadsTinyValidFolderWithItsOwnChecksums() {
        Mnist m = Mnist.load(dir, tinyMnist(dir));
        assertEquals(3, m.train().size());
        assertEquals(2, m.test().size());
        assertEquals("training", m.train().name());
        assertEquals("test", m.test().name());
        assertEquals(5, m.train().label(0));
        assertEquals(7, m.test().label(0));
        assertEquals(dir.toAbsolutePath().normalize(), m.folder());
        assertEquals(29, m.train().get(0).pixel(1, 1)); // data bytes run 0, 1, 2, ...
    }

    @Test
    void acceptsRawFiles() throws IOException {
        Map<String, String> sums = tinyMnist(dir);
        Path gz = dir.resolve(Mnist.TEST_LABELS + ".gz");
        Files.delete(gz);
        write(dir.resolve(Mnist.TEST_LABELS), labels(7, 2));
        assertArrayEquals(
                new int[] {0, 0, 1, 0, 0, 0, 0, 1, 0, 0},
                Mnist.load(dir, sums).test().classCounts());
    }

    @Test
    void namesTheFileEachPartWasReadFrom() throws IOException {
        Map<String, String> sums = tinyMnist(dir);
        Files.delete(dir.resolve(Mnist.TEST_LABELS + ".gz"));
        write(dir.resolve(Mnist.TEST_LABELS), labels(7, 2));
        Mnist m = Mnist.load(dir, sums);
        Path folder = dir.toAbsolutePath().normalize();
        assertEquals(folder.resolve("train-images-idx3-ubyte.gz"), m.trainImagesFile());
        assertEquals(folder.resolve("train-labels-idx1-ubyte.gz"), m.trainLabelsFile());
        assertEquals(folder.resolve("t10k-images-idx3-ubyte.gz"), m.testImagesFile());
        assertEquals(folder.resolve("t10k-labels-idx1-ubyte"), m.testLabelsFile()); // the raw file, as read
        assertArrayEquals(new byte[] {0, 0, 8, 1}, IdxFile.firstBytes(m.testLabelsFile(), 4));
    }

    @Test
    void checksumMismatch() {
        tinyMnist(dir);
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.load(dir));
        assertMessage(
                e,
                dir.resolve(Mnist.TRAIN_IMAGES + ".gz").toAbsolutePath().toString(),
                "checksum mismatch",
                Mnist.OFFICIAL_SHA256.get(Mnist.TRAIN_IMAGES),
                sha256(ubyte(3, 28, 28)),
                "good copy");
    }

    @Test
    void missingFolderListsWhereItLooked() {
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.locate(dir, null));
        assertMessage(
                e,
                dir.resolve("data/mnist").toString(),
                dir.getParent().resolve("data/mnist").toString(),
                "DIGITS_DATA",
                "The project ships MNIST in data/mnist");
    }

    @Test
    void locatesDataFolderInParentAndHonoursOverride() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data/mnist"));
        Path notebooks = Files.createDirectories(dir.resolve("notebooks/deeper"));
        assertEquals(data, Mnist.locate(notebooks, null));
        assertEquals(
                dir.resolve("elsewhere"),
                Mnist.locate(notebooks, dir.resolve("elsewhere").toString()));
    }

    @Test
    void explicitFolderMissing() {
        Path missing = dir.resolve("no-such-folder");
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.load(missing));
        assertMessage(e, missing.toString(), "not found", "DIGITS_DATA");
    }

    @Test
    void missingFile() throws IOException {
        Map<String, String> sums = tinyMnist(dir);
        Files.delete(dir.resolve(Mnist.TEST_IMAGES + ".gz"));
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.load(dir, sums));
        assertMessage(
                e,
                dir.resolve(Mnist.TEST_IMAGES + ".gz").toString(),
                dir.resolve(Mnist.TEST_IMAGES).toString(),
                "not found",
                "DIGITS_DATA");
    }

    @Test
    void imageAndLabelCountsDiffer() {
        Map<String, String> sums = tinyMnist(dir);
        byte[] fourLabels = labels(1, 2, 3, 4);
        write(dir.resolve(Mnist.TRAIN_LABELS + ".gz"), gzip(fourLabels));
        sums.put(Mnist.TRAIN_LABELS, sha256(fourLabels));
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.load(dir, sums));
        assertMessage(e, Mnist.TRAIN_IMAGES + ".gz holds 3 images", Mnist.TRAIN_LABELS + ".gz holds 4 labels");
    }

    @Test
    void imagesMustBe28x28() {
        Map<String, String> sums = tinyMnist(dir);
        byte[] small = ubyte(3, 20, 20);
        write(dir.resolve(Mnist.TRAIN_IMAGES + ".gz"), gzip(small));
        sums.put(Mnist.TRAIN_IMAGES, sha256(small));
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.load(dir, sums));
        assertMessage(e, Mnist.TRAIN_IMAGES, "expected images of shape N x 28 x 28, found 3 x 20 x 20");
    }

    @Test
    void labelsMustBeDigits() {
        Map<String, String> sums = new HashMap<>(tinyMnist(dir));
        byte[] bad = labels(7, 12);
        write(dir.resolve(Mnist.TEST_LABELS + ".gz"), gzip(bad));
        sums.put(Mnist.TEST_LABELS, sha256(bad));
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.load(dir, sums));
        assertMessage(e, Mnist.TEST_LABELS, "label at index 1 is 12, expected 0..9");
    }

    @Test
    void structurallyBrokenFileIsReportedBeforeChecksum() {
        tinyMnist(dir);
        byte[] content = ubyte(3, 28, 28);
        write(dir.resolve(Mnist.TRAIN_IMAGES + ".gz"), gzip(java.util.Arrays.copyOf(content, 100)));
        MnistDataException e = assertThrows(MnistDataException.class, () -> Mnist.load(dir));
        assertMessage(e, Mnist.TRAIN_IMAGES, "3 x 28 x 28 = 2352 bytes of pixels but the file holds 84");
    }
}
