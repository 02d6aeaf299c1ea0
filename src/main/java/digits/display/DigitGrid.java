package digits.display;

import digits.check.Check;
import digits.data.DigitImage;
import digits.data.DigitSet;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Many digits drawn as one picture: a grid of enlarged digits, each with a caption underneath. A cell can be
 * framed in orange to stand out (the original among its variants), or in red for a wrong answer: red means
 * wrong and nothing else, across the course. A notebook cell that ends in a grid shows its picture.
 *
 * <pre>{@code
 * DigitGrid.of(mnist.train().first(20))                       // captions are the labels
 * DigitGrid.builder().columns(8).addHighlighted(digit, "original").addWrong(mistake, "7 → 1").build()
 * }</pre>
 */
public final class DigitGrid {

    /** Frame and caption colour of a highlighted cell. */
    public static final Color HIGHLIGHT = Palette.ORANGE;
    /** Frame and caption colour of a cell that shows a wrong answer. */
    public static final Color WRONG = Palette.RED;

    private static final int CAPTION_HEIGHT = 18;
    private static final int GAP = 6;

    private final List<Cell> cells;
    private final int columns;
    private final int scale;

    private DigitGrid(Builder builder) {
        this.cells = List.copyOf(builder.cells);
        this.columns = builder.columns;
        this.scale = builder.scale;
    }

    /**
     * A grid of every digit in {@code set}, captioned with its label.
     *
     * @param set the digits (keep it small: {@code first(20)} or {@code sample(20, seed)})
     * @return the picture
     */
    public static BufferedImage of(DigitSet set) {
        if (set.size() > 400) {
            throw new IllegalArgumentException("a grid of " + set.size() + " digits is too big to look at; take "
                    + "first(n) or sample(n, seed) with n up to 400");
        }
        Builder builder = builder();
        for (int i = 0; i < set.size(); i++) {
            DigitImage digit = set.get(i);
            builder.add(digit, digit.labelText());
        }
        return builder.build().picture();
    }

    /** @return a builder with 10 columns and each pixel drawn 3 times as large */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the grid drawn as one picture */
    public BufferedImage picture() {
        int cellWidth = DigitImage.WIDTH * scale;
        int cellHeight = DigitImage.HEIGHT * scale + CAPTION_HEIGHT;
        int cols = Math.max(1, Math.min(columns, cells.size()));
        int rows = Math.max(1, (cells.size() + cols - 1) / cols);
        BufferedImage image = Pictures.white(GAP + cols * (cellWidth + GAP), GAP + rows * (cellHeight + GAP));
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setFont(Palette.CAPTION);
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                int x = GAP + (i % cols) * (cellWidth + GAP);
                int y = GAP + (i / cols) * (cellHeight + GAP);
                g.drawImage(cell.digit.toBufferedImage(scale), x, y, null);
                g.setColor(cell.mark == null ? Palette.FRAME : cell.mark);
                g.setStroke(new BasicStroke(cell.mark == null ? 1f : 3f));
                g.drawRect(x, y, cellWidth - 1, DigitImage.HEIGHT * scale - 1);
                g.setColor(cell.mark == null ? Palette.TEXT_SOFT : cell.mark);
                String caption = Pictures.fit(cell.caption, metrics, cellWidth);
                g.drawString(
                        caption,
                        x + (cellWidth - metrics.stringWidth(caption)) / 2,
                        y + DigitImage.HEIGHT * scale + metrics.getAscent() + 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** One digit; {@code mark} is the colour of its frame and caption, null for a plain cell. */
    private record Cell(DigitImage digit, String caption, Color mark) {}

    /** @return how many digits, in how many rows */
    @Override
    public String toString() {
        int cols = Math.max(1, Math.min(columns, cells.size()));
        int rows = (cells.size() + cols - 1) / cols;
        return "DigitGrid[" + cells.size() + (cells.size() == 1 ? " digit, " : " digits, ")
                + (rows == 1 ? "one row]" : rows + " rows of " + cols + "]");
    }

    /** Collects the cells of a grid. */
    public static final class Builder {
        private final List<Cell> cells = new ArrayList<>();
        private int columns = 10;
        private int scale = 3;

        private Builder() {}

        /**
         * @param columns digits per row, 1 to 40
         * @return this builder
         */
        public Builder columns(int columns) {
            Check.inRange("columns", columns, 1, 40);
            this.columns = columns;
            return this;
        }

        /**
         * @param scale how many screen pixels each digit pixel becomes, 1 to 10
         * @return this builder
         */
        public Builder scale(int scale) {
            Check.inRange("scale", scale, 1, 10);
            this.scale = scale;
            return this;
        }

        /**
         * @param digit the digit to draw
         * @param caption the text under it
         * @return this builder
         */
        public Builder add(DigitImage digit, String caption) {
            cells.add(new Cell(digit, caption, null));
            return this;
        }

        /**
         * Adds a digit framed and captioned in orange, to stand out (the original among its variants, say).
         *
         * @param digit the digit to draw
         * @param caption the text under it
         * @return this builder
         */
        public Builder addHighlighted(DigitImage digit, String caption) {
            cells.add(new Cell(digit, caption, HIGHLIGHT));
            return this;
        }

        /**
         * Adds a digit framed and captioned in red: a wrong answer, such as "7 → 1".
         *
         * @param digit the digit to draw
         * @param caption the text under it
         * @return this builder
         */
        public Builder addWrong(DigitImage digit, String caption) {
            cells.add(new Cell(digit, caption, WRONG));
            return this;
        }

        /** @return the grid */
        public DigitGrid build() {
            if (cells.isEmpty()) {
                throw new IllegalStateException("a grid needs at least one digit");
            }
            return new DigitGrid(this);
        }
    }
}
