package digits.features;

import digits.display.Pictures;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Feature maps drawn side by side, each in a square of the same size with its title above and its range of
 * values below. Maps whose values are all 0 or more are drawn like ink, white (0) to black (largest value).
 * Maps with negative and positive values use a diverging scale: blue for negative, white for 0, red for
 * positive, equally strong for equally large values of either sign.
 *
 * <pre>{@code
 * FeatureMaps.row(FeatureMap.of(digit), Convolutions.apply(digit, Kernel.sobelVertical()))
 * }</pre>
 */
public final class FeatureMaps {

    private static final int GAP = 10;
    private static final int TITLE = 18;
    private static final int FOOTER = 16;

    private final List<FeatureMap> maps;
    private final String title;
    private final int columns;
    private final int size;
    private final boolean showRanges;

    private FeatureMaps(Builder b) {
        this.maps = List.copyOf(b.maps);
        this.title = b.title;
        this.columns = b.columns;
        this.size = b.size;
        this.showRanges = b.showRanges;
    }

    /**
     * @param maps the maps, drawn left to right in one row
     * @return the picture
     */
    public static BufferedImage row(FeatureMap... maps) {
        Builder builder = builder().columns(Math.max(1, maps.length));
        for (FeatureMap map : maps) {
            builder.add(map);
        }
        return builder.build().picture();
    }

    /** @return a builder: 8 columns, squares of 112 pixels, value ranges shown, no overall title */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the maps drawn as one picture */
    public BufferedImage picture() {
        int cols = Math.min(columns, maps.size());
        int rows = (maps.size() + cols - 1) / cols;
        int top = title == null ? 0 : TITLE + 6;
        int cellHeight = TITLE + size + (showRanges ? FOOTER : 0);
        BufferedImage image = Pictures.white(GAP + cols * (size + GAP), top + GAP + rows * (cellHeight + GAP));
        Graphics2D g = Pictures.pen(image, false);
        try {
            if (title != null) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
                g.setColor(Color.BLACK);
                g.drawString(title, GAP, GAP + 14);
            }
            for (int i = 0; i < maps.size(); i++) {
                int x = GAP + (i % cols) * (size + GAP);
                int y = top + GAP + (i / cols) * (cellHeight + GAP);
                drawCell(g, maps.get(i), x, y);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawCell(Graphics2D g, FeatureMap map, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(Color.DARK_GRAY);
        drawCentred(g, metrics, fit(map.name(), metrics), x, y + 13);
        paint(g, map, x, y + TITLE, size);
        g.setColor(new Color(0xc0c0c0));
        g.drawRect(x, y + TITLE, size - 1, size - 1);
        if (showRanges) {
            g.setColor(Color.GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            String range = String.format(Locale.ROOT, "%s to %s", number(map.min()), number(map.max()));
            drawCentred(g, g.getFontMetrics(), range, x, y + TITLE + size + 12);
        }
    }

    /** Paints a map into a square of {@code side} pixels, each value as one block. */
    static void paint(Graphics2D g, FeatureMap map, int x, int y, int side) {
        float min = map.min(), max = map.max();
        boolean diverging = min < 0;
        float scale = diverging ? Math.max(-min, max) : max;
        for (int r = 0; r < map.height(); r++) {
            int y0 = y + r * side / map.height(), y1 = y + (r + 1) * side / map.height();
            for (int c = 0; c < map.width(); c++) {
                int x0 = x + c * side / map.width(), x1 = x + (c + 1) * side / map.width();
                g.setColor(colour(map.value(r, c), scale, diverging));
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
    }

    /** White for 0; towards black (ink scale) or towards red / blue (diverging scale) as |value| nears {@code scale}. */
    static Color colour(float value, float scale, boolean diverging) {
        float t = scale > 0 ? Math.min(1f, Math.abs(value) / scale) : 0f;
        if (!diverging) {
            int grey = Math.round(255 * (1 - t));
            return new Color(grey, grey, grey);
        }
        int fade = Math.round(255 * (1 - t));
        return value >= 0
                ? new Color(255, fade, fade)                  // red for positive
                : new Color(fade, fade, 255);                 // blue for negative
    }

    private int drawCentred(Graphics2D g, FontMetrics metrics, String text, int x, int baseline) {
        g.drawString(text, x + (size - metrics.stringWidth(text)) / 2, baseline);
        return baseline;
    }

    private String fit(String text, FontMetrics metrics) {
        String shown = text;
        while (shown.length() > 1 && metrics.stringWidth(shown) > size + GAP - 2) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    private static String number(float v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Stacks pictures top to bottom on white, left-aligned. */
    static BufferedImage stack(List<BufferedImage> pictures) {
        int width = pictures.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int height = pictures.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage image = Pictures.white(width, Math.max(1, height));
        Graphics2D g = Pictures.pen(image, false);
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

    /** Collects the maps of a picture. */
    public static final class Builder {
        private final List<FeatureMap> maps = new ArrayList<>();
        private String title;
        private int columns = 8;
        private int size = 112;
        private boolean showRanges = true;

        private Builder() {
        }

        /** Adds a map, drawn under its own name. */
        public Builder add(FeatureMap map) {
            maps.add(map);
            return this;
        }

        /** A title above the whole picture. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Maps per row, 1..40. */
        public Builder columns(int columns) {
            if (columns < 1 || columns > 40) {
                throw new IllegalArgumentException("columns must be 1 to 40, not " + columns);
            }
            this.columns = columns;
            return this;
        }

        /** Side of each map's square in screen pixels, 16..400. */
        public Builder size(int pixels) {
            if (pixels < 16 || pixels > 400) {
                throw new IllegalArgumentException("size must be 16 to 400 pixels, not " + pixels);
            }
            this.size = pixels;
            return this;
        }

        /** Whether to write each map's smallest and largest value under it. */
        public Builder showRanges(boolean show) {
            this.showRanges = show;
            return this;
        }

        /** @return the picture's description */
        public FeatureMaps build() {
            if (maps.isEmpty()) {
                throw new IllegalStateException("a picture of feature maps needs at least one map");
            }
            return new FeatureMaps(this);
        }
    }
}
