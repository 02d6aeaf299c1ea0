package digits.display;

import digits.data.DigitImage;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * One reading of a digit as the live drawing pad shows it beside the canvas: the 28 x 28 picture the network
 * actually receives, its ten probabilities as bars, and the digit read with its confidence in large type.
 *
 * <pre>{@code
 * ReadingPicture.of(digit, prediction.probabilities(), prediction.digit())
 * }</pre>
 */
public final class ReadingPicture {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 200;
    private static final int PIXEL = 5;
    private static final int BAR = 24;
    private static final int BARS_HEIGHT = 110;
    private static final Font BIG = new Font(Font.SANS_SERIF, Font.BOLD, 72);

    private ReadingPicture() {}

    /**
     * @param digit         the digit in MNIST form, as the network receives it
     * @param probabilities the network's ten probabilities
     * @param read          the digit the network read, 0..9
     * @return the picture
     */
    public static BufferedImage of(DigitImage digit, float[] probabilities, int read) {
        if (probabilities.length != 10 || read < 0 || read > 9) {
            throw new IllegalArgumentException("a reading needs 10 probabilities and a digit 0..9");
        }
        BufferedImage image = Pictures.white(WIDTH, HEIGHT);
        Graphics2D g = Pictures.pen(image, true);
        try {
            int side = 28 * PIXEL;
            g.drawImage(digit.toBufferedImage(PIXEL), 10, 30, null);
            g.setColor(Palette.FRAME);
            g.drawRect(9, 29, side + 1, side + 1);
            caption(g, "what the network receives", 10, 20);
            caption(g, "28 x 28, centred like MNIST", 10, 30 + side + 16);

            int bx = 190;
            caption(g, "the ten probabilities", bx, 20);
            Color[] colours = new Color[10];
            Color[] labels = new Color[10];
            for (int d = 0; d < 10; d++) {
                colours[d] = d == read ? Palette.BLUE : Palette.OTHER_BAR;
                labels[d] = d == read ? Palette.TEXT : Palette.TEXT_SOFT;
            }
            Pictures.probabilityBars(g, probabilities, bx, 40, BAR, BARS_HEIGHT, colours, labels);

            int rx = 450;
            caption(g, "the network reads", rx, 20);
            g.setFont(BIG);
            g.setColor(Palette.BLUE);
            g.drawString(String.valueOf(read), rx + 22, 120);
            g.setFont(Palette.TITLE);
            g.setColor(Palette.TEXT);
            g.drawString(Percent.of(probabilities[read]) + " sure", rx, 150);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The reading's place while there is nothing to read.
     *
     * @param message one line, such as "the pad is empty"
     * @return the picture: an empty 28 x 28 frame, flat bars and the message
     */
    public static BufferedImage waiting(String message) {
        BufferedImage image = Pictures.white(WIDTH, HEIGHT);
        Graphics2D g = Pictures.pen(image, true);
        try {
            int side = 28 * PIXEL;
            g.setColor(Palette.BACKDROP);
            g.fillRect(10, 30, side, side);
            g.setColor(Palette.FRAME);
            g.drawRect(9, 29, side + 1, side + 1);
            caption(g, "what the network receives", 10, 20);
            int bx = 190;
            caption(g, "the ten probabilities", bx, 20);
            Color[] grey = new Color[10];
            java.util.Arrays.fill(grey, Palette.OTHER_BAR);
            Color[] labels = new Color[10];
            java.util.Arrays.fill(labels, Palette.TEXT_FAINT);
            Pictures.probabilityBars(g, new float[10], bx, 40, BAR, BARS_HEIGHT, grey, labels);
            g.setFont(Palette.TITLE);
            g.setColor(Palette.TEXT_SOFT);
            g.drawString(message, 190, 30 + side + 16 + 4);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void caption(Graphics2D g, String text, int x, int baseline) {
        g.setFont(Palette.CAPTION);
        g.setColor(Palette.TEXT_SOFT);
        g.drawString(text, x, baseline);
    }
}
