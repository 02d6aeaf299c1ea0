package digits.display;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The start of every picture the library draws: white paper and a pen with smooth text. */
public final class Pictures {

    private Pictures() {
    }

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
}
