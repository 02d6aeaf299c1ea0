package digits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplacesCreatingFolders() throws IOException {
        Path file = dir.resolve("a/b/notes.txt");
        assertEquals(file, AtomicFiles.write(file, out -> out.write("one".getBytes(StandardCharsets.UTF_8))));
        AtomicFiles.write(file, out -> {
            out.write("two".getBytes(StandardCharsets.UTF_8));
            out.close(); // closing the stream early is harmless
        });
        assertEquals("two", Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(
                    List.of("notes.txt"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void failingContentLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "old");
        IOException boom = new IOException("disk full");
        assertSame(
                boom,
                assertThrows(
                        IOException.class,
                        () -> AtomicFiles.write(file, out -> {
                            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                            throw boom;
                        })));
        assertThrows(
                IllegalStateException.class,
                () -> AtomicFiles.write(file, out -> {
                    throw new IllegalStateException("bug");
                }));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("notes.txt"), names());
    }

    @Test
    void staleTemporaryFilesAreTidiedFreshOnesKept() throws IOException {
        Path file = dir.resolve("model[1].zip"); // glob characters in the name are taken literally
        Path stale = Files.writeString(dir.resolve("model[1].zip.tmp-dead"), "left by a killed JVM");
        Files.setLastModifiedTime(
                stale,
                FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(1)));
        Path fresh = Files.writeString(dir.resolve("model[1].zip.tmp-busy"), "another process is writing");
        Path other = Files.writeString(dir.resolve("other.zip.tmp-old"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.EPOCH));

        AtomicFiles.write(file, out -> out.write(1));
        assertEquals(List.of("model[1].zip", "model[1].zip.tmp-busy", "other.zip.tmp-old"), names());
        assertTrue(AtomicFiles.isTemporaryFile(fresh));
        assertFalse(AtomicFiles.isTemporaryFile(file));
    }
}
