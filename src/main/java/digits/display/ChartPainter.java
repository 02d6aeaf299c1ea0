package digits.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws a {@link Chart}'s static picture with Java2D: axes, ticks, bars or lines, a legend. */
final class ChartPainter {

    /** Lines with more points than this are drawn without a marker on each point. */
    static final int MARKERS_UP_TO = 24;
    /** The diameter of the marker of a line with a single point, drawn larger than the others. */
    static final int LONE_MARKER = 14;

    private static final int LEFT = 78;
    private static final int RIGHT = 24;
    private static final int TOP = 48;
    private static final int BOTTOM = 56;
    /** The legend: one row per line, its swatch this far left of the plot's right edge. */
    private static final int LEGEND_ROW = 18;

    private static final int LEGEND_WIDTH = 170;

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final List<String> categories;
    private final double[] xs;
    private final List<String> seriesNames;
    private final double[][] ys;
    private final boolean points; // separate measurements: markers, no joining lines, an axis from 0

    private ChartPainter(
            String title,
            String xTitle,
            String yTitle,
            List<String> categories,
            double[] xs,
            List<String> seriesNames,
            double[][] ys,
            boolean points) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.categories = categories;
        this.xs = xs;
        this.seriesNames = seriesNames;
        this.ys = ys;
        this.points = points;
    }

    static ChartPainter bars(String title, String xTitle, String yTitle, List<String> categories, double[] heights) {
        return new ChartPainter(
                title,
                xTitle,
                yTitle,
                List.copyOf(categories),
                null,
                List.of(yTitle),
                new double[][] {heights.clone()},
                false);
    }

    static ChartPainter lines(
            String title, String xTitle, String yTitle, double[] xs, List<String> names, double[][] ys) {
        return new ChartPainter(title, xTitle, yTitle, null, xs.clone(), List.copyOf(names), ys.clone(), false);
    }

    /** Like {@link #lines}, but each value a marker of its own, nothing joining them, and the y axis from 0. */
    static ChartPainter points(
            String title, String xTitle, String yTitle, double[] xs, List<String> names, double[][] ys) {
        return new ChartPainter(title, xTitle, yTitle, null, xs.clone(), List.copyOf(names), ys.clone(), true);
    }

    BufferedImage paint(int width, int height) {
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = Pictures.pen(image, true);
        try {
            int bottom = BOTTOM
                    + (labelLines(g, width) - 1)
                            * g.getFontMetrics(Palette.CAPTION).getHeight();
            Plot plot = new Plot(LEFT, TOP, width - LEFT - RIGHT, height - TOP - bottom, yRange());
            drawFrame(g, plot, width, height);
            if (categories != null) {
                drawBars(g, plot);
            } else {
                drawLines(g, plot);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Whether the legend goes to the lower right corner: when the lines pass through the upper right corner,
     * where it usually sits, more often than through the lower one (sampled along each segment).
     */
    private boolean legendAtBottom(Plot plot, double minX, double maxX) {
        int height = LEGEND_ROW * seriesNames.size() + 8;
        int left = plot.left + plot.width - LEGEND_WIDTH - 10;
        int upper = 0;
        int lower = 0;
        for (double[] y : ys) {
            int previousX = -1;
            int previousY = -1;
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isFinite(y[i])) {
                    continue;
                }
                int px = px(plot, xs[i], minX, maxX);
                int py = plot.y(y[i]);
                int steps = previousX < 0 ? 0 : 20;
                for (int k = 0; k <= steps; k++) {
                    int x = steps == 0 ? px : previousX + (px - previousX) * k / steps;
                    int yy = steps == 0 ? py : previousY + (py - previousY) * k / steps;
                    if (x >= left && yy <= plot.top + height) {
                        upper++;
                    }
                    if (x >= left && yy >= plot.top + plot.height - height) {
                        lower++;
                    }
                }
                previousX = px;
                previousY = py;
            }
        }
        return upper > lower;
    }

    /** The most lines a bar's label takes when wrapped to its slot (1 for a line chart). */
    private int labelLines(Graphics2D g, int width) {
        if (categories == null || categories.isEmpty()) {
            return 1;
        }
        FontMetrics metrics = g.getFontMetrics(Palette.CAPTION);
        int slot = (width - LEFT - RIGHT) / categories.size();
        return categories.stream()
                .mapToInt(label -> wrap(label, metrics, slot - 6).size())
                .max()
                .orElse(1);
    }

    double[] yRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] series : ys) {
            for (double y : series) {
                if (Double.isFinite(y)) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
        }
        if (!Double.isFinite(min)) {
            return new double[] {0, 1};
        }
        if (categories != null || points) {
            min = Math.min(0, min);
        }
        if (max - min < 1e-12) {
            max = min + 1;
        }
        double pad = categories != null ? 0 : (max - min) * 0.08;
        double lo = min >= 0 ? Math.max(0, min - pad) : min - pad;
        double hi = max + pad;
        if (yTitle.contains("%") && max <= 100) {
            hi = Math.min(hi, 100); // a percentage axis ends at 100 at the most
        }
        // Values that cannot be negative (a loss, a share) keep an axis that starts at 0 at the lowest.
        return niceRange(points ? Math.min(0, lo) : lo, hi);
    }

    /** Widens a range to round tick values: [lo, hi, step]. */
    static double[] niceRange(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3 ? 2 : raw / magnitude < 7 ? 5 : 10);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
    }

    private void drawFrame(Graphics2D g, Plot plot, int width, int height) {
        g.setFont(Palette.TITLE_LARGE);
        g.setColor(Palette.CHART_TITLE);
        g.drawString(title, LEFT, 28);
        g.setFont(Palette.CAPTION);
        FontMetrics metrics = g.getFontMetrics();
        for (double tick = plot.lo; tick <= plot.hi + plot.step / 2; tick += plot.step) {
            int y = plot.y(tick);
            g.setColor(Palette.CHART_GRID);
            g.drawLine(plot.left, y, plot.left + plot.width, y);
            g.setColor(Palette.TEXT_SOFT);
            String label = format(tick, plot.step);
            g.drawString(label, plot.left - 8 - metrics.stringWidth(label), y + metrics.getAscent() / 2 - 1);
        }
        g.setColor(Palette.TEXT_FAINT);
        g.drawLine(plot.left, plot.top + plot.height, plot.left + plot.width, plot.top + plot.height);
        g.setColor(Palette.TEXT_SOFT);
        g.drawString(xTitle, plot.left + (plot.width - metrics.stringWidth(xTitle)) / 2, height - 12);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yTitle, -(plot.top + (plot.height + metrics.stringWidth(yTitle)) / 2), 16);
        rotated.dispose();
    }

    private void drawBars(Graphics2D g, Plot plot) {
        FontMetrics metrics = g.getFontMetrics();
        double slot = (double) plot.width / categories.size();
        for (int i = 0; i < categories.size(); i++) {
            int x = (int) Math.round(plot.left + i * slot + slot * 0.15);
            int barWidth = (int) Math.round(slot * 0.7);
            int top = plot.y(ys[0][i]);
            int base = plot.y(Math.max(plot.lo, 0));
            g.setColor(Palette.BLUE);
            g.fillRect(x, Math.min(top, base), barWidth, Math.abs(base - top));
            g.setColor(Palette.TEXT_SOFT);
            List<String> lines = wrap(categories.get(i), metrics, (int) slot - 6);
            for (int line = 0; line < lines.size(); line++) {
                String text = lines.get(line);
                g.drawString(
                        text,
                        x + (barWidth - metrics.stringWidth(text)) / 2,
                        plot.top + plot.height + metrics.getAscent() + 4 + line * metrics.getHeight());
            }
        }
    }

    /** A bar's label cut at spaces into lines of at most {@code width} pixels (a longer single word keeps its line). */
    static List<String> wrap(String label, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : label.split(" ")) {
            String longer = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && metrics.stringWidth(longer) > width) {
                lines.add(current);
                current = word;
            } else {
                current = longer;
            }
        }
        lines.add(current);
        return lines;
    }

    private void drawLines(Graphics2D g, Plot plot) {
        double minX = xs.length == 0 ? 0 : xs[0];
        double maxX = xs.length == 0 ? 1 : xs[xs.length - 1];
        if (maxX - minX < 1e-12) {
            minX -= 0.5;
            maxX += 0.5;
        }
        FontMetrics metrics = g.getFontMetrics();
        double[] ticks = xs.length <= 12 ? xs : xTicks(minX, maxX);
        for (double x : ticks) {
            int px = px(plot, x, minX, maxX);
            String label = format(x, xs.length <= 12 ? 1 : niceRange(minX, maxX)[2]);
            g.setColor(Palette.TEXT_SOFT);
            g.drawString(label, px - metrics.stringWidth(label) / 2, plot.top + plot.height + metrics.getAscent() + 4);
        }
        int legendTop = legendAtBottom(plot, minX, maxX)
                ? plot.top + plot.height - LEGEND_ROW * seriesNames.size()
                : plot.top + 8;
        for (int s = 0; s < ys.length; s++) {
            Color color = Palette.SERIES.get(s % Palette.SERIES.size());
            g.setColor(color);
            g.setStroke(new BasicStroke(2.5f));
            Path2D path = new Path2D.Double();
            boolean started = false;
            long markers =
                    java.util.Arrays.stream(ys[s]).filter(Double::isFinite).count();
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isFinite(ys[s][i])) {
                    continue;
                }
                int px = px(plot, xs[i], minX, maxX);
                int py = plot.y(ys[s][i]);
                if (started && !points) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    started = true;
                }
                if (markers <= MARKERS_UP_TO || points) {
                    int radius = markers == 1 ? LONE_MARKER / 2 : 4; // a point on its own marks a place on another line
                    g.fillOval(px - radius, py - radius, 2 * radius, 2 * radius);
                }
            }
            g.draw(path);
            int legendY = legendTop + s * LEGEND_ROW;
            int legendX = plot.left + plot.width - LEGEND_WIDTH;
            g.fillRect(legendX, legendY - 5, 18, 4);
            g.setColor(Palette.TEXT_SOFT);
            g.drawString(seriesNames.get(s), legendX + 24, legendY + 1);
        }
    }

    /** Round tick values inside [lo, hi], for an x axis with too many points to label each. */
    private static double[] xTicks(double lo, double hi) {
        double step = niceRange(lo, hi)[2];
        return java.util.stream.DoubleStream.iterate(Math.ceil(lo / step) * step, x -> x <= hi + 1e-9, x -> x + step)
                .toArray();
    }

    private static int px(Plot plot, double x, double minX, double maxX) {
        double margin = 0.04 * plot.width;
        return (int) Math.round(plot.left + margin + (x - minX) / (maxX - minX) * (plot.width - 2 * margin));
    }

    static String format(double value, double step) {
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The plotting area and its vertical scale. */
    private static final class Plot {
        final int left;
        final int top;
        final int width;
        final int height;
        final double lo;
        final double hi;
        final double step;

        Plot(int left, int top, int width, int height, double[] range) {
            this.left = left;
            this.top = top;
            this.width = width;
            this.height = height;
            this.lo = range[0];
            this.hi = range[1];
            this.step = range[2];
        }

        int y(double value) {
            return (int) Math.round(top + height - (value - lo) / (hi - lo) * height);
        }
    }
}
