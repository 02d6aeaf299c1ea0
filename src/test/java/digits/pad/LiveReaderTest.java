package digits.pad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.display.Pictures;
import digits.evaluation.Predictor;
import digits.evaluation.TestModel;
import digits.image.PictureException;
import digits.owndigits.OwnDigit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveReaderTest {

    static final Path SAMPLES = Path.of("notebooks", "my-digits");

    @TempDir
    Path folder;

    /** Saves a file the way the Jupyter server does: written aside, then moved into place. */
    static void save(Path file, byte[] bytes) throws Exception {
        Path aside = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(aside, bytes);
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void eachSavedDrawingIsReadOnceAsThePredictorReadsIt() throws Exception {
        Predictor predictor = TestModel.predictor();
        LiveReader reader = LiveReader.of(folder, "my-digit.png", predictor);
        assertTrue(reader.poll().isEmpty(), "nothing saved yet");

        save(folder.resolve("my-digit.png"), Files.readAllBytes(SAMPLES.resolve("7-drawn-on-the-pad.png")));
        LiveReading first = reader.poll().orElseThrow();
        assertEquals(1, first.sequence());
        assertEquals(
                predictor.predict(OwnDigit.fromDrawing(folder, "my-digit.png").digit()),
                first.prediction().orElseThrow());
        assertTrue(reader.poll().isEmpty(), "the same file is not read twice");

        save(folder.resolve("my-digit.png"), Files.readAllBytes(SAMPLES.resolve("3-pencil.png")));
        LiveReading second = reader.poll().orElseThrow();
        assertEquals(2, second.sequence());
        assertEquals(
                predictor.predict(OwnDigit.fromDrawing(folder, "my-digit.png").digit()),
                second.prediction().orElseThrow());
        assertEquals(
                OwnDigit.fromDrawing(folder, "my-digit.png").digit(),
                second.drawing().orElseThrow().digit());
    }

    @Test
    void aMissingEmptyOrHalfWrittenFileIsSkippedAndReadOnceWhole() throws Exception {
        LiveReader reader = LiveReader.of(folder, "my-digit.png", TestModel.predictor());
        Path file = folder.resolve("my-digit.png");
        byte[] whole = Files.readAllBytes(SAMPLES.resolve("7-drawn-on-the-pad.png"));

        assertTrue(reader.poll().isEmpty(), "missing");
        Files.write(file, new byte[0]);
        assertTrue(reader.poll().isEmpty(), "empty");
        for (int cut : new int[] {8, whole.length / 3, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, cut)); // written in place, caught mid-write
            assertTrue(reader.poll().isEmpty(), "the first " + cut + " of " + whole.length + " bytes");
        }
        Files.write(file, whole);
        assertTrue(reader.poll().isPresent(), "read once whole");
        assertEquals(1, reader.readings());
    }

    @Test
    void aPngThatEndsRightButDoesNotDecodeIsSkipped() throws Exception {
        byte[] whole = Files.readAllBytes(SAMPLES.resolve("7-drawn-on-the-pad.png"));
        byte[] broken = whole.clone();
        Arrays.fill(broken, 40, whole.length - 20, (byte) 0x55); // start and end intact, the data garbled
        assertNull(LiveReader.wholePng(broken));
        assertNotNull(LiveReader.wholePng(whole));
    }

    @Test
    void aClearedPadIsAnEmptyReading() throws Exception {
        LiveReader reader = LiveReader.of(folder, "my-digit.png", TestModel.predictor());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(Pictures.white(280, 280), "png", png);
        save(folder.resolve("my-digit.png"), png.toByteArray());
        LiveReading reading = reader.poll().orElseThrow();
        assertTrue(reading.isEmpty());
        assertFalse(reading.prediction().isPresent());
        assertTrue(reading.toString().contains("empty"), reading.toString());
    }

    @Test
    void twoDigitsSideBySideAreNotReadAsOneAndTheLearnerIsToldWhy() throws Exception {
        LiveReader reader = LiveReader.of(folder, "my-digit.png", TestModel.predictor());
        BufferedImage pad = Pictures.white(280, 280);
        Graphics2D pen = pad.createGraphics();
        pen.setColor(Color.BLACK);
        pen.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        pen.drawLine(60, 70, 60, 210); // a 1 on the left
        pen.drawOval(150, 70, 90, 140); // a 0 apart on the right
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(pad, "png", png);
        save(folder.resolve("my-digit.png"), png.toByteArray());
        LiveReading reading = reader.poll().orElseThrow();
        assertFalse(reading.isEmpty(), "the pad holds ink");
        assertTrue(reading.prediction().isEmpty(), "the network is not asked about two digits");
        assertTrue(reading.notOneDigit().orElseThrow().contains("2 digits side by side"), reading.toString());
        assertEquals(
                "Reading 1: that looks like more than one digit, so the network is not asked. Clear the pad and "
                        + "draw one digit.",
                PadWording.live(reading));
    }

    @Test
    void whatTheFileHeldBeforeTheReaderStartedIsNotRead() throws Exception {
        save(folder.resolve("my-digit.png"), Files.readAllBytes(SAMPLES.resolve("7-drawn-on-the-pad.png")));
        LiveReader reader = LiveReader.of(folder, "my-digit.png", TestModel.predictor());
        assertTrue(reader.poll().isEmpty());
    }

    @Test
    void aClearedDrawingIsReadAsTheSampleWithANote() throws Exception {
        Files.createDirectories(folder.resolve("my-digits"));
        Files.copy(SAMPLES.resolve("7-drawn-on-the-pad.png"), folder.resolve(OwnDigit.SAMPLE_DRAWING));
        ImageIO.write(
                Pictures.white(280, 280), "png", folder.resolve("my-digit.png").toFile());
        assertEquals(
                OwnDigit.fromFile(folder.resolve(OwnDigit.SAMPLE_DRAWING)).digit(),
                OwnDigit.fromDrawing(folder, "my-digit.png").digit());
        Files.writeString(folder.resolve("broken.png"), "not a picture");
        org.junit.jupiter.api.Assertions.assertThrows(
                PictureException.class,
                () -> OwnDigit.fromDrawing(folder, "broken.png"),
                "a broken file is an error, not the sample");
    }
}
