package digits.display;

import digits.check.Check;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** The start of every picture the library paints (white paper, a pen with smooth text) and a few shared strokes. */
public final class Pictures {

    private Pictures() {}

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @return an RGB picture, all white
     */
    public static BufferedImage white(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /**
     * Graphics to draw on {@code image} with; the caller disposes of it.
     *
     * @param image the picture to draw on
     * @param smoothShapes whether lines and shapes are anti-aliased too (text always is); crisp
     *     pixel grids and frames look better without
     * @return the graphics
     */
    public static Graphics2D pen(BufferedImage image, boolean smoothShapes) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (smoothShapes) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        }
        return g;
    }

    /**
     * Stacks pictures top to bottom on white, left-aligned.
     *
     * @param pictures one or more pictures
     * @return one picture as wide as the widest
     */
    public static BufferedImage stack(List<BufferedImage> pictures) {
        int width = pictures.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int height = pictures.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage image = white(width, Math.max(1, height));
        Graphics2D g = pen(image, false);
        try {
            int y = 0;
            for (BufferedImage picture : pictures) {
                g.drawImage(picture, 0, y, null);
                y += picture.getHeight();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A small picture made larger for the eye, each pixel a square of {@code times} x {@code times} pixels (no
     * smoothing, so the pixels stay visible as the network gets them).
     *
     * @param picture the picture
     * @param times   how many times larger, 1 to 16
     * @return a new picture
     */
    public static BufferedImage enlarged(BufferedImage picture, int times) {
        Check.inRange("times", times, 1, 16);
        BufferedImage image =
                new BufferedImage(picture.getWidth() * times, picture.getHeight() * times, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(image, false);
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(picture, 0, 0, image.getWidth(), image.getHeight(), null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A large picture made smaller for the page, smoothly, keeping its proportions.
     *
     * @param picture  the picture
     * @param longSide the most pixels its longer side may have, 16 to 4,000
     * @return a new picture whose longer side is {@code longSide} pixels, or a copy where it is no longer already
     */
    public static BufferedImage shrunk(BufferedImage picture, int longSide) {
        Check.inRange("longSide", longSide, 16, 4_000);
        double scale = Math.min(1.0, (double) longSide / Math.max(picture.getWidth(), picture.getHeight()));
        int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(image, true);
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(picture, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws {@code text} with its middle at {@code centreX}, in the pen's current font and colour. */
    static void centred(Graphics2D g, String text, int centreX, int baseline) {
        g.drawString(text, centreX - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    /** {@code text}, shortened with "…" until it fits {@code width} pixels in the pen's font. */
    static String fit(String text, FontMetrics metrics, int width) {
        String shown = text;
        while (shown.length() > 1 && metrics.stringWidth(shown) > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    /**
     * Draws {@code picture} scaled to fit a {@code box} x {@code box} square at (x, y), centred, smoothly when it
     * shrinks, on the backdrop colour (for transparent pictures), optionally inside a thin frame.
     */
    static void fitted(Graphics2D g, BufferedImage picture, int x, int y, int box, boolean frame) {
        double scale = Math.min((double) box / picture.getWidth(), (double) box / picture.getHeight());
        int w = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        g.setRenderingHint(
                RenderingHints.KEY_INTERPOLATION,
                scale < 1
                        ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                        : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        int px = x + (box - w) / 2, py = y + (box - h) / 2;
        g.setColor(Palette.BACKDROP);
        g.fillRect(px, py, w, h);
        g.drawImage(picture, px, py, w, h, null);
        if (frame) {
            g.setColor(Palette.FRAME);
            g.drawRect(px - 1, py - 1, w + 1, h + 1);
        }
    }

    /**
     * Ten probabilities as small bars over the digits 0..9, the base line at {@code y + height}.
     *
     * @param colours the colour of each digit's bar
     * @param labels  the colour of each digit's label under its bar
     */
    static void probabilityBars(
            Graphics2D g,
            float[] probabilities,
            int x,
            int y,
            int barWidth,
            int height,
            Color[] colours,
            Color[] labels) {
        g.setColor(Palette.GRID_LINE);
        g.drawLine(x, y + height, x + 10 * barWidth, y + height);
        for (int d = 0; d < 10; d++) {
            boolean marked = !colours[d].equals(Palette.OTHER_BAR);
            // a marked bar (the answer, the true digit) stays visible even at a probability near 0
            int h = Math.max(marked ? 3 : 0, (int) Math.round(probabilities[d] * height));
            g.setColor(colours[d]);
            g.fillRect(x + d * barWidth + 1, y + height - h, barWidth - 2, h);
            g.setColor(labels[d]);
            g.setFont(
                    marked ? Palette.TINY.deriveFont(java.awt.Font.BOLD, Palette.TINY.getSize2D() + 2) : Palette.TINY);
            FontMetrics m = g.getFontMetrics();
            String label = String.valueOf(d);
            g.drawString(label, x + d * barWidth + (barWidth - m.stringWidth(label)) / 2, y + height + 12);
        }
    }
}
