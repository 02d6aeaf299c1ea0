package digits.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Pictures and files that the photo and number tests make: pen drawings, lighting, EXIF segments, PNG headers. */
public final class TestPictures {

    private TestPictures() {}

    /**
     * A white page with black strokes drawn by {@code pen} with a round pen 12 pixels wide, smoothed.
     *
     * @param width  the page's width, in pixels
     * @param height the page's height, in pixels
     * @param pen    what to draw
     * @return the page
     */
    public static BufferedImage drawn(int width, int height, Consumer<Graphics2D> pen) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        pen.accept(g);
        g.dispose();
        return page;
    }

    /** The picture enlarged {@code factor} times (nearest neighbour), in grey. */
    public static BufferedImage enlarged(BufferedImage picture, int factor) {
        BufferedImage out = new BufferedImage(
                picture.getWidth() * factor, picture.getHeight() * factor, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, picture.getRaster().getSample(x / factor, y / factor, 0));
            }
        }
        return out;
    }

    /**
     * The grey picture as if photographed under uneven light: multiplied by a light that falls from full on the
     * left to {@code darkest} on the right, and by a soft round shadow of {@code shadow} depth around (cx, cy).
     */
    public static BufferedImage underUnevenLight(
            BufferedImage picture, double darkest, double shadow, double cx, double cy, double radius) {
        int w = picture.getWidth(), h = picture.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double light = 1 - (1 - darkest) * x / (w - 1.0);
                double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (radius * radius);
                light *= 1 - shadow * Math.exp(-d2);
                int rgb = picture.getRGB(x, y);
                int r = (int) Math.round(((rgb >> 16) & 0xff) * light);
                int g = (int) Math.round(((rgb >> 8) & 0xff) * light);
                int b = (int) Math.round((rgb & 0xff) * light);
                out.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return out;
    }

    /**
     * A page photographed lying on a darker table: the page turned by {@code degrees} about its centre and laid in
     * the middle of a frame {@code frameWidth} x {@code frameHeight} of table (dark walnut, grain in random streaks
     * along its rows), the whole frame under light that falls from full on the left to three quarters on
     * the right.
     *
     * @param seed the table's grain
     */
    public static BufferedImage onATable(
            BufferedImage page, int frameWidth, int frameHeight, double degrees, long seed) {
        BufferedImage frame = table(frameWidth, frameHeight, seed);
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(frameWidth / 2.0, frameHeight / 2.0);
            g.rotate(Math.toRadians(degrees));
            g.drawImage(page, -page.getWidth() / 2, -page.getHeight() / 2, null);
        } finally {
            g.dispose();
        }
        return underUnevenLight(frame, 0.75, 0, 0, 0, 1);
    }

    /** A bare dark walnut table, {@code width} x {@code height}, its grain in random streaks along its rows. */
    public static BufferedImage table(int width, int height, long seed) {
        BufferedImage table = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            int streak = random.nextInt(17) - 8;
            for (int x = 0; x < width; x++) {
                int grain = streak + random.nextInt(7) - 3;
                table.setRGB(x, y, new Color(clamp(72 + grain), clamp(50 + grain), clamp(34 + grain)).getRGB());
            }
        }
        return table;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The picture turned a quarter anticlockwise: what a phone stores when it is held turned, tagging it 6. */
    public static BufferedImage turnedAnticlockwise(BufferedImage picture) {
        int w = picture.getWidth(), h = picture.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(y, w - 1 - x, picture.getRGB(x, y));
            }
        }
        return out;
    }

    /** A JPEG of the picture with an APP1 Exif segment (a minimal TIFF block) that says orientation {@code tag}. */
    public static byte[] jpegWithOrientation(BufferedImage picture, int tag) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        ByteBuffer exif = ByteBuffer.allocate(36);
        exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 34); // APP1; the length counts itself, not the marker
        exif.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // big-endian TIFF, first IFD at 8
        exif.putShort((short) 1); // one entry
        exif.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) tag)
                .putShort((short) 0);
        exif.putInt(0); // no next IFD
        int app0End = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff)); // after SOI and the JFIF APP0 segment
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, app0End);
        out.write(exif.array());
        out.write(plain, app0End, plain.length - app0End);
        return out.toByteArray();
    }

    /** A valid PNG header for a grey picture of any size, followed by a tiny IDAT: cheap to make, not to decode. */
    public static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data)) {
            deflate.write(new byte[64]);
        }
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
