package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of {@link ModelFiles#save} and checks that the file it was replacing is intact:
 * it loads, and its parameters are exactly those of the last save that finished.
 */
class ModelFilesKillTest {

    @TempDir
    Path dir;

    @Test
    void killedSaveLeavesThePreviousModelIntactAndLoadable() throws Exception {
        Path file = dir.resolve("big.zip");
        int killsMidSave = 0;
        for (int run = 1; run <= 3 && killsMidSave == 0; run++) {
            Kill kill = startAndKill(file);
            List<Path> temps = temporaryFiles();
            MultiLayerNetwork loaded = ModelFiles.load(file);   // never half-written: it loads
            int saved = savedIndex(loaded);
            if (!temps.isEmpty()) {
                killsMidSave++;
                // The kill came before the move: the file is the last save that finished, to the last bit.
                assertEquals(kill.lastSaved, saved, "killed while writing save " + kill.lastStarted);
            } else {
                // The kill came between two saves (rare): the file is the newest one.
                assertTrue(saved == kill.lastSaved || saved == kill.lastStarted, saved + " " + kill);
            }
        }
        assertTrue(killsMidSave > 0, "in three runs, no kill landed in the middle of a save");

        // The killed JVM's temporary file is ignored by loading, and tidied by the next save once it is stale.
        for (Path temp : temporaryFiles()) {
            Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        }
        ModelFiles.save(Cnn.build(CnnSpec.builder().input(12, 12, 1).convFilters(2, 3).kernelSize(3).dense(8).build()), file);
        assertEquals(List.of(), temporaryFiles());
    }

    private record Kill(int lastStarted, int lastSaved) {
    }

    /** Runs {@link SaveForever} until it has finished two saves and started a third, then kills it mid-save. */
    private Kill startAndKill(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", classpath, SaveForever.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int started = 0, saved = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("saving ")) {
                    started = Integer.parseInt(line.substring(7));
                    if (started >= 3) {
                        Thread.sleep(20 + (long) (Math.random() * 60));   // into the write, which takes longer
                        break;
                    }
                } else if (line.startsWith("saved ")) {
                    saved = Integer.parseInt(line.substring(6));
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM did not die");
        }
        assertTrue(started >= 3, "the child JVM stopped before its third save (exit code " + child.exitValue() + ")");
        return new Kill(started, saved);
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
