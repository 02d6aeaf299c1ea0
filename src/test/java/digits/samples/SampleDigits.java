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
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Makes the sample pictures in {@code notebooks/my-digits/}: digits drawn with Java2D pen strokes on
 * imitation paper, each in a different way a learner's own picture might come (pencil on grey paper,
 * blue pen saved as JPEG, chalk on a dark board, black ink on a transparent background).
 *
 * <p>Run from the project root after {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes digits.owndigits.SampleDigits notebooks/my-digits}
 */
public final class SampleDigits {

    private SampleDigits() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "notebooks/my-digits");
        Files.createDirectories(folder);
        Random random = new Random(2024);

        BufferedImage pencil = paper(300, 360, new Color(226, 224, 218), 10, random);
        draw(pencil, DigitGlyphs.three(), 80, 70, 140, 210, new Color(70, 70, 78), 24f);
        ImageIO.write(pencil, "png", folder.resolve("3-pencil.png").toFile());

        BufferedImage pen = paper(420, 300, new Color(246, 243, 232), 6, random);
        draw(pen, DigitGlyphs.seven(), 150, 50, 130, 200, new Color(30, 55, 150), 22f);
        ImageIO.write(pen, "jpg", folder.resolve("7-blue-pen.jpg").toFile());

        BufferedImage chalk = paper(320, 320, new Color(38, 58, 48), 8, random);
        draw(chalk, DigitGlyphs.four(), 90, 55, 140, 210, new Color(235, 235, 225), 26f);
        ImageIO.write(chalk, "png", folder.resolve("4-chalkboard.png").toFile());

        BufferedImage transparent = new BufferedImage(260, 300, BufferedImage.TYPE_INT_ARGB); // all transparent
        draw(transparent, DigitGlyphs.two(), 60, 45, 140, 210, Color.BLACK, 26f);
        ImageIO.write(transparent, "png", folder.resolve("2-transparent.png").toFile());

        // As DrawingPad saves it: black strokes, a round pen of 280/14 = 20 pixels, on a white 280 x 280 canvas.
        BufferedImage pad = new BufferedImage(280, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D white = pad.createGraphics();
        white.setColor(Color.WHITE);
        white.fillRect(0, 0, 280, 280);
        white.dispose();
        draw(pad, DigitGlyphs.seven(), 80, 50, 120, 180, Color.BLACK, 20f);
        ImageIO.write(pad, "png", folder.resolve("7-drawn-on-the-pad.png").toFile());
    }

    /**
     * A sheet of one colour with a little random grain in patches of 4 x 4 pixels, as a photographed page
     * has (patches rather than single pixels keep the PNG files small).
     */
    private static BufferedImage paper(int width, int height, Color colour, int grain, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[][] patches = new int[height / 4 + 1][width / 4 + 1];
        for (int[] row : patches) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextInt(2 * grain + 1) - grain;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = patches[y / 4][x / 4];
                image.setRGB(
                        x,
                        y,
                        new Color(
                                        clamp(colour.getRed() + noise),
                                        clamp(colour.getGreen() + noise),
                                        clamp(colour.getBlue() + noise))
                                .getRGB());
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** Draws a stroke path given in a unit box into the box (x, y, width, height) with a round pen. */
    private static void draw(
            BufferedImage image, Path2D unitPath, int x, int y, int width, int height, Color ink, float pen) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(ink);
            g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            AffineTransform box = new AffineTransform(width, 0, 0, height, x, y);
            g.draw(box.createTransformedShape(unitPath));
        } finally {
            g.dispose();
        }
    }
}
