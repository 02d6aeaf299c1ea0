package digits.display;

import digits.check.Check;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grids of numbers (a digit's pixels, feature maps, kernels) painted side by side, each in a square of the same
 * size with its title above and its range of values below. Grids whose values are all 0 or more are painted
 * like ink, white (0) to black (largest value). Grids with negative and positive values use a diverging scale
 * ({@link Palette#signed}): brown for negative, white for 0, teal for positive, equally strong for equally large
 * values of either sign; a picture that holds such a grid gets a legend of that scale under it.
 *
 * <pre>{@code
 * MapPicture.builder().columns(4).add("edges", 26, 26, values).build().picture()
 * }</pre>
 */
public final class MapPicture {

    private static final int GAP = 10;
    private static final int TITLE = 18;
    private static final int FOOTER = 16;
    private static final int LEGEND_BAR = 12;
    /** The signed scale's legend: its bar and the words under it. */
    static final int LEGEND_HEIGHT = LEGEND_BAR + 18;

    private static final int LEGEND_WIDTH = 180;

    private final List<Grid> grids;
    private final String title;
    private final int columns;
    private final int size;
    private final boolean showRanges;

    private record Grid(String name, int height, int width, float[] values, float min, float max) {
        float value(int row, int col) {
            return values[row * width + col];
        }
    }

    private MapPicture(Builder b) {
        this.grids = List.copyOf(b.grids);
        this.title = b.title;
        this.columns = b.columns;
        this.size = b.size;
        this.showRanges = b.showRanges;
    }

    /** @return a builder: 8 columns, squares of 112 pixels, value ranges shown, no overall title */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the grids painted as one picture */
    public BufferedImage picture() {
        int cols = Math.min(columns, grids.size());
        int rows = (grids.size() + cols - 1) / cols;
        int top = title == null ? 0 : TITLE + 6;
        int cellHeight = TITLE + size + (showRanges ? FOOTER : 0);
        boolean signed = grids.stream().anyMatch(grid -> grid.min() < 0);
        int width = GAP + cols * (size + GAP);
        int legendWidth = Math.min(LEGEND_WIDTH, width - 2 * GAP);
        int gridsHeight = top + GAP + rows * (cellHeight + GAP);
        BufferedImage image = Pictures.white(width, gridsHeight + (signed ? LEGEND_HEIGHT + GAP : 0));
        Graphics2D g = Pictures.pen(image, false);
        try {
            if (title != null) {
                g.setFont(Palette.TITLE);
                g.setColor(Palette.TEXT);
                g.drawString(title, GAP, GAP + 14);
            }
            for (int i = 0; i < grids.size(); i++) {
                int x = GAP + (i % cols) * (size + GAP);
                int y = top + GAP + (i / cols) * (cellHeight + GAP);
                drawCell(g, grids.get(i), x, y);
            }
            if (signed) {
                drawSignedLegend(g, (width - legendWidth) / 2, gridsHeight, legendWidth);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawCell(Graphics2D g, Grid grid, int x, int y) {
        g.setFont(Palette.CAPTION);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(Palette.TEXT_SOFT);
        Pictures.centred(g, Pictures.fit(grid.name(), metrics, size + GAP - 2), x + size / 2, y + 13);
        paint(g, grid, x, y + TITLE, size);
        g.setColor(Palette.FRAME);
        g.drawRect(x, y + TITLE, size - 1, size - 1);
        if (showRanges) {
            g.setColor(Palette.TEXT_FAINT);
            g.setFont(Palette.SMALL);
            String range = String.format(Locale.ROOT, "%s to %s", number(grid.min()), number(grid.max()));
            Pictures.centred(g, range, x + size / 2, y + TITLE + size + 12);
        }
    }

    /** Paints a grid into a square of {@code side} pixels, each value as one block. */
    private static void paint(Graphics2D g, Grid grid, int x, int y, int side) {
        boolean diverging = grid.min() < 0;
        float scale = diverging ? Math.max(-grid.min(), grid.max()) : grid.max();
        for (int r = 0; r < grid.height(); r++) {
            int y0 = y + r * side / grid.height(), y1 = y + (r + 1) * side / grid.height();
            for (int c = 0; c < grid.width(); c++) {
                int x0 = x + c * side / grid.width(), x1 = x + (c + 1) * side / grid.width();
                g.setColor(colour(grid.value(r, c), scale, diverging));
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
    }

    /** White for 0; towards black (ink scale) or {@link Palette#signed} (diverging scale) as |value| nears {@code scale}. */
    static Color colour(float value, float scale, boolean diverging) {
        if (!diverging) {
            return Palette.ink(scale > 0 ? Math.min(1f, Math.abs(value) / scale) : 0f);
        }
        return Palette.signed(value, scale);
    }

    /**
     * Draws the signed scale: a bar from the strongest negative (left) through white to the strongest positive,
     * with "negative", "0" and "positive" under it.
     *
     * @return the height the legend takes
     */
    static int drawSignedLegend(Graphics2D g, int x, int y, int width) {
        for (int i = 0; i < width; i++) {
            g.setColor(Palette.signed(2.0 * i / (width - 1) - 1, 1));
            g.fillRect(x + i, y, 1, LEGEND_BAR);
        }
        g.setColor(Palette.FRAME);
        g.drawRect(x - 1, y - 1, width + 1, LEGEND_BAR + 1);
        g.setFont(Palette.SMALL);
        g.setColor(Palette.TEXT_SOFT);
        int baseline = y + LEGEND_BAR + 14;
        g.drawString("negative", x, baseline);
        Pictures.centred(g, "0", x + width / 2, baseline);
        g.drawString("positive", x + width - g.getFontMetrics().stringWidth("positive"), baseline);
        return LEGEND_HEIGHT;
    }

    private static String number(float v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Collects the grids of a picture. */
    public static final class Builder {
        private final List<Grid> grids = new ArrayList<>();
        private String title;
        private int columns = 8;
        private int size = 112;
        private boolean showRanges = true;

        private Builder() {}

        /**
         * Adds a grid, painted under its own name.
         *
         * @param name   the title above it
         * @param height rows, 1 or more
         * @param width  columns, 1 or more
         * @param values {@code height * width} values, row after row; copied
         * @return this builder
         */
        public Builder add(String name, int height, int width, float[] values) {
            if (height < 1 || width < 1 || (long) height * width != values.length) {
                throw new IllegalArgumentException("grid '" + name + "': " + height + " x " + width + " needs "
                        + (long) height * width + " values (sizes 1 or more), found " + values.length);
            }
            float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
            for (float v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            grids.add(new Grid(name, height, width, values.clone(), min, max));
            return this;
        }

        /**
         * @param title a title above the whole picture
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param columns grids per row, 1..40
         * @return this builder
         */
        public Builder columns(int columns) {
            Check.inRange("columns", columns, 1, 40);
            this.columns = columns;
            return this;
        }

        /**
         * @param pixels side of each grid's square in screen pixels, 16..400
         * @return this builder
         */
        public Builder size(int pixels) {
            Check.inRange("size (pixels)", pixels, 16, 400);
            this.size = pixels;
            return this;
        }

        /**
         * @param show whether to write each grid's smallest and largest value under it
         * @return this builder
         */
        public Builder showRanges(boolean show) {
            this.showRanges = show;
            return this;
        }

        /** @return the picture's description */
        public MapPicture build() {
            if (grids.isEmpty()) {
                throw new IllegalStateException("a picture of grids needs at least one grid");
            }
            return new MapPicture(this);
        }
    }
}
