package digits.display;

import digits.check.Check;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * What the network sees in one digit, as one picture that reads left to right: the input, every map of each
 * convolution and pooling layer (map <i>k</i> of a pooling layer is map <i>k</i> of the convolution before it,
 * shrunk), the dense layer's units with its strongest ones named, and the ten output probabilities.
 *
 * <p>Maps and units are painted in signed colour ({@link Palette#signed}), each layer scaled to its own strongest
 * value: white is 0, teal positive, brown negative (after a ReLU there are no negative values, so those layers are
 * white to teal). Red is kept for a wrong reading.
 * The input is painted as ink, as the course shows every digit.
 *
 * <pre>{@code
 * predictor.insideView(digit)          // or Activations.of(model, digit).insideView()
 * }</pre>
 */
public final class InsideView {

    /** How many of the dense layer's units are named with their values. */
    public static final int STRONGEST_UNITS = 10;

    private static final int MARGIN = 16;
    private static final int HEADER = 58;
    private static final int BODY = 384;
    private static final int GAP = 4;
    private static final int ARROW = 36;
    private static final int LEGEND = 46;
    private static final int INPUT_SIDE = 112;

    private final List<LayerActivation> layers;
    private final int read;
    private final OptionalInt label;

    private InsideView(List<LayerActivation> layers, int read, OptionalInt label) {
        this.layers = List.copyOf(layers);
        this.read = read;
        this.label = label;
    }

    /**
     * @param layers what a network computed for one digit: the input (one 28 x 28 map), then each layer's values,
     *     the last one the ten probabilities
     * @param read   the digit the network read (the most probable one)
     * @param label  the digit's label, if known: the picture then says whether the reading is right
     * @return the view
     * @throws IllegalArgumentException if there are fewer than two layers, the last does not hold ten values, or
     *     {@code read} is not 0 to 9
     */
    public static InsideView of(List<LayerActivation> layers, int read, OptionalInt label) {
        if (layers.size() < 2 || layers.get(layers.size() - 1).values().length != 10) {
            throw new IllegalArgumentException("an inside view needs the input, the layers and ten probabilities last, "
                    + "not " + layers);
        }
        Check.digit("the digit read", read);
        return new InsideView(layers, read, label);
    }

    /** @return the input, then each layer's values, in order */
    public List<LayerActivation> layers() {
        return layers;
    }

    private float confidence() {
        return layers.get(layers.size() - 1).values()[read];
    }

    /** @return the picture */
    public BufferedImage picture() {
        List<Column> columns = columns();
        int width = MARGIN * 2 + columns.stream().mapToInt(c -> c.width).sum() + ARROW * (columns.size() - 1);
        int height = MARGIN + 34 + HEADER + BODY + LEGEND + MARGIN;
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setColor(Palette.TEXT);
            g.setFont(Palette.TITLE);
            g.drawString("What each layer of the network sees", MARGIN, MARGIN + 14);
            g.setFont(Palette.CAPTION);
            g.setColor(Palette.TEXT_SOFT);
            g.drawString(verdict(), MARGIN, MARGIN + 30);
            int x = MARGIN;
            int top = MARGIN + 34;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                header(g, column, x, top);
                column.painter.paint(g, x, top + HEADER);
                x += column.width;
                if (i < columns.size() - 1) {
                    arrow(g, x + 6, x + ARROW - 6, top + HEADER + BODY / 2);
                    x += ARROW;
                }
            }
            legend(g, MARGIN, top + HEADER + BODY + 12);
        } finally {
            g.dispose();
        }
        return image;
    }

    private String verdict() {
        String reading = String.format(Locale.ROOT, "read as %d (%s sure)", read, Percent.of(confidence()));
        if (label.isEmpty()) {
            return "Read" + reading.substring(4) + ". Left to right: what each layer passes on to the next.";
        }
        return String.format(Locale.ROOT, "Labelled %d, %s: %s. Left to right: what each layer passes on to the next.",
                label.getAsInt(), reading, label.getAsInt() == read ? "right" : "wrong");
    }

    private record Column(LayerActivation layer, int width, Painter painter) {
    }

    private interface Painter {
        void paint(Graphics2D g, int x, int y);
    }

    private List<Column> columns() {
        FontMetrics small = Pictures.pen(Pictures.white(1, 1), false).getFontMetrics(Palette.SMALL);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerActivation layer = layers.get(i);
            boolean last = i == layers.size() - 1;
            int textWidth = Math.max(small.stringWidth(layer.kind()), small.stringWidth(layer.shape())) + 4;
            int contentWidth;
            Painter painter;
            if (i == 0) {
                contentWidth = INPUT_SIDE;
                painter = (g, x, y) -> paintInput(g, layer, x, y);
            } else if (layer.isMaps()) {
                Tiling t = Tiling.of(layer);
                contentWidth = t.width();
                painter = (g, x, y) -> paintMaps(g, layer, t, x, y);
            } else if (last) {
                contentWidth = 170;
                painter = (g, x, y) -> paintOutput(g, layer, x, y);
            } else {
                contentWidth = 150;
                painter = (g, x, y) -> paintUnits(g, layer, x, y);
            }
            int width = Math.max(contentWidth, textWidth);
            int offset = (width - contentWidth) / 2;
            Painter centred = (g, x, y) -> painter.paint(g, x + offset, y);
            columns.add(new Column(layer, width, centred));
        }
        return columns;
    }

    private static void header(Graphics2D g, Column column, int x, int y) {
        LayerActivation layer = column.layer;
        g.setColor(Palette.TEXT);
        g.setFont(Palette.TITLE_SMALL);
        Pictures.centred(g, layer.name(), x + column.width / 2, y + 14);
        g.setFont(Palette.SMALL);
        g.setColor(Palette.TEXT_SOFT);
        Pictures.centred(g, layer.kind(), x + column.width / 2, y + 30);
        g.setColor(Palette.TEXT_FAINT);
        Pictures.centred(g, layer.isMaps() ? layer.shape() + (layer.channels() > 1 ? " maps" : "")
                : layer.shape() + " units", x + column.width / 2, y + 45);
    }

    /** How the maps of one layer are laid out: a grid of squares that fits the body's height. */
    private record Tiling(int side, int columns, int rows) {
        static Tiling of(LayerActivation layer) {
            int target = layer.channels() <= 24 ? 48 : 32;
            int scale = Math.max(1, Math.round((float) target / layer.height()));
            int side = layer.height() * scale;
            int rowsFit = Math.max(1, (BODY + GAP) / (side + GAP));
            int columns = (layer.channels() + rowsFit - 1) / rowsFit;
            int rows = (layer.channels() + columns - 1) / columns;
            return new Tiling(side, columns, rows);
        }

        int width() {
            return columns * (side + GAP) - GAP;
        }

        int height() {
            return rows * (side + GAP) - GAP;
        }
    }

    private static void paintInput(Graphics2D g, LayerActivation input, int x, int y) {
        int top = y + (BODY - INPUT_SIDE) / 2;
        float[] v = input.values();
        for (int r = 0; r < input.height(); r++) {
            for (int c = 0; c < input.width(); c++) {
                g.setColor(Palette.ink(v[r * input.width() + c]));
                g.fillRect(x + c * INPUT_SIDE / input.width(), top + r * INPUT_SIDE / input.height(),
                        INPUT_SIDE / input.width(), INPUT_SIDE / input.height());
            }
        }
        g.setColor(Palette.FRAME);
        g.drawRect(x - 1, top - 1, INPUT_SIDE + 1, INPUT_SIDE + 1);
    }

    private static void paintMaps(Graphics2D g, LayerActivation layer, Tiling t, int x, int y) {
        float scale = layer.largestMagnitude();
        int top = y + (BODY - t.height()) / 2;
        int cell = t.side() / layer.height();
        for (int k = 0; k < layer.channels(); k++) {
            int mx = x + (k % t.columns()) * (t.side() + GAP);
            int my = top + (k / t.columns()) * (t.side() + GAP);
            float[] map = layer.map(k);
            for (int r = 0; r < layer.height(); r++) {
                for (int c = 0; c < layer.width(); c++) {
                    g.setColor(MapPicture.colour(map[r * layer.width() + c], scale, true));
                    g.fillRect(mx + c * cell, my + r * cell, cell, cell);
                }
            }
            g.setColor(Palette.FRAME);
            g.drawRect(mx - 1, my - 1, t.side() + 1, t.side() + 1);
        }
    }

    private static void paintUnits(Graphics2D g, LayerActivation layer, int x, int y) {
        float scale = layer.largestMagnitude();
        float[] v = layer.values();
        int n = v.length;
        int cols = 20;
        int rows = (n + cols - 1) / cols;
        int cell = Math.max(2, Math.min(7, 150 / cols));
        int stripHeight = rows * cell;
        int listTop = y + Math.min(stripHeight, 200) + 26;
        // every unit as one small square, 20 to a row
        for (int i = 0; i < n; i++) {
            int ux = x + (i % cols) * cell, uy = y + (i / cols) * cell;
            if (uy - y >= 200) {
                break;   // a very wide layer: the first units only
            }
            g.setColor(MapPicture.colour(v[i], scale, true));
            g.fillRect(ux, uy, cell, cell);
        }
        g.setColor(Palette.FRAME);
        g.drawRect(x - 1, y - 1, cols * cell + 1, Math.min(stripHeight, 200) + 1);
        g.setFont(Palette.SMALL);
        g.setColor(Palette.TEXT_SOFT);
        g.drawString("the strongest " + Math.min(STRONGEST_UNITS, n) + ":", x, listTop - 8);
        List<Integer> strongest = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -v[i]).thenComparing(i -> i))
                .limit(STRONGEST_UNITS).toList();
        int barMax = 70;
        for (int k = 0; k < strongest.size(); k++) {
            int unit = strongest.get(k);
            int by = listTop + k * 15;
            g.setColor(Palette.TEXT_SOFT);
            g.setFont(Palette.TINY);
            g.drawString(String.format(Locale.ROOT, "unit %d", unit), x, by + 10);
            int w = scale > 0 ? Math.round(barMax * Math.abs(v[unit]) / scale) : 0;
            g.setColor(MapPicture.colour(v[unit], scale, true));
            g.fillRect(x + 56, by + 2, Math.max(1, w), 10);
            g.setColor(Palette.TEXT_FAINT);
            g.drawString(String.format(Locale.ROOT, "%.2f", v[unit]), x + 60 + w, by + 10);
        }
    }

    private void paintOutput(Graphics2D g, LayerActivation layer, int x, int y) {
        float[] p = layer.values();
        int row = 30;
        int top = y + (BODY - 10 * row) / 2;
        int barMax = 110;
        for (int d = 0; d < p.length; d++) {
            int by = top + d * row;
            boolean isRead = d == read;
            boolean truth = label.isPresent() && d == label.getAsInt();
            Color colour = isRead ? (label.isPresent() && !truth ? Palette.RED : Palette.BLUE)
                    : truth ? Palette.GREEN : Palette.OTHER_BAR;
            g.setFont(isRead || truth ? Palette.TITLE_SMALL : Palette.CAPTION);
            g.setColor(isRead || truth ? Palette.TEXT : Palette.TEXT_SOFT);
            g.drawString(String.valueOf(d), x, by + 15);
            int w = Math.round(barMax * p[d]);
            g.setColor(colour);
            g.fillRect(x + 16, by + 4, Math.max(isRead || truth ? 3 : 1, w), 14);
            g.setFont(Palette.TINY);
            g.setColor(Palette.TEXT_FAINT);
            g.drawString(Percent.of(p[d]), x + 20 + Math.max(3, w), by + 15);
        }
    }

    private static void arrow(Graphics2D g, int x0, int x1, int y) {
        g.setColor(Palette.TEXT_FAINT);
        g.drawLine(x0, y, x1, y);
        g.fillPolygon(new int[] {x1, x1 - 7, x1 - 7}, new int[] {y, y - 5, y + 5}, 3);
    }

    private static void legend(Graphics2D g, int x, int y) {
        int w = 180;
        MapPicture.drawSignedLegend(g, x, y, w);
        g.drawString("Maps and units: each layer scaled to its own strongest value. After a ReLU every value is 0 or more,"
                + " so those layers go from white to teal.", x + w + 16, y + 10);
        g.drawString("Output: the ten probabilities; blue is the digit read. When the label differs, the reading is red"
                + " and the label green.", x + w + 16, y + 25);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "What each layer sees: %s; read as %d (%s sure)",
                String.join(" -> ", layers.stream().map(l -> l.name() + " " + l.shape()).toList()), read,
                Percent.of(confidence()));
    }
}
