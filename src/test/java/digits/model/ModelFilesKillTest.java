package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of {@link ModelFiles#save} and checks that the file it was replacing is intact:
 * it loads, and its parameters are exactly those of the last save that finished.
 */
@Tag("slow") // kills and restarts JVMs: seconds, not milliseconds
class ModelFilesKillTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS) // freezes the child with kill -STOP
    void killedSaveLeavesThePreviousModelIntactAndLoadable() throws Exception {
        Path file = dir.resolve("big.zip");
        Kill kill = startAndKillMidSave(file);
        assertEquals(1, temporaryFiles().size(), "the killed save's temporary file is left behind");
        MultiLayerNetwork loaded = ModelFiles.load(file); // never half-written: it loads
        // The kill came before the move: the file is the last save that finished, to the last bit.
        assertEquals(kill.lastSaved, savedIndex(loaded), "killed while writing save " + kill.lastStarted);

        // The killed JVM's temporary file is ignored by loading, and tidied by the next save once it is stale.
        for (Path temp : temporaryFiles()) {
            Files.setLastModifiedTime(
                    temp,
                    FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        }
        ModelFiles.save(
                Cnn.build(CnnSpec.builder()
                        .input(12, 12, 1)
                        .convFilters(2, 3)
                        .kernelSize(3)
                        .dense(8)
                        .build()),
                file);
        assertEquals(List.of(), temporaryFiles());
    }

    private record Kill(int lastStarted, int lastSaved) {}

    /**
     * Runs {@link SaveForever} until it has finished two saves and written the first megabyte of its third, freezes
     * it (SIGSTOP), checks that the third save's temporary file is still there (so the freeze came before the move:
     * in the middle of the save, whatever the timing), and kills it.
     */
    private Kill startAndKillMidSave(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(
                        java, "-Xmx1g", "-cp", classpath, SaveForever.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int started = 0, saved = 0;
        boolean frozenMidSave = false;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("saving ")) {
                    started = Integer.parseInt(line.substring(7));
                    if (started >= 3 && awaitTemporaryFileOf(1 << 20)) {
                        freeze(child);
                        frozenMidSave = !temporaryFiles().isEmpty();
                        if (frozenMidSave) {
                            break;
                        }
                        resume(child); // the save finished before the freeze (a very fast disk): try the next one
                    }
                } else if (line.startsWith("saved ")) {
                    saved = Integer.parseInt(line.substring(6));
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM did not die");
        }
        assertTrue(
                frozenMidSave,
                "the child JVM was never caught in the middle of a save (last started " + started + ", exit code "
                        + child.exitValue() + ")");
        return new Kill(started, saved);
    }

    /** Waits (up to 60 s) until the save under way has written {@code bytes} to its temporary file. */
    private boolean awaitTemporaryFileOf(long bytes) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Path temp : temporaryFiles()) {
                try {
                    if (Files.size(temp) >= bytes) {
                        return true;
                    }
                } catch (NoSuchFileException movedMeanwhile) {
                    return false;
                }
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static void freeze(Process child) throws IOException, InterruptedException {
        signal(child, "-STOP");
    }

    private static void resume(Process child) throws IOException, InterruptedException {
        signal(child, "-CONT");
    }

    private static void signal(Process child, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(child.pid()))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor(), "kill " + signal + " " + child.pid());
    }

    /** Which save {@code i} the parameters come from: they are {@code base + i}. */
    private static int savedIndex(MultiLayerNetwork model) {
        float[] params = model.params().toFloatVector();
        float[] base = SaveForever.base(params.length);
        int i = Math.round(params[0] - base[0]);
        for (int k = 0; k < params.length; k++) {
            assertEquals(base[k] + i, params[k], 1e-5f, "parameter " + k + " is not from one single save");
        }
        return i;
    }

    private List<Path> temporaryFiles() throws IOException {
        List<Path> temps = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(AtomicFiles::isTemporaryFile).forEach(temps::add);
        }
        return temps;
    }
}
