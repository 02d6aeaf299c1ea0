package digits.display;

import static digits.display.InsideViewLayout.ARROW;
import static digits.display.InsideViewLayout.HEADER;
import static digits.display.InsideViewLayout.INPUT_SIDE;
import static digits.display.InsideViewLayout.LEGEND;
import static digits.display.InsideViewLayout.MARGIN;
import static digits.display.InsideViewLayout.ROW_GAP;
import static digits.display.InsideViewLayout.UNIT;
import static digits.display.InsideViewLayout.UNITS_PER_ROW;
import static digits.display.InsideViewLayout.unitsHeight;

import digits.check.Check;
import digits.display.InsideViewLayout.Placed;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * What the network sees in one digit, as one picture that reads like text, left to right and then on the next
 * row: the input, every map of each convolution and pooling layer (map <i>k</i> of a pooling layer is map <i>k</i>
 * of the convolution before it, shrunk), the dense layer's units with its strongest ones named, and the ten output
 * probabilities. The picture is at most {@value #MAX_WIDTH} pixels wide and its smallest text is 11 pixels high.
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
    public static final int STRONGEST_UNITS = 5;
    /** The widest the picture gets, in pixels. */
    public static final int MAX_WIDTH = 920;

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
            throw new IllegalArgumentException(
                    "an inside view needs the input, the layers and ten probabilities last, " + "not " + layers);
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

    /** @return where each column goes ({@link InsideViewLayout}) */
    List<Placed> layout() {
        return InsideViewLayout.of(layers);
    }

    /** @return the picture */
    public BufferedImage picture() {
        List<Placed> placed = layout();
        int width = placed.stream().mapToInt(p -> p.x() + p.width()).max().orElseThrow() + MARGIN;
        int bottom =
                placed.stream().mapToInt(p -> p.y() + HEADER + p.height()).max().orElseThrow();
        BufferedImage image = Pictures.white(Math.max(width, 600), bottom + 16 + LEGEND + MARGIN);
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setColor(Palette.TEXT);
            g.setFont(Palette.TITLE);
            g.drawString("What each layer of the network sees", MARGIN, MARGIN + 14);
            g.setFont(Palette.CAPTION);
            g.setColor(Palette.TEXT_SOFT);
            g.drawString(verdict(), MARGIN, MARGIN + 30);
            for (int i = 0; i < placed.size(); i++) {
                Placed p = placed.get(i);
                header(g, p);
                paint(g, p);
                if (i > 0) {
                    Placed before = placed.get(i - 1);
                    int middle = p.y() + HEADER + p.height() / 2;
                    if (before.y() == p.y()) {
                        arrow(g, p.x() - ARROW + 6, p.x() - 6, middle);
                    } else { // a new row: the arrow comes round from the end of the row above
                        int from = before.y() + HEADER + before.height() / 2, turn = p.y() - ROW_GAP / 2;
                        int right = before.x() + before.width() + 10;
                        g.setColor(Palette.TEXT_FAINT);
                        g.drawPolyline(
                                new int[] {before.x() + before.width() + 4, right, right, p.x() - 14, p.x() - 14},
                                new int[] {from, from, turn, turn, middle},
                                5);
                        arrow(g, p.x() - 14, p.x() - 4, middle);
                    }
                }
            }
            legend(g, MARGIN, bottom + 16);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paint(Graphics2D g, Placed p) {
        int x = p.contentX(), y = p.y() + HEADER;
        if (p.index() == 0) {
            paintInput(g, p.layer(), x, y);
        } else if (p.tiling() != null) {
            paintMaps(g, p);
        } else if (p.index() == layers.size() - 1) {
            paintOutput(g, p);
        } else {
            paintUnits(g, p);
        }
    }

    /** The reading in words, as the picture's second line says it. */
    String verdict() {
        String reading = String.format(Locale.ROOT, "read as %d (%s sure)", read, Percent.of(confidence()));
        if (label.isEmpty()) {
            return "Read" + reading.substring(4) + ". Left to right, then the next row: what each layer passes on.";
        }
        return String.format(
                Locale.ROOT,
                "Labelled %d, %s: %s. Left to right, then the next row: what each layer " + "passes on.",
                label.getAsInt(),
                reading,
                label.getAsInt() == read ? "right" : "wrong");
    }

    static String shape(LayerActivation layer) {
        return layer.isMaps() ? layer.shape() + (layer.channels() > 1 ? " maps" : "") : layer.shape() + " units";
    }

    private static void header(Graphics2D g, Placed p) {
        int centre = p.x() + p.width() / 2;
        g.setColor(Palette.TEXT);
        g.setFont(Palette.TITLE_SMALL);
        Pictures.centred(g, p.layer().name(), centre, p.y() + 13);
        g.setFont(Palette.SMALL);
        g.setColor(Palette.TEXT_SOFT);
        Pictures.centred(g, p.layer().kind(), centre, p.y() + 28);
        Pictures.centred(g, shape(p.layer()), centre, p.y() + 42);
    }

    private static void paintInput(Graphics2D g, LayerActivation input, int x, int y) {
        float[] v = input.values();
        int cell = INPUT_SIDE / input.width();
        for (int r = 0; r < input.height(); r++) {
            for (int c = 0; c < input.width(); c++) {
                g.setColor(Palette.ink(v[r * input.width() + c]));
                g.fillRect(x + c * cell, y + r * cell, cell, cell);
            }
        }
        g.setColor(Palette.FRAME);
        g.drawRect(x - 1, y - 1, INPUT_SIDE + 1, INPUT_SIDE + 1);
    }

    private static void paintMaps(Graphics2D g, Placed p) {
        LayerActivation layer = p.layer();
        float scale = layer.largestMagnitude();
        for (int k = 0; k < layer.channels(); k++) {
            int[] at = p.mapAt(k);
            float[] map = layer.map(k);
            for (int r = 0; r < layer.height(); r++) {
                for (int c = 0; c < layer.width(); c++) {
                    g.setColor(MapPicture.colour(map[r * layer.width() + c], scale, true));
                    g.fillRect(at[0] + c * at[2], at[1] + r * at[2], at[2], at[2]);
                }
            }
            g.setColor(Palette.FRAME);
            g.drawRect(at[0] - 1, at[1] - 1, p.tiling().side() + 1, p.tiling().side() + 1);
        }
    }

    private static void paintUnits(Graphics2D g, Placed p) {
        LayerActivation layer = p.layer();
        int x = p.contentX(), y = p.y() + HEADER;
        float scale = layer.largestMagnitude();
        float[] v = layer.values();
        for (int i = 0; i < v.length; i++) { // every unit as one small square, 25 to a row
            g.setColor(MapPicture.colour(v[i], scale, true));
            int[] at = p.unitAt(i);
            g.fillRect(at[0], at[1], UNIT, UNIT);
        }
        g.setColor(Palette.FRAME);
        g.drawRect(x - 1, y - 1, UNITS_PER_ROW * UNIT + 1, unitsHeight(layer) + 1);
        int listTop = y + unitsHeight(layer) + 22;
        g.setFont(Palette.SMALL);
        g.setColor(Palette.TEXT_SOFT);
        g.drawString("the strongest " + Math.min(STRONGEST_UNITS, v.length) + ":", x, listTop - 6);
        List<Integer> strongest = IntStream.range(0, v.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -v[i]).thenComparing(i -> i))
                .limit(STRONGEST_UNITS)
                .toList();
        for (int k = 0; k < strongest.size(); k++) {
            int unit = strongest.get(k), by = listTop + k * 16;
            g.setColor(Palette.TEXT_SOFT);
            g.drawString(String.format(Locale.ROOT, "unit %d", unit), x, by + 11);
            int w = scale > 0 ? Math.round(40 * Math.abs(v[unit]) / scale) : 0;
            g.setColor(MapPicture.colour(v[unit], scale, true));
            g.fillRect(x + 58, by + 2, Math.max(1, w), 11);
            g.setColor(Palette.TEXT_FAINT);
            g.drawString(String.format(Locale.ROOT, "%.2f", v[unit]), x + 62 + w, by + 11);
        }
    }

    /** The colour of digit {@code d}'s bar: blue for the digit read, red if that is wrong, green for the label. */
    Color barColour(int d) {
        boolean truth = label.isPresent() && d == label.getAsInt();
        return d == read
                ? (label.isPresent() && !truth ? Palette.RED : Palette.BLUE)
                : truth ? Palette.GREEN : Palette.OTHER_BAR;
    }

    private void paintOutput(Graphics2D g, Placed placed) {
        float[] p = placed.layer().values();
        for (int d = 0; d < p.length; d++) {
            int[] bar = placed.barAt(d);
            boolean marked = d == read || label.isPresent() && d == label.getAsInt();
            g.setFont(marked ? Palette.TITLE_SMALL : Palette.CAPTION);
            g.setColor(marked ? Palette.TEXT : Palette.TEXT_SOFT);
            g.drawString(String.valueOf(d), placed.contentX(), bar[1] + 11);
            int w = Math.max(marked ? 3 : 1, Math.round(80 * p[d]));
            g.setColor(barColour(d));
            g.fillRect(bar[0], bar[1], w, 13);
            g.setFont(Palette.SMALL);
            g.setColor(Palette.TEXT_FAINT);
            g.drawString(Percent.of(p[d]), bar[0] + 4 + Math.max(3, w), bar[1] + 11);
        }
    }

    private static void arrow(Graphics2D g, int x0, int x1, int y) {
        g.setColor(Palette.TEXT_FAINT);
        g.drawLine(x0, y, x1, y);
        g.fillPolygon(new int[] {x1, x1 - 7, x1 - 7}, new int[] {y, y - 5, y + 5}, 3);
    }

    private static void legend(Graphics2D g, int x, int y) {
        int w = 160;
        MapPicture.drawSignedLegend(g, x, y, w);
        g.drawString(
                "Maps and units: each layer scaled to its own strongest value; after a ReLU every value is",
                x + w + 16,
                y + 10);
        g.drawString(
                "0 or more, so those layers go from white to teal. Output: the ten probabilities; blue is the",
                x + w + 16,
                y + 25);
        g.drawString("digit read. When the label differs, the reading is red and the label green.", x + w + 16, y + 40);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "What each layer sees: %s; read as %d (%s sure)",
                String.join(
                        " -> ",
                        layers.stream().map(l -> l.name() + " " + l.shape()).toList()),
                read,
                Percent.of(confidence()));
    }
}
