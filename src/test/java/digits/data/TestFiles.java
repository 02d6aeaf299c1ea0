package digits.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builds tiny IDX files and MNIST-like folders for tests. */
final class TestFiles {

    private TestFiles() {}

    /** An IDX header (type byte, dims) followed by {@code data}. */
    static byte[] idx(int type, int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(data).array();
    }

    /** An unsigned-byte IDX file of the given dims, data 0, 1, 2, ... */
    static byte[] ubyte(int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) i;
        }
        return idx(0x08, dims, data);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] labels(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return idx(0x08, new int[] {values.length}, b);
    }

    /**
     * Writes a valid tiny MNIST folder (3 training and 2 test images, gzip) and returns the
     * SHA-256 map of its uncompressed files.
     */
    static Map<String, String> tinyMnist(Path dir) {
        Map<String, byte[]> files = new HashMap<>();
        files.put(Mnist.TRAIN_IMAGES, ubyte(3, 28, 28));
        files.put(Mnist.TRAIN_LABELS, labels(5, 0, 4));
        files.put(Mnist.TEST_IMAGES, ubyte(2, 28, 28));
        files.put(Mnist.TEST_LABELS, labels(7, 2));
        return writeFolder(dir, files);
    }

    /** Writes each file gzip-compressed as NAME.gz and returns the checksums of the uncompressed content. */
    static Map<String, String> writeFolder(Path dir, Map<String, byte[]> files) {
        Map<String, String> sums = new HashMap<>();
        files.forEach((name, content) -> {
            write(dir.resolve(name + ".gz"), gzip(content));
            sums.put(name, sha256(content));
        });
        return sums;
    }
}
