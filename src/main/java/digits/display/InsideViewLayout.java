package digits.display;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Where each column of an {@link InsideView} goes: the sizes of its parts and the columns placed in rows. */
final class InsideViewLayout {

    static final int MARGIN = 16;
    static final int HEADER = 52;
    static final int GAP = 4;
    static final int ARROW = 28;
    static final int ROW_GAP = 22;
    static final int LEGEND = 48;
    static final int INPUT_SIDE = 112;
    static final int UNIT = 6;
    static final int UNITS_PER_ROW = 25;
    static final int OUTPUT_ROW = 21;
    static final int OUTPUT_WIDTH = 160;

    private InsideViewLayout() {}

    /** Where one layer's column goes: its top left corner, its width and the height of its content. */
    record Placed(LayerActivation layer, int index, int x, int y, int width, int content, int height, Tiling tiling) {
        /** @return where the content starts: centred in the column, under the header */
        int contentX() {
            return x + (width - content) / 2;
        }

        /** @return the top left corner of unit {@code i}'s square in a row of units */
        int[] unitAt(int i) {
            return new int[] {contentX() + (i % UNITS_PER_ROW) * UNIT, y + HEADER + (i / UNITS_PER_ROW) * UNIT};
        }

        /** @return the top left corner of digit {@code d}'s probability bar in the output column */
        int[] barAt(int d) {
            return new int[] {contentX() + 16, y + HEADER + d * OUTPUT_ROW + 3};
        }

        /** @return the top left corner of map {@code k}'s square, and the side of each of its cells */
        int[] mapAt(int k) {
            int mx = contentX() + (k % tiling.columns()) * (tiling.side() + GAP);
            int my = y + HEADER + (k / tiling.columns()) * (tiling.side() + GAP);
            return new int[] {mx, my, tiling.side() / layer.height()};
        }
    }

    /** How the maps of one layer are laid out: a nearly square grid of squares of one side. */
    record Tiling(int side, int columns, int rows) {
        static Tiling of(LayerActivation layer) {
            int target = layer.channels() <= 24 ? 48 : 24;
            int side = layer.height() * Math.max(1, Math.round((float) target / layer.height()));
            int columns = (int) Math.ceil(Math.sqrt(layer.channels()));
            return new Tiling(side, columns, (layer.channels() + columns - 1) / columns);
        }

        int width() {
            return columns * (side + GAP) - GAP;
        }

        int height() {
            return rows * (side + GAP) - GAP;
        }
    }

    /** The columns placed in rows no wider than {@link InsideView#MAX_WIDTH}: a new row starts with an arrow from the last. */
    static List<Placed> of(List<LayerActivation> layers) {
        FontMetrics small = Pictures.pen(Pictures.white(1, 1), false).getFontMetrics(Palette.SMALL);
        List<Placed> placed = new ArrayList<>();
        int x = MARGIN, rowTop = MARGIN + 34, rowHeight = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerActivation layer = layers.get(i);
            Tiling tiling = i > 0 && layer.isMaps() ? Tiling.of(layer) : null;
            int content = i == 0
                    ? INPUT_SIDE
                    : tiling != null ? tiling.width() : i == layers.size() - 1 ? OUTPUT_WIDTH : UNITS_PER_ROW * UNIT;
            int height = i == 0
                    ? INPUT_SIDE
                    : tiling != null
                            ? tiling.height()
                            : i == layers.size() - 1
                                    ? 10 * OUTPUT_ROW
                                    : unitsHeight(layer) + 22 + InsideView.STRONGEST_UNITS * 16;
            int width = Math.max(
                    content, Math.max(small.stringWidth(layer.kind()), small.stringWidth(InsideView.shape(layer))) + 4);
            if (i > 0 && x + ARROW + width > InsideView.MAX_WIDTH - MARGIN) {
                rowTop += HEADER + rowHeight + ROW_GAP;
                x = MARGIN;
                rowHeight = 0;
            }
            if (i > 0) {
                x += ARROW;
            }
            placed.add(new Placed(layer, i, x, rowTop, width, content, height, tiling));
            x += width;
            rowHeight = Math.max(rowHeight, height);
        }
        return placed;
    }

    static int unitsHeight(LayerActivation layer) {
        return (layer.channels() + UNITS_PER_ROW - 1) / UNITS_PER_ROW * UNIT;
    }
}
