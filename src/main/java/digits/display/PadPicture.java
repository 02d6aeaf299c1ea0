package digits.display;

import digits.check.Check;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Still pictures of the drawing pad, for where its script does not run (GitHub's viewer, an untrusted notebook, a
 * notebook run without a browser).
 */
public final class PadPicture {

    /** The live pad's buttons, as its script shows them under the canvas, before its "inside view" switch. */
    private static final List<String> LIVE_BUTTONS = List.of("Clear", "Done");

    private static final int MARGIN = 10;
    private static final int GAP = 16;
    private static final int CONTROLS_HEIGHT = 34;

    private PadPicture() {}

    /**
     * @param side the pad's side in pixels, at least 100
     * @return an empty pad: a dashed frame with a line of help
     * @throws IllegalArgumentException if the side is too small for the help text
     */
    public static BufferedImage empty(int side) {
        Check.atLeast("side", side, 100);
        BufferedImage image = Pictures.white(side, side);
        Graphics2D g = Pictures.pen(image, true);
        try {
            g.setColor(Palette.OUTLINE);
            g.setStroke(
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            g.drawRect(10, 10, side - 21, side - 21);
            g.setFont(Palette.TEXT_LARGE);
            Pictures.centred(g, "draw one digit here", side / 2, side / 2 - 8);
            Pictures.centred(g, "(live in JupyterLab)", side / 2, side / 2 + 14);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The live pad in use, as a learner sees it in JupyterLab: a drawing on the pad's canvas with the pad's
     * buttons under it, and the network's reading beside it.
     *
     * @param side    the canvas's side in pixels, at least 100
     * @param drawing what is drawn on the canvas, scaled to fill it
     * @param reading the reading beside the pad, as {@link ReadingPicture} paints it
     * @return the picture
     * @throws IllegalArgumentException if the side is too small
     */
    public static BufferedImage inUse(int side, BufferedImage drawing, BufferedImage reading) {
        Check.atLeast("side", side, 100);
        Objects.requireNonNull(drawing, "drawing");
        Objects.requireNonNull(reading, "reading");
        int width = MARGIN + side + 2 + GAP + reading.getWidth() + MARGIN;
        int height = MARGIN + Math.max(side + 2 + CONTROLS_HEIGHT, reading.getHeight()) + MARGIN;
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = Pictures.pen(image, true);
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(drawing, MARGIN + 1, MARGIN + 1, side, side, null);
            g.setColor(Palette.OUTLINE);
            g.drawRect(MARGIN, MARGIN, side + 1, side + 1);
            controls(g, MARGIN, MARGIN + side + 2 + 8);
            g.drawImage(reading, MARGIN + side + 2 + GAP, MARGIN, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The live pad's buttons and its "inside view" switch, unticked. */
    private static void controls(Graphics2D g, int x, int top) {
        g.setFont(Palette.CAPTION);
        int height = 22;
        for (String label : LIVE_BUTTONS) {
            int width = g.getFontMetrics().stringWidth(label) + 16;
            g.setColor(Palette.BACKDROP);
            g.fillRoundRect(x, top, width, height, 6, 6);
            g.setColor(Palette.OUTLINE);
            g.drawRoundRect(x, top, width, height, 6, 6);
            g.setColor(Palette.TEXT);
            g.drawString(label, x + 8, top + 15);
            x += width + 6;
        }
        g.setColor(Palette.OUTLINE);
        g.drawRect(x + 4, top + 5, 12, 12);
        g.setColor(Palette.TEXT);
        g.drawString("inside view", x + 22, top + 15);
    }
}
