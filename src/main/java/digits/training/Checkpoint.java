package digits.training;

import digits.io.AtomicFiles;
import digits.model.ModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A network and its training history as they stood after an epoch, saved in a folder so that training can
 * resume after an interruption. A {@link Trainer} built with {@code checkpoints(folder)} writes one after every
 * epoch; {@link Trainer#resume} carries on from it.
 *
 * <pre>{@code
 * Trainer trainer = Trainer.builder().epochs(10).checkpoints(Path.of("checkpoints")).build();
 * trainer.fit(model, train, test);                      // interrupted after epoch 4, say
 * Checkpoint last = Checkpoint.load(Path.of("checkpoints"));
 * TrainingHistory history = trainer.resume(last, train, test);   // epochs 5 to 10; history holds 1 to 10
 * MultiLayerNetwork model = last.model();               // trained in place
 * }</pre>
 *
 * <p>Epoch {@code N} is saved as {@code epoch-N.zip} (the network with its optimiser state, {@link ModelFiles})
 * and then {@code epoch-N.csv} (the history), each written atomically; only then are older epochs' files deleted.
 * A checkpoint counts only once both files exist, so a crash at any moment leaves the folder with a complete one.
 *
 * <p>A trainer that keeps the best epoch ({@link Trainer.Builder#keepBestEpoch()}) also saves the network of each
 * new best epoch as {@code best-epoch-N.zip}, before that epoch's checkpoint, and deletes older ones with the
 * checkpoint that makes them obsolete, so that a resumed run can still put the best weights back.
 */
public final class Checkpoint {

    private static final Pattern HISTORY_FILE = Pattern.compile("epoch-(\\d+)\\.csv");
    private static final Pattern BEST_FILE = Pattern.compile("best-epoch-(\\d+)\\.zip");
    private static final String HEADER =
            "epoch,trainingLoss,trainingAccuracy,validationLoss,validationAccuracy,seconds";
    private static final String STEP_HEADER = "step epoch,position,loss,accuracy";

    private final Path folder;
    private final MultiLayerNetwork model;
    private final TrainingHistory history;

    private Checkpoint(Path folder, MultiLayerNetwork model, TrainingHistory history) {
        this.folder = folder;
        this.model = model;
        this.history = history;
    }

    /**
     * @param folder a checkpoint folder
     * @return whether it holds a complete checkpoint
     */
    public static boolean exists(Path folder) {
        return latestEpoch(folder.toAbsolutePath()).isPresent();
    }

    /**
     * Loads the latest complete checkpoint in {@code folder}.
     *
     * @param folder the folder a trainer wrote checkpoints into
     * @return the network (with its optimiser state) and the history up to that epoch
     * @throws IllegalArgumentException if the folder holds no complete checkpoint
     */
    public static Checkpoint load(Path folder) {
        Path dir = folder.toAbsolutePath();
        int epoch = latestEpoch(dir)
                .orElseThrow(
                        () -> new IllegalArgumentException(
                                "no checkpoint in " + dir
                                        + ": expected files epoch-N.zip and epoch-N.csv written by a Trainer built with checkpoints(folder)"));
        TrainingHistory history = readHistory(dir.resolve(name(epoch, "csv")));
        if (history.epochs() != epoch) {
            throw new IllegalArgumentException(
                    dir.resolve(name(epoch, "csv")) + " holds " + history.epochs() + " epochs: expected " + epoch);
        }
        return new Checkpoint(dir, ModelFiles.load(dir.resolve(name(epoch, "zip"))), history);
    }

    /** Saves epoch {@code history.epochs()} into {@code folder} and then deletes older epochs' files. */
    static void save(Path folder, MultiLayerNetwork model, TrainingHistory history) {
        Path dir = folder.toAbsolutePath();
        int epoch = history.epochs();
        ModelFiles.save(model, dir.resolve(name(epoch, "zip")));
        try {
            AtomicFiles.write(
                    dir.resolve(name(epoch, "csv")),
                    out -> out.write(csv(history).getBytes(StandardCharsets.UTF_8)));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path old : files.toList()) {
                    Matcher m = Pattern.compile("epoch-(\\d+)\\.(zip|csv)")
                            .matcher(old.getFileName().toString());
                    if (m.matches() && Integer.parseInt(m.group(1)) < epoch) {
                        Files.deleteIfExists(old);
                    }
                    Matcher best = BEST_FILE.matcher(old.getFileName().toString());
                    if (best.matches()
                            && Integer.parseInt(best.group(1)) < epoch
                            && Integer.parseInt(best.group(1)) != history.best().epoch()) {
                        Files.deleteIfExists(old);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not write the checkpoint of epoch " + epoch + " into " + dir + ": " + e, e);
        }
    }

    /** Saves the network of a new best epoch, before that epoch's checkpoint. */
    static void saveBest(Path folder, MultiLayerNetwork model, int epoch) {
        ModelFiles.save(
                model, folder.toAbsolutePath().resolve(String.format(Locale.ROOT, "best-epoch-%03d.zip", epoch)));
    }

    /**
     * @return the network of {@code epoch} that {@link #saveBest} kept in {@code folder}
     * @throws IllegalStateException if there is none (the interrupted run did not keep its best epoch)
     */
    static MultiLayerNetwork loadBest(Path folder, int epoch) {
        Path file = folder == null
                ? null
                : folder.toAbsolutePath().resolve(String.format(Locale.ROOT, "best-epoch-%03d.zip", epoch));
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException("the checkpoint's lowest validation loss is at epoch " + epoch + ", but "
                    + (file == null ? "the trainer has no checkpoint folder" : file + " is missing")
                    + ": keep the best epoch from the first epoch on (keepBestEpoch() and checkpoints(folder)), "
                    + "or resume without keepBestEpoch()");
        }
        return ModelFiles.load(file);
    }

    private static OptionalInt latestEpoch(Path dir) {
        if (!Files.isDirectory(dir)) {
            return OptionalInt.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> HISTORY_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .filter(epoch -> Files.isRegularFile(dir.resolve(name(epoch, "zip"))))
                    .max();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir + ": " + e, e);
        }
    }

    private static String name(int epoch, String extension) {
        return String.format(Locale.ROOT, "epoch-%03d.%s", epoch, extension);
    }

    /** The history as CSV; doubles in Java's shortest exact form, so reading it back gives the same numbers. */
    static String csv(TrainingHistory history) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (EpochResult r : history.all()) {
            s.append(r.epoch())
                    .append(',')
                    .append(r.trainingLoss())
                    .append(',')
                    .append(r.trainingAccuracy())
                    .append(',')
                    .append(r.validationLoss())
                    .append(',')
                    .append(r.validationAccuracy())
                    .append(',')
                    .append(r.seconds())
                    .append('\n');
        }
        if (!history.steps().isEmpty()) {
            s.append('\n').append(STEP_HEADER).append('\n');
            for (TrainingStep step : history.steps()) {
                s.append(step.epoch())
                        .append(',')
                        .append(step.position())
                        .append(',')
                        .append(step.loss())
                        .append(',')
                        .append(step.accuracy())
                        .append('\n');
            }
        }
        return s.toString();
    }

    private static List<TrainingStep> readSteps(Path file, List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(STEP_HEADER)) {
            throw new IllegalArgumentException(
                    file + ": expected the header line " + STEP_HEADER + " after the epochs");
        }
        List<TrainingStep> steps = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length != 4) {
                throw new IllegalArgumentException(file + ": expected 4 comma-separated values, found: " + line);
            }
            steps.add(new TrainingStep(
                    Integer.parseInt(f[0]),
                    Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3])));
        }
        return steps;
    }

    private static TrainingHistory readHistory(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new IllegalArgumentException(file + ": expected the header line " + HEADER);
            }
            List<EpochResult> epochs = new ArrayList<>();
            int end = lines.indexOf(""); // then the steps, in files written since steps were recorded
            List<TrainingStep> steps = end < 0 ? List.of() : readSteps(file, lines.subList(end + 1, lines.size()));
            for (String line : lines.subList(1, end < 0 ? lines.size() : end)) {
                String[] f = line.split(",");
                if (f.length != 6) {
                    throw new IllegalArgumentException(file + ": expected 6 comma-separated values, found: " + line);
                }
                epochs.add(new EpochResult(
                        Integer.parseInt(f[0]),
                        Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])));
            }
            TrainingHistory history = TrainingHistory.empty();
            for (EpochResult epoch : epochs) {
                history = history.plus(
                        epoch,
                        steps.stream()
                                .filter(step -> step.epoch() == epoch.epoch())
                                .toList());
            }
            return history;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e, e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": not a number: " + e.getMessage(), e);
        }
    }

    /** @return the folder it was loaded from */
    public Path folder() {
        return folder;
    }

    /** @return the network as it was after the checkpoint's epoch; {@link Trainer#resume} trains it in place */
    public MultiLayerNetwork model() {
        return model;
    }

    /** @return the history up to and including the checkpoint's epoch */
    public TrainingHistory history() {
        return history;
    }

    /** @return the number of epochs trained so far */
    public int epochs() {
        return history.epochs();
    }

    @Override
    public String toString() {
        return "Checkpoint[" + folder.getFileName() + ", after epoch " + epochs() + "]";
    }
}
