package digits.pad;

import digits.evaluation.Predictor;
import digits.image.Ink;
import digits.image.PictureException;
import digits.owndigits.DrawingName;
import digits.owndigits.OwnDigit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Watches the file the drawing pad saves into and reads the drawing each time it changes: brings it into MNIST
 * form ({@link OwnDigit}) and asks the network. Meant to be polled often (every few tens of milliseconds); a
 * poll that finds nothing new costs one look at the file's size and time.
 *
 * <p>The pad saves through the Jupyter server, which may be caught in the middle of writing: a missing file, an
 * empty one, or a PNG without its end is skipped without an error and read on a later poll once it is whole.
 *
 * <pre>{@code
 * var reader = LiveReader.of(Path.of(""), "my-digit.png", predictor);
 * reader.poll().ifPresent(reading -> ...);   // a new reading, or nothing new yet
 * }</pre>
 */
public final class LiveReader {

    /** The last 12 bytes of every whole PNG file: the empty IEND chunk with its checksum. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Path file;
    private final String fileName;
    private final Predictor predictor;
    private Optional<FileSignature> seen;
    private int readings;

    private LiveReader(Path file, String fileName, Predictor predictor) {
        this.file = file;
        this.fileName = fileName;
        this.predictor = predictor;
        this.seen = FileSignature.of(file);
    }

    /**
     * A reader that ignores what the file holds now and reads only what is saved from now on.
     *
     * @param folder    the notebook's folder
     * @param fileName  the pad's file name, such as {@code my-digit.png}
     * @param predictor the network to ask
     * @return the reader
     * @throws IllegalArgumentException if the name is not a plain {@code .png} file name
     */
    public static LiveReader of(Path folder, String fileName, Predictor predictor) {
        return new LiveReader(
                folder.resolve(DrawingName.checked(fileName)),
                fileName,
                Objects.requireNonNull(predictor, "predictor"));
    }

    /**
     * Looks at the file once.
     *
     * @return a new reading if the file changed since the last reading and holds a whole picture; nothing if it
     *     did not change, is missing, or is still being written
     */
    public Optional<LiveReading> poll() {
        Optional<FileSignature> now = FileSignature.of(file);
        if (now.isEmpty() || now.equals(seen)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty(); // replaced or removed while we looked: the next poll sees the new file
        }
        BufferedImage image = wholePng(bytes);
        if (image == null) {
            return Optional.empty(); // half-written: its size or time changes again when the writing ends
        }
        seen = now;
        readings++;
        OwnDigit drawing;
        try {
            drawing = OwnDigit.fromImage(fileName, image);
        } catch (PictureException notOne) {
            return Optional.of(
                    notOne.getMessage().startsWith(Ink.NO_INK)
                            ? LiveReading.empty(readings, fileName)
                            : LiveReading.notOneDigit(readings, fileName, notOne.getMessage()));
        }
        return Optional.of(LiveReading.of(readings, fileName, drawing, predictor.predict(drawing.digit())));
    }

    /** @return how many readings this reader has made */
    public int readings() {
        return readings;
    }

    /** The picture if {@code bytes} are a whole PNG file (its start, its end, and it decodes), else {@code null}. */
    static BufferedImage wholePng(byte[] bytes) {
        if (bytes.length < PNG_START.length + PNG_END.length
                || !Arrays.equals(bytes, 0, PNG_START.length, PNG_START, 0, PNG_START.length)
                || !Arrays.equals(bytes, bytes.length - PNG_END.length, bytes.length, PNG_END, 0, PNG_END.length)) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image != null && image.getWidth() >= 2 && image.getHeight() >= 2 ? image : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
