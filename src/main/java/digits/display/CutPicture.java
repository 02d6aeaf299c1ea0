package digits.display;

import digits.check.Check;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Paints how a group of ink that may hold touching digits is cut: the ink, enlarged; the candidate cut paths over it
 * (grey, the chosen ones blue); the ink profile (the ink in each column) under it; and the ways of cutting, each
 * with what the network reads in its pieces and its score, the chosen way first.
 */
public final class CutPicture {

    /** The margin round the picture and between its parts; {@link MiddlePicture} shares it and its captions. */
    static final int GAP = 12;
    /** A line of text. */
    static final int LINE_HEIGHT = 20;
    /** The narrowest picture, so that short captions do not crowd the edge. */
    static final int MIN_WIDTH = 560;

    private static final int PROFILE_HEIGHT = 60;
    private static final int MAX_SIDE = 420;
    private static final String PROFILE = "the ink in each column (the ink profile)";
    private static final String WAYS =
            "ways of cutting: what the network reads in each piece, and the score (the chosen way first)";

    private CutPicture() {}

    /**
     * A group and its cuts, as plain data.
     *
     * @param ink    the group's ink in its box, 0 (paper) to 1 (full ink), row after row
     * @param width  the box's width, in pixels
     * @param height the box's height, in pixels
     * @param cuts   each candidate cut: for each row of the box from its top, the first column right of the cut
     * @param chosen for each cut, whether the chosen way cuts there
     * @param ways   the ways of cutting, one line each, the chosen one first
     */
    public record Group(float[] ink, int width, int height, List<int[]> cuts, List<Boolean> chosen, List<String> ways) {
        /** Checks the sizes. */
        public Group {
            Check.atLeast("width", width, 1);
            Check.atLeast("height", height, 1);
            Objects.requireNonNull(ink, "ink");
            if (ink.length != width * height) {
                throw new IllegalArgumentException(
                        "ink must hold width x height = " + width * height + " values, not " + ink.length);
            }
            if (cuts.size() != chosen.size()) {
                throw new IllegalArgumentException(
                        "chosen must say for each of the " + cuts.size() + " cuts, not " + chosen.size());
            }
            cuts = List.copyOf(cuts);
            chosen = List.copyOf(chosen);
            ways = List.copyOf(ways);
        }
    }

    /**
     * @param title a line above the picture
     * @param group the group
     * @return the picture
     */
    public static BufferedImage paint(String title, Group group) {
        int scale = Math.max(1, Math.min(12, MAX_SIDE / Math.max(group.width(), group.height())));
        int inkW = group.width() * scale, inkH = group.height() * scale;
        int text = Math.max(
                widest(Palette.SMALL, group.ways()),
                Math.max(widest(Palette.TITLE, List.of(title)), widest(Palette.CAPTION, List.of(PROFILE, WAYS))));
        int width = Math.max(MIN_WIDTH, Math.max(inkW, text) + 2 * GAP);
        int inkTop = GAP + LINE_HEIGHT + 6;
        int profileTop = inkTop + inkH + GAP + LINE_HEIGHT;
        int waysTop = profileTop + PROFILE_HEIGHT + GAP + LINE_HEIGHT;
        int height = waysTop + LINE_HEIGHT * group.ways().size() + GAP;
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = titled(image, title);
        try {
            drawInk(g, group.ink(), group.width(), group.height(), GAP, inkTop, scale);
            drawCuts(g, group, GAP, inkTop, scale);
            caption(g, PROFILE, profileTop - 6);
            drawProfile(g, group, GAP, profileTop, scale);
            caption(g, WAYS, waysTop - 6);
            g.setFont(Palette.SMALL);
            for (int k = 0; k < group.ways().size(); k++) {
                g.setColor(k == 0 ? Palette.BLUE : Palette.TEXT_SOFT);
                g.drawString(group.ways().get(k), GAP, waysTop + LINE_HEIGHT * k + 14);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A pen on the picture, its title already written at the top left. */
    static Graphics2D titled(BufferedImage image, String title) {
        Graphics2D g = Pictures.pen(image, true);
        g.setColor(Palette.TEXT);
        g.setFont(Palette.TITLE);
        g.drawString(title, GAP, GAP + 14);
        return g;
    }

    /** Ink ({@code width} x {@code height} values, 0 paper to 1 ink, row after row) in grey, framed, each pixel scale x scale. */
    static void drawInk(Graphics2D g, float[] ink, int width, int height, int x, int y, int scale) {
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int shade = Math.round(255 * (1 - Math.max(0, Math.min(1, ink[r * width + c]))));
                g.setColor(new Color(shade, shade, shade));
                g.fillRect(x + c * scale, y + r * scale, scale, scale);
            }
        }
        g.setColor(Palette.FRAME);
        g.drawRect(x - 1, y - 1, width * scale + 1, height * scale + 1);
    }

    private static void drawCuts(Graphics2D g, Group group, int x, int y, int scale) {
        for (int pass = 0; pass < 2; pass++) { // the chosen cuts drawn last, over the others
            for (int k = 0; k < group.cuts().size(); k++) {
                boolean chosen = group.chosen().get(k);
                if (chosen != (pass == 1)) {
                    continue;
                }
                g.setColor(chosen ? Palette.BLUE : Palette.OUTLINE);
                g.setStroke(new BasicStroke(chosen ? 3f : 1.5f));
                int[] columns = group.cuts().get(k);
                for (int r = 1; r < columns.length; r++) {
                    g.drawLine(
                            x + columns[r - 1] * scale,
                            y + (r - 1) * scale + scale / 2,
                            x + columns[r] * scale,
                            y + r * scale + scale / 2);
                }
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void drawProfile(Graphics2D g, Group group, int x, int y, int scale) {
        double[] columns = new double[group.width()];
        double most = 0;
        for (int c = 0; c < group.width(); c++) {
            for (int r = 0; r < group.height(); r++) {
                columns[c] += group.ink()[r * group.width() + c];
            }
            most = Math.max(most, columns[c]);
        }
        g.setColor(Palette.OTHER_BAR);
        for (int c = 0; c < columns.length; c++) {
            int bar = most == 0 ? 0 : (int) Math.round(PROFILE_HEIGHT * columns[c] / most);
            g.fillRect(x + c * scale, y + PROFILE_HEIGHT - bar, Math.max(1, scale - 1), bar);
        }
        g.setColor(Palette.GRID_LINE);
        g.drawLine(x, y + PROFILE_HEIGHT, x + group.width() * scale, y + PROFILE_HEIGHT);
    }

    /** The width of the widest of {@code lines} in {@code font}, so that the picture holds every line whole. */
    static int widest(Font font, List<String> lines) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            var metrics = g.getFontMetrics(font);
            return lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
        } finally {
            g.dispose();
        }
    }

    /** A caption at the picture's left margin. */
    static void caption(Graphics2D g, String text, int baseline) {
        g.setColor(Palette.TEXT_SOFT);
        g.setFont(Palette.CAPTION);
        g.drawString(text, GAP, baseline);
    }
}
