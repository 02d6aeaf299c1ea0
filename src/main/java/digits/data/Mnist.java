package digits.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The MNIST handwritten digits: 60,000 training and 10,000 test images, read from the four
 * official IDX files (gzip-compressed or raw) and checked against their official SHA-256 checksums.
 *
 * <pre>{@code
 * Mnist mnist = Mnist.load();
 * DigitSet train = mnist.train();   // 60,000 digits
 * DigitImage first = train.get(0);  // a 5
 * }</pre>
 *
 * <p>{@link #load()} reads the project's {@code data/mnist} and never touches the network. A copy of the project
 * without that folder can use {@link #loadOrDownload()}, which downloads the files once, verified, into a cache
 * folder ({@link MnistDownloader}).
 */
public final class Mnist {

    /** System property naming a folder that holds the four MNIST files. */
    public static final String FOLDER_PROPERTY = "digits.data";
    /** Environment variable naming a folder that holds the four MNIST files. */
    public static final String FOLDER_ENV = "DIGITS_DATA";

    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    /** SHA-256 of the official, uncompressed MNIST files. */
    static final Map<String, String> OFFICIAL_SHA256 = Map.of(
            TRAIN_IMAGES, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            TRAIN_LABELS, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            TEST_LABELS, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    static final String HOW_TO_GET_DATA = "The project ships MNIST in data/mnist; run the notebooks from a clone of "
            + "the project, or set " + FOLDER_ENV + " to a folder holding the four MNIST files ("
            + String.join(", ", TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS) + ", each raw or .gz), "
            + "or call Mnist.loadOrDownload() to download them (about 11 MB, checksums verified) into "
            + "~/.cache/digits/mnist.";

    private final Path folder;
    private final DigitSet train;
    private final DigitSet test;
    private final Map<String, Path> files;

    private Mnist(Path folder, DigitSet train, DigitSet test, Map<String, Path> files) {
        this.folder = folder;
        this.train = train;
        this.test = test;
        this.files = Map.copyOf(files);
    }

    /**
     * Finds and loads MNIST. The folder is the one named by the system property {@value #FOLDER_PROPERTY}
     * or the environment variable {@value #FOLDER_ENV} if set; otherwise the first {@code data/mnist}
     * found in the working directory or any folder above it.
     *
     * @return the loaded, verified data
     * @throws MnistDataException if the data cannot be found or fails a check
     */
    public static Mnist load() {
        return load(locate(Path.of("").toAbsolutePath(), overrideFolder()));
    }

    /** @return the folder named by the system property or the environment variable, or null */
    private static String overrideFolder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override == null || override.isBlank()) {
            override = System.getenv(FOLDER_ENV);
        }
        return override == null || override.isBlank() ? null : override;
    }

    /**
     * Like {@link #load()}, but when no data folder is found, downloads MNIST (about 11 MB) from the mirrors of
     * {@link MnistDownloader#defaults()} into its cache folder (once; later calls find it there) and loads it
     * from there. {@link #load()} itself never touches the network.
     *
     * @return the loaded, verified data
     * @throws MnistDataException if the data cannot be found nor downloaded, or fails a check
     */
    public static Mnist loadOrDownload() {
        String override = overrideFolder();
        if (override != null) {
            return load(Path.of(override)); // a folder named on purpose: never replaced by a download
        }
        Path folder;
        try {
            folder = locate(Path.of("").toAbsolutePath(), null);
        } catch (MnistDataException noDataFolder) {
            return download();
        }
        return load(folder);
    }

    /**
     * Downloads MNIST into the cache folder of {@link MnistDownloader#defaults()} (skipping files already there
     * and verified) and loads it from there.
     *
     * @return the loaded, verified data
     * @throws MnistDataException if a file cannot be downloaded from any mirror
     */
    public static Mnist download() {
        return load(MnistDownloader.defaults().download());
    }

    /**
     * Loads MNIST from an explicit folder holding the four files.
     *
     * @param folder the folder
     * @return the loaded, verified data
     * @throws MnistDataException if a file is missing or fails a check
     */
    public static Mnist load(Path folder) {
        return load(folder, OFFICIAL_SHA256);
    }

    /** Loads from {@code folder}, checking each uncompressed file against {@code expectedSha256}. */
    static Mnist load(Path folder, Map<String, String> expectedSha256) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new MnistDataException(dir + ": MNIST folder not found. " + HOW_TO_GET_DATA);
        }
        DigitSet train = readSet("training", dir, TRAIN_IMAGES, TRAIN_LABELS, expectedSha256);
        DigitSet test = readSet("test", dir, TEST_IMAGES, TEST_LABELS, expectedSha256);
        Map<String, Path> files = new java.util.HashMap<>();
        for (String name : List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)) {
            files.put(name, fileOf(dir, name));
        }
        return new Mnist(dir, train, test, files);
    }

    /** Picks the data folder: the override if given, else the first data/mnist from start upwards. */
    static Path locate(Path start, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        List<Path> tried = new ArrayList<>();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data").resolve("mnist");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new MnistDataException("MNIST folder data/mnist not found. Looked in (system property "
                + FOLDER_PROPERTY + " and environment variable " + FOLDER_ENV + " are not set):\n  "
                + tried.stream().map(Path::toString).collect(Collectors.joining("\n  ")) + "\n" + HOW_TO_GET_DATA);
    }

    private static DigitSet readSet(
            String name, Path dir, String imagesName, String labelsName, Map<String, String> expectedSha256) {
        IdxFile images = readVerified(dir, imagesName, expectedSha256);
        IdxFile labels = readVerified(dir, labelsName, expectedSha256);
        int[] imageDims = images.dimensions();
        if (imageDims.length != 3 || imageDims[1] != DigitImage.HEIGHT || imageDims[2] != DigitImage.WIDTH) {
            throw new MnistDataException(
                    images.file() + ": expected images of shape N x 28 x 28, found " + IdxFile.shape(imageDims));
        }
        int[] labelDims = labels.dimensions();
        if (labelDims.length != 1) {
            throw new MnistDataException(labels.file() + ": expected a one-dimensional list of labels, found shape "
                    + IdxFile.shape(labelDims));
        }
        if (imageDims[0] != labelDims[0]) {
            throw new MnistDataException("image and label counts differ: " + images.file() + " holds " + imageDims[0]
                    + " images but " + labels.file() + " holds " + labelDims[0] + " labels");
        }
        byte[] labelBytes = labels.sharedData();
        for (int i = 0; i < labelBytes.length; i++) {
            if (labelBytes[i] < 0 || labelBytes[i] > 9) {
                throw new MnistDataException(
                        labels.file() + ": label at index " + i + " is " + (labelBytes[i] & 0xff) + ", expected 0..9");
            }
        }
        return DigitSet.wrap(name, images.sharedData(), labelBytes);
    }

    /** The file holding {@code baseName} in {@code dir}: gzip-compressed if there, else raw. */
    private static Path fileOf(Path dir, String baseName) {
        Path gz = dir.resolve(baseName + ".gz");
        return Files.isRegularFile(gz) ? gz : dir.resolve(baseName);
    }

    private static IdxFile readVerified(Path dir, String baseName, Map<String, String> expectedSha256) {
        Path file = fileOf(dir, baseName);
        if (!Files.isRegularFile(file)) {
            throw new MnistDataException(dir.resolve(baseName) + ": MNIST file not found (looked for "
                    + dir.resolve(baseName + ".gz") + " and " + dir.resolve(baseName) + "). " + HOW_TO_GET_DATA);
        }
        IdxFile idx = IdxFile.read(file);
        String expected = expectedSha256.get(baseName);
        if (!Sha256.same(expected, idx.sha256())) {
            throw new MnistDataException(idx.file() + ": checksum mismatch: expected SHA-256 " + expected
                    + " of the uncompressed official MNIST file, found " + idx.sha256()
                    + ". The file is damaged or not the official MNIST; get a good copy by restoring data/mnist "
                    + "from the project's repository (for example with git checkout -- data/mnist).");
        }
        return idx;
    }

    /** @return the 60,000 training digits */
    public DigitSet train() {
        return train;
    }

    /** @return the 10,000 test digits */
    public DigitSet test() {
        return test;
    }

    /** @return the absolute folder the data was read from */
    public Path folder() {
        return folder;
    }

    /** @return the IDX file the training images were read from ({@value #TRAIN_IMAGES}, raw or .gz) */
    public Path trainImagesFile() {
        return files.get(TRAIN_IMAGES);
    }

    /** @return the IDX file the training labels were read from ({@value #TRAIN_LABELS}, raw or .gz) */
    public Path trainLabelsFile() {
        return files.get(TRAIN_LABELS);
    }

    /** @return the IDX file the test images were read from ({@value #TEST_IMAGES}, raw or .gz) */
    public Path testImagesFile() {
        return files.get(TEST_IMAGES);
    }

    /** @return the IDX file the test labels were read from ({@value #TEST_LABELS}, raw or .gz) */
    public Path testLabelsFile() {
        return files.get(TEST_LABELS);
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "MNIST: %,d training and %,d test images, checksums verified, read from %s",
                train.size(),
                test.size(),
                shortPath(folder));
    }

    /** The folder relative to the working directory when it is near, so outputs don't show home paths. */
    private static String shortPath(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        try {
            Path relative = here.relativize(folder.toAbsolutePath().normalize());
            return relative.toString().isEmpty() ? "." : relative.toString();
        } catch (IllegalArgumentException e) {
            return folder.toString();
        }
    }
}
