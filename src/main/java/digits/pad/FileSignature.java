package digits.pad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * What tells one saved version of a file from the next without reading it: its time, its size and its identity on
 * disk (a file saved aside and moved into place is a new file, even within the same tick of the file system's
 * clock and at the same size).
 *
 * @param modified when the file was last written
 * @param size     its length in bytes
 * @param key      the file system's identity of the file, or {@code null} where it has none
 */
record FileSignature(FileTime modified, long size, Object key) {

    /**
     * @param file a file
     * @return its signature, or nothing if it is missing, not a regular file or cannot be looked at
     */
    static Optional<FileSignature> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile()
                    ? Optional.of(new FileSignature(a.lastModifiedTime(), a.size(), a.fileKey()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
