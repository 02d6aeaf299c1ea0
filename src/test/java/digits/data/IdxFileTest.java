package digits.data;

import static digits.data.TestFiles.gzip;
import static digits.data.TestFiles.idx;
import static digits.data.TestFiles.sha256;
import static digits.data.TestFiles.ubyte;
import static digits.data.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {

    @TempDir
    Path dir;

    /** Reads the file, expecting failure; checks the message names the file and holds each part. */
    private MnistDataException fails(Path file, String... parts) {
        MnistDataException e = assertThrows(MnistDataException.class, () -> IdxFile.read(file));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
        }
        return e;
    }

    @Test
    void readsRawFile() {
        byte[] content = ubyte(2, 3, 4);
        IdxFile f = IdxFile.read(write(dir.resolve("x.idx"), content));
        assertArrayEquals(new int[] {2, 3, 4}, f.dimensions());
        assertEquals(IdxFile.UNSIGNED_BYTE, f.dataType());
        assertEquals(24, f.length());
        assertEquals(23, f.unsignedByte(23));
        assertArrayEquals(Arrays.copyOfRange(content, 16, 40), f.data());
        assertEquals(sha256(content), f.sha256());
        assertEquals("IdxFile[x.idx, unsigned byte, 2 x 3 x 4]", f.toString());
    }

    @Test
    void detectsGzipByMagicBytesNotName() {
        byte[] content = ubyte(300);
        IdxFile gz = IdxFile.read(write(dir.resolve("labels.idx"), gzip(content)));
        IdxFile raw = IdxFile.read(write(dir.resolve("labels.gz"), content));
        assertEquals(sha256(content), gz.sha256(), "hash of the uncompressed content");
        assertEquals(raw.sha256(), gz.sha256());
        assertArrayEquals(raw.data(), gz.data());
        assertEquals(255, gz.unsignedByte(255));
    }

    @Test
    void valuesAreCopies() {
        IdxFile f = IdxFile.read(write(dir.resolve("x"), ubyte(2, 2)));
        f.dimensions()[0] = 99;
        f.data()[0] = 99;
        assertEquals(2, f.dimensions()[0]);
        assertEquals(0, f.unsignedByte(0));
    }

    @Test
    void missingFile() {
        fails(dir.resolve("nope-idx1-ubyte.gz"), "file not found");
    }

    @Test
    void wrongMagicNumber() {
        byte[] content = ubyte(4);
        content[1] = 1;
        fails(write(dir.resolve("a"), content), "wrong magic number", "00 00", "00 01");
        fails(write(dir.resolve("b"), idx(0x42, new int[] {1}, new byte[1])), "wrong magic number", "0x42", "0x08");
        fails(write(dir.resolve("c"), idx(0x0D, new int[] {1}, new byte[4])), "0x0d", "does not support");
        fails(write(dir.resolve("d"), idx(0x08, new int[0], new byte[0])), "1 to 4 dimensions, found 0");
        fails(write(dir.resolve("e"), idx(0x08, new int[] {1, 1, 1, 1, 1}, new byte[1])), "found 5");
    }

    @Test
    void negativeDimension() {
        fails(write(dir.resolve("neg"), idx(0x08, new int[] {3, -28}, new byte[0])), "-28", "non-negative");
    }

    @Test
    void truncatedHeader() {
        fails(write(dir.resolve("h1"), new byte[] {0, 0, 8}), "truncated header", "found 3");
        byte[] cut = Arrays.copyOf(ubyte(2, 28, 28), 10);
        fails(write(dir.resolve("h2"), cut), "truncated header", "need 16 header bytes, found 10");
        fails(write(dir.resolve("h3.gz"), gzip(cut)), "truncated header", "found 10");
    }

    @Test
    void truncatedData() {
        byte[] cut = Arrays.copyOf(ubyte(3, 28, 28), 16 + 1234);
        String msg = "header declares 3 x 28 x 28 = 2352 bytes of pixels but the file holds 1234";
        fails(write(dir.resolve("train-images-idx3-ubyte"), cut), msg);
        fails(write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(cut)), msg);
    }

    @Test
    void extraTrailingBytes() {
        byte[] longer = Arrays.copyOf(ubyte(10), 8 + 10 + 5);
        String msg = "header declares 10 = 10 bytes of labels but the file holds 15";
        fails(write(dir.resolve("labels"), longer), msg);
        fails(write(dir.resolve("labels.gz"), gzip(longer)), msg, "5 extra trailing bytes");
    }

    @Test
    void headerDimensionsDisagreeWithFileLength() {
        // data for 2 images of 28 x 28 but a header that says 2 images of 20 x 20
        byte[] content = idx(0x08, new int[] {2, 20, 20}, new byte[2 * 28 * 28]);
        fails(write(dir.resolve("shape"), content), "2 x 20 x 20 = 800 bytes", "holds 1568");
        fails(write(dir.resolve("shape.gz"), gzip(content)), "2 x 20 x 20 = 800 bytes", "holds 1568");
    }

    @Test
    void hugeDeclaredCountInTinyFileFailsFast() {
        byte[] tooBig = ByteBuffer.allocate(10)
                .put(new byte[] {0, 0, 8, 1})
                .putInt(Integer.MAX_VALUE)
                .array();
        byte[] plausible = ByteBuffer.allocate(10)
                .put(new byte[] {0, 0, 8, 1})
                .putInt(2_000_000_000)
                .array();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            fails(write(dir.resolve("big"), tooBig), "2147483647 bytes", "more than the 2147483639");
            fails(write(dir.resolve("big.gz"), gzip(tooBig)), "2147483647 bytes");
            fails(write(dir.resolve("plausible"), plausible), "2000000000 bytes of labels but the file holds 2");
            fails(write(dir.resolve("plausible.gz"), gzip(plausible)), "2000000000 bytes", "holds 2");
        });
    }

    @Test
    void hugeProductOfDimensions() {
        byte[] content = idx(0x08, new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 28, 28}, new byte[0]);
        fails(write(dir.resolve("product"), content), "= 3615561835079817757456 bytes", "a Java array can hold");
    }

    @Test
    void corruptGzip() {
        byte[] gz = gzip(ubyte(50, 28, 28));
        byte[] garbled = gz.clone();
        for (int i = 20; i < 60; i++) {
            garbled[i] ^= 0x5a;
        }
        fails(write(dir.resolve("garbled.gz"), garbled), "corrupt or truncated gzip");
        fails(write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2)), "corrupt or truncated gzip");
        fails(write(dir.resolve("header.gz"), new byte[] {0x1f, (byte) 0x8b, 1}), "corrupt or truncated gzip");
    }

    @Test
    void firstBytesAreTheUncompressedHeader() {
        byte[] content = {0, 0, 8, 1, 0, 0, 0, 2, 3, 4};
        assertArrayEquals(new byte[] {0, 0, 8, 1}, IdxFile.firstBytes(write(dir.resolve("l.gz"), gzip(content)), 4));
        assertArrayEquals(content, IdxFile.firstBytes(write(dir.resolve("l.idx"), content), 99));
        var e = assertThrows(MnistDataException.class, () -> IdxFile.firstBytes(dir.resolve("none.gz"), 4));
        assertTrue(e.getMessage().contains("none.gz"), e.getMessage());
    }
}
