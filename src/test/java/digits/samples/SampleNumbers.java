package digits.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Makes the sample pictures in {@code notebooks/my-numbers/}: numbers written with Java2D pen strokes on
 * imitation paper, as a phone photo of a handwritten number might come (ruled paper, uneven light and a shadow,
 * a photo stored turned with an EXIF orientation tag, the page lying on a darker table, digits that touch).
 * Synthesised, not photographed.
 *
 * <p>Run from the project root after {@code mvn -o -q test-compile}:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" digits.samples.SampleNumbers notebooks/my-numbers}
 */
public final class SampleNumbers {

    private static final Map<Character, Path2D> DIGITS = Map.of(
            '0',
            DigitGlyphs.zero(),
            '1',
            DigitGlyphs.one(),
            '2',
            DigitGlyphs.two(),
            '3',
            DigitGlyphs.three(),
            '4',
            DigitGlyphs.four(),
            '7',
            DigitGlyphs.seven(),
            '9',
            DigitGlyphs.nine());

    private SampleNumbers() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "notebooks/my-numbers");
        Files.createDirectories(folder);
        Random random = new Random(2026);

        BufferedImage lined = paper(1200, 520, new Color(244, 241, 230), 6, random);
        rule(lined, 70, new Color(150, 170, 205));
        write(lined, "4093", 190, 120, 170, 0.3, new Color(25, 40, 110), 16f);
        BufferedImage photo = TestPictures.underUnevenLight(lined, 0.45, 0.45, 820, 380, 330);
        ImageIO.write(
                photo, "jpg", folder.resolve("4093-pen-on-lined-paper.jpg").toFile());
        Files.write(
                folder.resolve("4093-stored-sideways.jpg"),
                TestPictures.jpegWithOrientation(TestPictures.turnedAnticlockwise(photo), 6));
        ImageIO.write(
                TestPictures.onATable(photo, 1800, 1200, 0, 7),
                "jpg",
                folder.resolve("4093-page-on-a-table.jpg").toFile());

        BufferedImage touching = paper(900, 360, new Color(250, 250, 247), 4, random);
        write(touching, "7210", 150, 90, 170, -0.04, new Color(20, 20, 20), 18f);
        ImageIO.write(
                touching, "png", folder.resolve("7210-touching-digits.png").toFile());
    }

    /** Writes {@code number} from (x, y), each digit {@code height} tall, {@code space} of the height apart. */
    private static void write(
            BufferedImage image, String number, int x, int y, int height, double space, Color ink, float pen) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(ink);
            g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double left = x, width = 0.62 * height;
            for (char c : number.toCharArray()) {
                AffineTransform box = new AffineTransform(width, 0, 0, height, left, y);
                g.draw(box.createTransformedShape(DIGITS.get(c)));
                left += width + space * height;
            }
        } finally {
            g.dispose();
        }
    }

    /** Paper of one colour with grain in patches of 4 x 4 pixels (as {@link SampleDigits} makes it). */
    private static BufferedImage paper(int width, int height, Color colour, int grain, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < height; py += 4) {
            for (int px = 0; px < width; px += 4) {
                int noise = random.nextInt(2 * grain + 1) - grain;
                int rgb = new Color(
                                clamp(colour.getRed() + noise),
                                clamp(colour.getGreen() + noise),
                                clamp(colour.getBlue() + noise))
                        .getRGB();
                for (int y = py; y < Math.min(height, py + 4); y++) {
                    for (int x = px; x < Math.min(width, px + 4); x++) {
                        image.setRGB(x, y, rgb);
                    }
                }
            }
        }
        return image;
    }

    private static void rule(BufferedImage image, int spacing, Color colour) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        for (int y = spacing; y < image.getHeight(); y += spacing) {
            g.fillRect(0, y, image.getWidth(), 3);
        }
        g.dispose();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
