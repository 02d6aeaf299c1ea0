package digits.display;

import digits.check.Check;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Paints how a network that looks through a window at each column of a strip of ink finds digits: the strip,
 * enlarged; under each column a bar, how sure the network is that a digit's middle is there, with the digit it
 * sees; and the digits found, each under the columns of its middle.
 */
public final class MiddlePicture {

    private static final int GAP = CutPicture.GAP;
    private static final int LINE_HEIGHT = CutPicture.LINE_HEIGHT;
    private static final int BARS_HEIGHT = 80;
    private static final int MAX_SCALE = 12;
    private static final int MAX_WIDTH = 900;
    private static final String BARS = "each column: how sure the network is that a digit's middle is under it";
    private static final String FOUND = "the digits found (blue) and how sure the network is of each";

    private MiddlePicture() {}

    /**
     * A digit found.
     *
     * @param from       the first column of its middle
     * @param to         the column past the last
     * @param digit      the digit, 0 to 9
     * @param confidence how sure the network is of it, 0 to 1
     */
    public record Found(int from, int to, int digit, double confidence) {}

    /**
     * A strip and what the network says of its columns, as plain data.
     *
     * @param ink     the strip's ink, 0 (paper) to 1 (ink), row after row
     * @param width   its width, in columns
     * @param height  its height, in pixels
     * @param middle  for each column, the probability that a digit's middle is under it
     * @param digit   for each column, the digit the network sees most
     * @param found   the digits found, left to right
     */
    public record Strip(float[] ink, int width, int height, double[] middle, int[] digit, List<Found> found) {
        /** Checks the sizes. */
        public Strip {
            Check.atLeast("width", width, 1);
            Check.atLeast("height", height, 1);
            Objects.requireNonNull(ink, "ink");
            if (ink.length != width * height || middle.length != width || digit.length != width) {
                throw new IllegalArgumentException("ink must hold width x height = " + width * height
                        + " values and middle and digit " + width + " each, not " + ink.length + ", "
                        + middle.length + " and " + digit.length);
            }
            found = List.copyOf(found);
        }
    }

    /**
     * @param title a line above the picture
     * @param strip the strip
     * @return the picture
     */
    public static BufferedImage paint(String title, Strip strip) {
        int scale = Math.max(2, Math.min(MAX_SCALE, (MAX_WIDTH - 2 * GAP) / strip.width()));
        int stripW = strip.width() * scale;
        int text = Math.max(
                CutPicture.widest(Palette.TITLE, List.of(title)),
                CutPicture.widest(Palette.CAPTION, List.of(BARS, FOUND)));
        int width = Math.max(CutPicture.MIN_WIDTH, Math.max(stripW, text) + 2 * GAP);
        int inkTop = GAP + LINE_HEIGHT + 6;
        int barsTop = inkTop + strip.height() * scale + GAP + LINE_HEIGHT;
        int foundTop = barsTop + BARS_HEIGHT + LINE_HEIGHT + GAP + LINE_HEIGHT;
        int height = foundTop + 2 * LINE_HEIGHT + GAP;
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = CutPicture.titled(image, title);
        try {
            CutPicture.drawInk(g, strip.ink(), strip.width(), strip.height(), GAP, inkTop, scale);
            CutPicture.caption(g, BARS, barsTop - 6);
            drawBars(g, strip, barsTop, scale);
            CutPicture.caption(g, FOUND, foundTop - 6);
            drawFound(g, strip, foundTop, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawBars(Graphics2D g, Strip strip, int top, int scale) {
        g.setFont(Palette.TINY);
        for (int c = 0; c < strip.width(); c++) {
            int bar = (int) Math.round(BARS_HEIGHT * Math.max(0, Math.min(1, strip.middle()[c])));
            g.setColor(strip.middle()[c] >= 0.5 ? Palette.BLUE : Palette.OTHER_BAR);
            g.fillRect(GAP + c * scale, top + BARS_HEIGHT - bar, Math.max(1, scale - 1), bar);
            if (strip.middle()[c] >= 0.5 && scale >= 6) {
                Pictures.centred(
                        g, Integer.toString(strip.digit()[c]), GAP + c * scale + scale / 2, top + BARS_HEIGHT + 12);
            }
        }
        g.setColor(Palette.GRID_LINE);
        g.drawLine(GAP, top + BARS_HEIGHT, GAP + strip.width() * scale, top + BARS_HEIGHT);
    }

    private static void drawFound(Graphics2D g, Strip strip, int top, int scale) {
        for (Found f : strip.found()) {
            int x0 = GAP + f.from() * scale, x1 = GAP + f.to() * scale;
            g.setColor(Palette.translucent(Palette.BLUE, 60));
            g.fillRect(x0, top, Math.max(2, x1 - x0), 6);
            g.setColor(Palette.BLUE);
            g.setFont(Palette.NUMBER);
            Pictures.centred(g, Integer.toString(f.digit()), (x0 + x1) / 2, top + 26);
            g.setFont(Palette.TINY);
            g.setColor(Palette.TEXT_SOFT);
            Pictures.centred(g, String.format(Locale.ROOT, "%.0f%%", 100 * f.confidence()), (x0 + x1) / 2, top + 38);
        }
    }
}
