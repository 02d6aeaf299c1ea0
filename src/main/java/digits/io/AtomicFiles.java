package digits.io;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers never see half of one: the content goes to a temporary file next to
 * the target ({@code NAME.tmp-RANDOM}), is forced to disk, then moved over the target in one atomic
 * step. The target is either the old file or the complete new one, even if the JVM is killed midway.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("models/history.csv"), out -> out.write(bytes));
 * }</pre>
 *
 * <p><b>Left-over temporary files.</b> A JVM killed while writing leaves its {@code NAME.tmp-*} file
 * behind (nothing can delete it at that moment). Such files are never read. The next successful write of
 * the same target deletes those that have not been modified for {@link #STALE_AFTER}: an abandoned temporary
 * file stops changing, while one still being written by another process keeps changing.
 */
public final class AtomicFiles {

    /** How long a temporary file must be untouched before a later write treats it as abandoned. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final String TEMP_MARK = ".tmp-";

    private AtomicFiles() {}

    /** Writes a file's content to a stream; may throw to abandon the write. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the temporary file's stream; do not close it
         * @throws IOException if writing fails; the target is then left as it was
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically, creating its parent folders as needed. If {@code content} throws
     * (an {@link IOException} or any unchecked exception), the temporary file is deleted, the target is left
     * as it was and the exception is passed on.
     *
     * @param target  the file to write or replace
     * @param content writes the new content
     * @return the absolute target
     * @throws IOException if the file cannot be written or moved into place
     */
    public static Path write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve(file.getFileName()
                + TEMP_MARK
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (FileChannel channel = FileChannel.open(temp, CREATE_NEW, WRITE)) {
                content.writeTo(unclosable(Channels.newOutputStream(channel)));
                channel.force(true); // on disk, not just in the operating system's cache
            }
            Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
        } finally {
            deleteQuietly(temp); // still there only when something failed
        }
        deleteStaleTemporaryFiles(file);
        return file;
    }

    /**
     * Deletes the temporary files of {@code target} left by writers that died, that is those not modified
     * for {@link #STALE_AFTER}.
     *
     * @param target the file whose left-overs to delete
     * @return how many were deleted
     */
    public static int deleteStaleTemporaryFiles(Path target) {
        Path file = target.toAbsolutePath();
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AFTER));
        int deleted = 0;
        try (DirectoryStream<Path> temps =
                Files.newDirectoryStream(file.getParent(), glob(file.getFileName() + TEMP_MARK) + "*")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).compareTo(cutoff) < 0 && Files.deleteIfExists(temp)) {
                    deleted++;
                }
            }
        } catch (IOException ignored) {
            // tidying is best effort: a stray temporary file does no harm
        }
        return deleted;
    }

    /** @return whether {@code file} is one of the temporary files this class writes */
    public static boolean isTemporaryFile(Path file) {
        return file.getFileName().toString().contains(TEMP_MARK);
    }

    /** The channel must stay open for {@code force}, whatever the content writer does with its stream. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more we can do; the stray file does no harm
        }
    }
}
