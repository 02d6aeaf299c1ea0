package digits.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One file in the IDX format used by MNIST, read completely into memory as an immutable value.
 *
 * <p>The format is: two zero bytes, a type byte, a byte with the number of dimensions, each
 * dimension as a big-endian 32-bit integer, then the data. Files may be raw or gzip-compressed;
 * compression is detected from the gzip magic bytes (0x1f 0x8b), not from the file name.
 * Only the unsigned-byte type (0x08) is supported, which is all MNIST needs.
 */
public final class IdxFile {

    /** The IDX type code for unsigned bytes. */
    public static final byte UNSIGNED_BYTE = 0x08;

    /** The largest array Java can reliably allocate. */
    static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 8;

    /**
     * The data array starts this small and doubles as bytes arrive, so a short file whose header declares
     * billions of bytes costs no more memory than its real content (found by IdxFuzzTest).
     */
    private static final int FIRST_CHUNK = 1 << 16;

    private final Path file;
    private final byte dataType;
    private final int[] dimensions;
    private final byte[] data;
    private final String sha256;

    private IdxFile(Path file, byte dataType, int[] dimensions, byte[] data, String sha256) {
        this.file = file;
        this.dataType = dataType;
        this.dimensions = dimensions;
        this.data = data;
        this.sha256 = sha256;
    }

    /**
     * Reads and checks an IDX file, raw or gzip-compressed.
     *
     * @param file the file to read
     * @return the parsed file
     * @throws MnistDataException if the file is missing, unreadable, corrupt, or its length
     *                            disagrees with its header
     */
    public static IdxFile read(Path file) {
        Path path = file.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new MnistDataException(path + ": file not found (expected an IDX file"
                    + (Files.isDirectory(path) ? ", found a folder)" : ")"));
        }
        try (InputStream content = uncompressed(path)) {
            MessageDigest digest = Sha256.digest();
            InputStream in = Sha256.digesting(content, digest);
            return parse(path, in, content instanceof GZIPInputStream ? -1 : Files.size(path), digest);
        } catch (ZipException | EOFException e) {
            throw new MnistDataException(
                    path + ": corrupt or truncated gzip stream (" + e.getMessage()
                            + "); expected a valid gzip-compressed IDX file",
                    e);
        } catch (IOException e) {
            throw new MnistDataException(path + ": could not read the file: " + e, e);
        }
    }

    /**
     * The first bytes of a file as an IDX reader sees them: un-gzipped if the file is compressed.
     * Notebook 01 uses it to show the header.
     *
     * @param file  the file to read
     * @param count how many bytes to read, at most
     * @return the first {@code count} bytes, or fewer if the file is shorter
     * @throws MnistDataException if the file is missing or unreadable
     */
    public static byte[] firstBytes(Path file, int count) {
        Path path = file.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new MnistDataException(path + ": file not found (expected an IDX file)");
        }
        try (InputStream in = uncompressed(path)) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw new MnistDataException(path + ": could not read the file: " + e, e);
        }
    }

    /** The file's content, un-gzipped when it starts with gzip's magic bytes. */
    private static InputStream uncompressed(Path path) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static IdxFile parse(Path path, InputStream in, long rawSize, MessageDigest digest) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (magic.length < 4) {
            throw new MnistDataException(
                    path + ": truncated header: expected at least 4 bytes of magic number, found " + magic.length);
        }
        if (magic[0] != 0 || magic[1] != 0) {
            throw new MnistDataException(String.format(
                    "%s: wrong magic number: expected an IDX file starting with bytes 00 00, found %02x %02x",
                    path, magic[0] & 0xff, magic[1] & 0xff));
        }
        byte type = magic[2];
        if (type != UNSIGNED_BYTE) {
            String known = switch (type) {
                case 0x09, 0x0B, 0x0C, 0x0D, 0x0E -> "an IDX type this library does not support";
                default -> "an unknown IDX type";
            };
            throw new MnistDataException(String.format(
                    "%s: wrong magic number: expected data type 0x08 (unsigned byte), found 0x%02x (%s)",
                    path, type & 0xff, known));
        }
        int rank = magic[3] & 0xff;
        if (rank < 1 || rank > 4) {
            throw new MnistDataException(path + ": wrong magic number: expected 1 to 4 dimensions, found " + rank);
        }
        byte[] dimBytes = in.readNBytes(4 * rank);
        if (dimBytes.length < 4 * rank) {
            throw new MnistDataException(path + ": truncated header: " + rank + " dimensions need " + (4 + 4 * rank)
                    + " header bytes, found " + (4 + dimBytes.length));
        }
        int[] dims = new int[rank];
        BigInteger declared = BigInteger.ONE;
        for (int i = 0; i < rank; i++) {
            dims[i] = ((dimBytes[4 * i] & 0xff) << 24)
                    | ((dimBytes[4 * i + 1] & 0xff) << 16)
                    | ((dimBytes[4 * i + 2] & 0xff) << 8)
                    | (dimBytes[4 * i + 3] & 0xff);
            if (dims[i] < 0) {
                throw new MnistDataException(path + ": header declares dimension " + i + " as " + dims[i]
                        + "; expected a non-negative size");
            }
            declared = declared.multiply(BigInteger.valueOf(dims[i]));
        }
        String what =
                "header declares " + shape(dims) + " = " + declared + " bytes of " + (rank == 1 ? "labels" : "pixels");
        if (declared.compareTo(BigInteger.valueOf(MAX_DATA_BYTES)) > 0) {
            throw new MnistDataException(path + ": " + what + ", more than the " + MAX_DATA_BYTES
                    + " bytes a Java array can hold; the header is corrupt");
        }
        int size = declared.intValueExact();
        long headerLength = 4L + 4L * rank;
        if (rawSize >= 0 && rawSize - headerLength != size) {
            throw new MnistDataException(path + ": " + what + " but the file holds " + (rawSize - headerLength));
        }
        byte[] data = new byte[Math.min(size, FIRST_CHUNK)];
        int filled = 0;
        while (filled < size) {
            if (filled == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(size, 2L * data.length));
            }
            int n = in.read(data, filled, data.length - filled);
            if (n < 0) {
                throw new MnistDataException(path + ": " + what + " but the file holds " + filled);
            }
            filled += n;
        }
        long extra = 0;
        byte[] scratch = new byte[8192];
        for (int n; (n = in.read(scratch)) >= 0; ) {
            extra += n;
        }
        if (extra > 0) {
            throw new MnistDataException(path + ": " + what + " but the file holds " + (size + extra) + " (" + extra
                    + " extra trailing bytes)");
        }
        return new IdxFile(path, type, dims, data, Sha256.hex(digest));
    }

    static String shape(int[] dims) {
        return Arrays.stream(dims).mapToObj(String::valueOf).collect(Collectors.joining(" x "));
    }

    /** @return the absolute path this file was read from */
    public Path file() {
        return file;
    }

    /** @return the IDX data type code; always {@link #UNSIGNED_BYTE} */
    public byte dataType() {
        return dataType;
    }

    /** @return a copy of the dimensions, for example {@code [60000, 28, 28]} */
    public int[] dimensions() {
        return dimensions.clone();
    }

    /** @return the number of data bytes (the product of the dimensions) */
    public int length() {
        return data.length;
    }

    /**
     * Returns one data value.
     *
     * @param index position in the flat, row-major data
     * @return the value as an unsigned byte, 0..255
     */
    public int unsignedByte(int index) {
        return data[index] & 0xff;
    }

    /** @return a copy of the data bytes (row-major) */
    public byte[] data() {
        return data.clone();
    }

    /** The data without copying, for use inside this package only. */
    byte[] sharedData() {
        return data;
    }

    /** @return the SHA-256 of the uncompressed file content, as lower-case hex */
    public String sha256() {
        return sha256;
    }

    @Override
    public String toString() {
        return "IdxFile[" + file.getFileName() + ", unsigned byte, " + shape(dimensions) + "]";
    }
}
