package digits.photos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.image.PictureException;
import digits.numbers.NumberSegmentation;
import digits.owndigits.OwnDigit;
import digits.samples.TestPictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoTest {

    @TempDir
    Path folder;

    /** A 7 with a thick pen on white, in a picture wider than tall. */
    private static BufferedImage seven(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(height / 12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int left = width / 3, top = height / 6, side = height * 2 / 3;
        g.drawLine(left, top, left + side * 2 / 3, top);
        g.drawLine(left + side * 2 / 3, top, left + side / 4, top + side);
        g.dispose();
        return image;
    }

    private static double meanDifference(DigitImage a, DigitImage b) {
        double sum = 0;
        for (int p = 0; p < DigitImage.PIXELS; p++) {
            sum += Math.abs(a.pixel(p / 28, p % 28) - b.pixel(p / 28, p % 28));
        }
        return sum / DigitImage.PIXELS;
    }

    @Test
    void jpegWithExifOrientation6IsReadUpright() throws IOException {
        BufferedImage upright = seven(300, 200);
        Path file = folder.resolve("7-phone.jpg");
        Files.write(file, TestPictures.jpegWithOrientation(TestPictures.turnedAnticlockwise(upright), 6));
        BufferedImage stored = ImageIO.read(file.toFile());
        assertEquals(200, stored.getWidth(), "ImageIO alone gives the stored, turned pixels");

        Photo photo = Photo.read(file);
        assertEquals(6, photo.orientation());
        assertEquals(300, photo.image().getWidth());
        assertEquals(200, photo.image().getHeight());
        assertEquals(300, photo.fileWidth());
        double difference = meanDifference(
                OwnDigit.fromImage("upright", upright).digit(),
                OwnDigit.fromFile(file).digit());
        assertTrue(difference < 6, "read upright, the 7 is the 7 drawn: mean difference " + difference + " of 255");
        DigitImage sideways = OwnDigit.fromImage("stored", stored).digit();
        assertTrue(
                meanDifference(OwnDigit.fromImage("upright", upright).digit(), sideways) > 20,
                "the check can fail: the stored pixels are a different picture");
    }

    @Test
    void readAsStoredLeavesThePixelsOnTheirSide() throws IOException {
        Path file = folder.resolve("7-phone.jpg");
        Files.write(file, TestPictures.jpegWithOrientation(TestPictures.turnedAnticlockwise(seven(300, 200)), 6));

        Photo stored = Photo.readAsStored(file.toString());
        assertEquals(200, stored.image().getWidth());
        assertEquals(300, stored.image().getHeight());
        assertEquals(6, stored.orientation());
        assertTrue(stored.toString().endsWith("EXIF orientation 6, not applied]"), stored.toString());
        assertEquals(300, Photo.read(file).image().getWidth(), "read, the same file comes out upright");
    }

    @Test
    void theShippedDigitSamplesAreReadPixelForPixelAsImageIoReadsThem() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("notebooks", "my-digits"))) {
            samples = files.filter(f -> !f.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(5, samples.size());
        for (Path file : samples) {
            BufferedImage before = ImageIO.read(file.toFile()),
                    now = Photo.read(file).image();
            assertEquals(before.getType(), now.getType(), file.toString());
            int[] a = before.getRGB(0, 0, before.getWidth(), before.getHeight(), null, 0, before.getWidth());
            int[] b = now.getRGB(0, 0, now.getWidth(), now.getHeight(), null, 0, now.getWidth());
            assertArrayEquals(a, b, file + " is read as before");
        }
    }

    @Test
    void jpegWithoutOrientationIsReadAsStored() throws IOException {
        Path file = folder.resolve("plain.jpg");
        ImageIO.write(seven(300, 200), "jpg", file.toFile());
        Photo photo = Photo.read(file);
        assertEquals(1, photo.orientation());
        assertEquals(300, photo.image().getWidth());
    }

    @Test
    void corruptJpegIsNamed() throws IOException {
        Path whole = folder.resolve("whole.jpg");
        ImageIO.write(seven(300, 200), "jpg", whole.toFile());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut-short.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromFile(cut));
        assertTrue(e.getMessage().contains("cut-short.jpg") && e.getMessage().contains("damaged"), e.getMessage());

        byte[] garbage = new byte[400];
        Arrays.fill(garbage, (byte) 0x5a);
        System.arraycopy(bytes, 0, garbage, 0, 40); // a JPEG's start, then nonsense
        Path broken = Files.write(folder.resolve("broken.jpg"), garbage);
        PictureException e2 = assertThrows(PictureException.class, () -> NumberSegmentation.fromFile(broken));
        assertTrue(e2.getMessage().contains("broken.jpg"), e2.getMessage());
    }

    @Test
    void pictureTooLargeToReadIsRefusedNamingItsSize() throws IOException {
        Path file = Files.write(folder.resolve("huge.png"), TestPictures.pngHeader(60_000, 60_000));
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromFile(file));
        assertTrue(e.getMessage().contains("huge.png") && e.getMessage().contains("60,000 x 60,000"), e.getMessage());
    }

    @Test
    void truncatedLargePngIsDamagedNotOutOfMemory() throws IOException {
        Path file = Files.write(folder.resolve("short.png"), TestPictures.pngHeader(20_000, 15_000));
        PictureException e = assertThrows(PictureException.class, () -> Photo.read(file));
        assertTrue(e.getMessage().contains("short.png") && e.getMessage().contains("20,000 x 15,000"), e.getMessage());
    }

    @Test
    void textFileIsNotAPicture() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.jpg"), "not a picture", StandardCharsets.UTF_8);
        PictureException e = assertThrows(PictureException.class, () -> Photo.read(file));
        assertTrue(e.getMessage().contains("notes.jpg") && e.getMessage().contains("not a picture"), e.getMessage());
    }

    @Test
    void largePictureIsShrunkToTheWorkingSize() throws IOException {
        Path file = folder.resolve("7-large.png");
        ImageIO.write(seven(4_000, 3_000), "png", file.toFile());
        Photo photo = Photo.read(file);
        assertEquals(Photo.WORKING_SIDE, photo.image().getWidth());
        assertEquals(1_200, photo.image().getHeight());
        assertEquals(2.5, photo.scale(), 1e-9);
        double difference = meanDifference(
                OwnDigit.fromImage("small", seven(400, 300)).digit(),
                OwnDigit.fromFile(file).digit());
        assertTrue(difference < 6, "the same 7 at any size: mean difference " + difference);
    }

    /** A 108-megapixel photo, read in a JVM with the kernel's 768 MB heap (the full bitmap alone would need 432 MB as RGB). */
    @Test
    void photoOf12000By9000PixelsIsReadWithin768Megabytes() throws Exception {
        Path file = folder.resolve("large-17.png");
        BufferedImage page = new BufferedImage(12_000, 9_000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 12_000, 9_000);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(300, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(4_000, 2_500, 4_000, 6_500); // a 1
        g.drawLine(5_500, 2_500, 8_000, 2_500); // a 7
        g.drawLine(8_000, 2_500, 6_200, 6_500);
        g.dispose();
        ImageIO.write(page, "png", file.toFile());
        page = null;

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargePhotoCheck.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, "finished within 2 minutes: " + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(
                output.contains("number of 2 digits") && output.contains("12,000 x 9,000 pixels in the file"), output);
        assertTrue(
                output.contains("own digit refused: large-17.png shows 2 digits side by side"),
                "the single-digit path reads the whole photo, then refuses the 17: " + output);
    }
}
