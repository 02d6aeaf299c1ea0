package digits.display;

import digits.check.Check;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Still pictures of the drawing pad, for where its script does not run (GitHub's viewer, an untrusted notebook). */
public final class PadPicture {

    private PadPicture() {
    }

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
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f},
                    0f));
            g.drawRect(10, 10, side - 21, side - 21);
            g.setFont(Palette.TEXT_LARGE);
            Pictures.centred(g, "draw one digit here", side / 2, side / 2 - 8);
            Pictures.centred(g, "(live in JupyterLab)", side / 2, side / 2 + 14);
        } finally {
            g.dispose();
        }
        return image;
    }
}
