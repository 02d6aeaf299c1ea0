package digits.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.fuzz.FuzzHarness;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Fuzzes the IDX reader and the MNIST loader with jqwik: mutated real MNIST headers, random lengths, huge
 * declared dimensions, raw and gzip files, and gzip streams damaged after compression. Every input must either
 * load correctly (checked against an independent parse of the same bytes) or fail with
 * {@link MnistDataException} naming the file; within {@link #PER_INPUT} and without allocating more heap than
 * the input's real content justifies ({@link #allowedHeap}).
 *
 * <p>Each property runs {@code jqwik.tries.default} inputs: 2,000 in the normal test run (set by the
 * {@code fuzz.tries} property in pom.xml); the dedicated run is
 * {@code mvn -o test -Dtest=IdxFuzzTest -Dfuzz.tries=100000}. Each property prints a summary: inputs tried,
 * outcomes by kind, the slowest input and the largest allocation.
 */
class IdxFuzzTest {

    /** Generous: a typical input takes well under a millisecond; this only catches hangs. */
    static final Duration PER_INPUT = Duration.ofSeconds(2);

    /** Buffers the reader needs whatever the file: 64 KiB read buffer, 64 KiB inflater buffer, first data chunk. */
    static final long FIXED_HEAP = 512 * 1024;

    private static final int[] INTERESTING = {
        0,
        1,
        2,
        3,
        10,
        28,
        784,
        10_000,
        60_000,
        46_341,
        65_536,
        Integer.MAX_VALUE,
        Integer.MAX_VALUE - 8,
        Integer.MIN_VALUE,
        -1,
        1 << 30
    };

    private static final byte[] REAL_LABELS; // t10k-labels-idx1-ubyte, uncompressed: 10,008 bytes
    private static final byte[] REAL_IMAGES; // header and first 3 images of t10k-images-idx3-ubyte

    static {
        Path mnist = Mnist.locate(Path.of("").toAbsolutePath(), null);
        REAL_LABELS = gunzipPrefix(mnist.resolve(Mnist.TEST_LABELS + ".gz"), Integer.MAX_VALUE);
        REAL_IMAGES = gunzipPrefix(mnist.resolve(Mnist.TEST_IMAGES + ".gz"), 16 + 3 * DigitImage.PIXELS);
    }

    private Path dir;
    private FuzzHarness harness;

    @BeforeProperty
    void start() throws IOException {
        dir = Files.createTempDirectory("idx-fuzz");
        harness = new FuzzHarness("IdxFile/Mnist", PER_INPUT, MnistDataException.class, IdxFuzzTest::kind);
    }

    @AfterProperty
    void finish() throws IOException {
        System.out.println(harness.summary());
        harness.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---------------------------------------------------------------- the properties

    @Property
    void idxFileLoadsCorrectlyOrFailsClearly(@ForAll("idxFiles") FuzzFile input) {
        Path file = TestFiles.write(dir.resolve("fuzz.idx"), input.bytes());
        Expected expected = Expected.of(input.bytes());
        FuzzHarness.Outcome<IdxFile> outcome = harness.run(
                input.toString(),
                allowedHeap(input.bytes(), expected),
                () -> IdxFile.read(file),
                f -> "loaded " + f.dimensions().length + "-d file");
        if (outcome.succeeded()) {
            IdxFile f = outcome.loaded();
            assertTrue(
                    expected.loads(),
                    () -> "loaded a file an independent parse rejects (" + expected.why + "): " + input);
            assertArrayEquals(expected.dims, f.dimensions(), input::toString);
            assertArrayEquals(expected.data, f.data(), input::toString);
            assertEquals(TestFiles.sha256(expected.content), f.sha256(), input::toString);
        } else {
            assertTrue(
                    !expected.loads(),
                    () -> "rejected a valid file (" + outcome.failure().getMessage() + "): " + input);
            assertTrue(
                    outcome.failure()
                            .getMessage()
                            .contains(file.toAbsolutePath().toString()),
                    () -> "message does not name the file: " + outcome.failure().getMessage());
        }
    }

    @Property
    void mnistLoadsOrFailsClearly(@ForAll("mnistFolders") FuzzFolder input) {
        Path folder = dir.resolve("mnist");
        Map<String, String> sums = input.write(folder);
        FuzzHarness.Outcome<Mnist> outcome = harness.run(
                input.toString(),
                FIXED_HEAP * 8 + 64 * input.totalBytes(),
                () -> Mnist.load(folder, sums),
                m -> "loaded MNIST folder");
        if (outcome.succeeded()) {
            Mnist m = outcome.loaded();
            assertEquals(
                    Expected.of(input.content(Mnist.TRAIN_LABELS)).dims[0],
                    m.train().size(),
                    input::toString);
            assertEquals(
                    Expected.of(input.content(Mnist.TEST_LABELS)).dims[0],
                    m.test().size(),
                    input::toString);
        }
    }

    // ---------------------------------------------------------------- crashers and limits found, kept as examples

    /** A 10-byte file declaring 2^31 - 1 images fails at once; as gzip, it costs no more than the fixed buffers. */
    @Example
    void tenByteFileDeclaringTwoBillionImagesFailsFast() {
        byte[] header = ByteBuffer.allocate(10)
                .put(new byte[] {0, 0, 8, 1})
                .putInt(Integer.MAX_VALUE)
                .array();
        for (byte[] bytes : List.of(header, TestFiles.gzip(header))) {
            Path file = TestFiles.write(dir.resolve("huge.idx"), bytes);
            FuzzHarness.Outcome<IdxFile> outcome = harness.run(
                    "10-byte header declaring 2^31-1 labels", FIXED_HEAP, () -> IdxFile.read(file), f -> "loaded");
            assertTrue(
                    outcome.failure().getMessage().contains("2147483647"),
                    outcome.failure().getMessage());
        }
    }

    /**
     * Found by this fuzzer: the reader used to allocate its first 1 MiB data chunk before any data arrived,
     * so a 30-byte gzip file declaring 10^9 pixels cost 1 MiB of heap. The first chunk is now 64 KiB.
     */
    @Example
    void shortGzipFileDeclaringHugeImagesCostsOnlyTheFixedBuffers() {
        byte[] content = TestFiles.idx(0x08, new int[] {1_000_000, 28, 28}, new byte[20]);
        Path file = TestFiles.write(dir.resolve("big.idx"), TestFiles.gzip(content));
        FuzzHarness.Outcome<IdxFile> outcome = harness.run(
                "gzip, 10^6 x 28 x 28 declared, 20 data bytes", FIXED_HEAP, () -> IdxFile.read(file), f -> "loaded");
        assertTrue(
                outcome.failure().getMessage().contains("but the file holds 20"),
                outcome.failure().getMessage());
    }

    /**
     * Found by this fuzzer (the independent parse was wrong, not the reader): huge dimensions followed by a zero
     * declare no data at all, so a 16-byte header with nothing after it is a valid, empty file.
     */
    @Example
    void hugeDimensionsTimesZeroIsAnEmptyFile() {
        byte[] content = TestFiles.idx(0x08, new int[] {1 << 29, 262_172, 0}, new byte[0]);
        Expected expected = Expected.of(content);
        assertTrue(expected.loads(), expected::why);
        IdxFile f = IdxFile.read(TestFiles.write(dir.resolve("empty.idx"), content));
        assertArrayEquals(new int[] {1 << 29, 262_172, 0}, f.dimensions());
        assertEquals(0, f.data().length);
    }

    // ---------------------------------------------------------------- inputs

    enum Base {
        REAL_LABELS_CUT,
        REAL_LABELS_RESIZED,
        REAL_IMAGES_RESIZED,
        SYNTHETIC,
        RANDOM_BYTES
    }

    enum Packing {
        RAW,
        GZIP,
        GZIP_THEN_MUTATED
    }

    /** One generated file: how it was made (for the report) and its bytes. */
    record FuzzFile(
            Base base, List<Integer> dims, int length, int mutations, long seed, Packing packing, byte[] bytes) {
        @Override
        public String toString() {
            return base + " dims=" + dims + " length=" + length + " mutations=" + mutations + " seed=" + seed + " "
                    + packing + " (" + bytes.length + " bytes, head "
                    + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 24)) + ")";
        }
    }

    @Provide
    Arbitrary<FuzzFile> idxFiles() {
        Arbitrary<Integer> dim = Arbitraries.oneOf(
                Arbitraries.of(box(INTERESTING)),
                Arbitraries.integers(),
                Arbitraries.integers().between(0, 40));
        return Combinators.combine(
                        Arbitraries.of(Base.class),
                        dim.list().ofMinSize(0).ofMaxSize(5),
                        Arbitraries.integers().between(0, 3000),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.longs(),
                        Arbitraries.of(Packing.class))
                .as(IdxFuzzTest::makeFile);
    }

    static FuzzFile makeFile(Base base, List<Integer> dims, int length, int mutations, long seed, Packing packing) {
        Random random = new Random(seed);
        byte[] content = switch (base) {
            case REAL_LABELS_CUT -> Arrays.copyOf(REAL_LABELS, Math.min(REAL_LABELS.length, 8 + length));
            case REAL_LABELS_RESIZED ->
                withCount(Arrays.copyOf(REAL_LABELS, 8 + Math.min(length, 10_000)), Math.min(length, 10_000));
            case REAL_IMAGES_RESIZED -> {
                int images = length % 4;
                yield withCount(Arrays.copyOf(REAL_IMAGES, 16 + images * DigitImage.PIXELS), images);
            }
            case SYNTHETIC -> {
                byte[] body = new byte[length];
                random.nextBytes(body);
                int type = random.nextInt(8) == 0 ? random.nextInt(256) : 0x08;
                yield TestFiles.idx(
                        type, dims.stream().mapToInt(Integer::intValue).toArray(), body);
            }
            case RANDOM_BYTES -> {
                byte[] b = new byte[length % 64];
                random.nextBytes(b);
                yield b;
            }
        };
        byte[] bytes = switch (packing) {
            case RAW -> mutate(content, mutations, random);
            case GZIP -> TestFiles.gzip(mutate(content, mutations, random));
            case GZIP_THEN_MUTATED -> mutate(TestFiles.gzip(content), Math.max(1, mutations), random);
        };
        return new FuzzFile(base, dims, length, mutations, seed, packing, bytes);
    }

    /** A real header with its first dimension (the count) set to {@code count}. */
    private static byte[] withCount(byte[] content, int count) {
        ByteBuffer.wrap(content).putInt(4, count);
        return content;
    }

    /** Flips bits, overwrites bytes and header integers, cuts the end off or adds garbage to it. */
    static byte[] mutate(byte[] original, int mutations, Random random) {
        byte[] b = original.clone();
        for (int m = 0; m < mutations; m++) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (b.length > 0) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                case 1 -> {
                    if (b.length > 0) b[random.nextInt(Math.min(b.length, 24))] = (byte) random.nextInt(256);
                }
                case 2 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
                case 3 -> {
                    int extra = 1 + random.nextInt(16);
                    b = Arrays.copyOf(b, b.length + extra);
                    for (int i = b.length - extra; i < b.length; i++) b[i] = (byte) random.nextInt(256);
                }
                default -> {
                    int at = 4 * (1 + random.nextInt(4));
                    if (b.length >= at + 4)
                        ByteBuffer.wrap(b).putInt(at, INTERESTING[random.nextInt(INTERESTING.length)]);
                }
            }
        }
        return b;
    }

    /** A tiny MNIST folder (labels may be out of range), one file possibly mutated, checksums official or matching. */
    record FuzzFolder(
            int trainCount,
            int testCount,
            long labelSeed,
            int damagedFile,
            int mutations,
            long seed,
            boolean packed,
            boolean matchingSums,
            Map<String, byte[]> files) {

        byte[] content(String name) {
            return files.get(name);
        }

        long totalBytes() {
            return files.values().stream().mapToLong(b -> b.length).sum();
        }

        /** Writes the files (gzip or raw) and returns the checksums the loader should expect. */
        Map<String, String> write(Path folder) {
            try {
                if (Files.isDirectory(folder)) {
                    try (var old = Files.list(folder)) {
                        for (Path p : old.toList()) Files.delete(p);
                    }
                }
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> sums = new HashMap<>();
            files.forEach((name, content) -> {
                TestFiles.write(
                        folder.resolve(packed ? name + ".gz" : name), packed ? TestFiles.gzip(content) : content);
                sums.put(name, matchingSums ? TestFiles.sha256(content) : Mnist.OFFICIAL_SHA256.get(name));
            });
            return sums;
        }

        @Override
        public String toString() {
            return "MNIST folder train=" + trainCount + " test=" + testCount + " labelSeed=" + labelSeed
                    + " damaged=" + damagedFile + " mutations=" + mutations + " seed=" + seed + " gzip=" + packed
                    + " matchingSums=" + matchingSums;
        }
    }

    @Provide
    Arbitrary<FuzzFolder> mnistFolders() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.longs(),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as(IdxFuzzTest::makeFolder);
    }

    static FuzzFolder makeFolder(
            int train,
            int test,
            long labelSeed,
            int damaged,
            int mutations,
            long seed,
            boolean packed,
            boolean matchingSums) {
        Random labels = new Random(labelSeed);
        Random random = new Random(seed);
        String[] names = {Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS, Mnist.TEST_IMAGES, Mnist.TEST_LABELS};
        Map<String, byte[]> files = new HashMap<>();
        files.put(Mnist.TRAIN_IMAGES, withCount(Arrays.copyOf(REAL_IMAGES, 16 + train * DigitImage.PIXELS), train));
        files.put(Mnist.TEST_IMAGES, withCount(Arrays.copyOf(REAL_IMAGES, 16 + test * DigitImage.PIXELS), test));
        files.put(Mnist.TRAIN_LABELS, TestFiles.labels(labels.ints(train, 0, 11).toArray()));
        files.put(Mnist.TEST_LABELS, TestFiles.labels(labels.ints(test, 0, 11).toArray()));
        if (damaged < names.length) {
            files.put(names[damaged], mutate(files.get(names[damaged]), mutations, random));
        }
        return new FuzzFolder(train, test, labelSeed, damaged, mutations, seed, packed, matchingSums, files);
    }

    // ---------------------------------------------------------------- the independent parse

    /** What a correct reader must make of some bytes, worked out without IdxFile. */
    record Expected(String why, byte[] content, long contentBytesSeen, int[] dims, byte[] data) {
        boolean loads() {
            return why == null;
        }

        static Expected of(byte[] bytes) {
            byte[] content = bytes;
            long seen = bytes.length;
            if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                CountingGunzip gunzip = CountingGunzip.of(bytes);
                if (gunzip.content == null) {
                    return new Expected("broken gzip stream", null, gunzip.produced, null, null);
                }
                content = gunzip.content;
                seen = content.length;
            }
            if (content.length < 4 || content[0] != 0 || content[1] != 0 || content[2] != 0x08) {
                return new Expected("bad magic", content, seen, null, null);
            }
            int rank = content[3] & 0xff;
            if (rank < 1 || rank > 4 || content.length < 4 + 4 * rank) {
                return new Expected("bad rank or short header", content, seen, null, null);
            }
            ByteBuffer b = ByteBuffer.wrap(content);
            int[] dims = new int[rank];
            long product = 1;
            for (int i = 0; i < rank; i++) {
                dims[i] = b.getInt(4 + 4 * i);
                if (dims[i] < 0) {
                    return new Expected("negative dimension", content, seen, null, null);
                }
                // saturates far above any real file, but a zero dimension still makes the product zero
                product = dims[i] == 0 ? 0 : product > (1L << 40) ? product : product * dims[i];
            }
            if (product != content.length - 4 - 4 * rank) {
                return new Expected("length differs from header", content, seen, null, null);
            }
            return new Expected(null, content, seen, dims, Arrays.copyOfRange(content, 4 + 4 * rank, content.length));
        }
    }

    /** Gunzips with the JDK, remembering how much came out before any failure. */
    record CountingGunzip(byte[] content, long produced) {
        static CountingGunzip of(byte[] bytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                in.transferTo(out);
                return new CountingGunzip(out.toByteArray(), out.size());
            } catch (IOException e) {
                return new CountingGunzip(null, out.size());
            }
        }
    }

    /** The heap an input justifies: fixed buffers plus a few times the bytes its content really has. */
    static long allowedHeap(byte[] file, Expected expected) {
        return FIXED_HEAP + 5 * Math.max(file.length, expected.contentBytesSeen());
    }

    // ---------------------------------------------------------------- helpers

    static String kind(RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String[][] kinds = {
            {"corrupt or truncated gzip", "corrupt or truncated gzip stream"},
            {"truncated header", "truncated header"},
            {"wrong magic number", "wrong magic number, type or rank"},
            {"non-negative size", "negative dimension"},
            {"a Java array can hold", "declared size beyond any array"},
            {"extra trailing bytes", "bytes after the declared data"},
            {"but the file holds", "declared size differs from the data"},
            {"checksum mismatch", "checksum mismatch"},
            {"expected images of shape", "images not N x 28 x 28"},
            {"one-dimensional list of labels", "labels not one-dimensional"},
            {"counts differ", "image and label counts differ"},
            {"label at index", "label outside 0..9"},
            {"could not read the file", "read error"},
        };
        for (String[] k : kinds) {
            if (m.contains(k[0])) {
                return k[1];
            }
        }
        return "other: " + m.substring(0, Math.min(m.length(), 80));
    }

    private static Integer[] box(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    private static byte[] gunzipPrefix(Path gz, int limit) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
