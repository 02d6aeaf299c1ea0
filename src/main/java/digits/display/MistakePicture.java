package digits.display;

import digits.data.DigitImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Paints mistakes side by side: each digit, its caption, and its ten probabilities as small bars. */
public final class MistakePicture {

    /** The colour of the predicted digit's bar and the digit's frame. */
    public static final Color PREDICTED = Palette.RED;
    /** The colour of the true digit's bar. */
    public static final Color TRUE = Palette.GREEN;

    private static final int COLUMNS = 4;
    private static final int DIGIT_SCALE = 3;
    private static final int DIGIT = 28 * DIGIT_SCALE;
    private static final int BAR = 9;
    private static final int CELL_WIDTH = DIGIT + 12 + 10 * BAR + 20;
    private static final int CELL_HEIGHT = DIGIT + 40;
    private static final int GAP = 10;
    private static final int HEADER = 30;

    /**
     * One mistake.
     *
     * @param digit         the image, labelled with the right answer
     * @param predicted     the digit the network said, 0..9
     * @param probabilities the network's ten probabilities
     * @param note          a second caption line, such as "test image 1234"
     */
    public record Mistake(DigitImage digit, int predicted, float[] probabilities, String note) {
        /** Checks the digit and the ten probabilities, and copies them. */
        public Mistake {
            Objects.requireNonNull(digit, "digit");
            Objects.requireNonNull(note, "note");
            if (predicted < 0 || predicted > 9 || probabilities.length != 10) {
                throw new IllegalArgumentException("a mistake needs a predicted digit 0..9 and 10 probabilities, found "
                        + predicted + " and " + probabilities.length);
            }
            probabilities = probabilities.clone();
        }

        /** @return a copy of the ten probabilities */
        @Override
        public float[] probabilities() {
            return probabilities.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mistake m
                    && digit.equals(m.digit)
                    && predicted == m.predicted
                    && Arrays.equals(probabilities, m.probabilities)
                    && note.equals(m.note);
        }

        @Override
        public int hashCode() {
            return Objects.hash(digit, predicted, Arrays.hashCode(probabilities), note);
        }
    }

    private MistakePicture() {}

    /**
     * @param mistakes      the mistakes to show, in order
     * @param totalMistakes how many mistakes there were in all
     * @return the picture (a note instead of digits when {@code mistakes} is empty)
     */
    public static BufferedImage of(List<Mistake> mistakes, int totalMistakes) {
        int cols = Math.max(1, Math.min(COLUMNS, mistakes.size()));
        int rows = Math.max(1, (mistakes.size() + cols - 1) / cols);
        int width = Math.max(420, GAP + cols * (CELL_WIDTH + GAP));
        BufferedImage image = Pictures.white(width, HEADER + GAP + rows * (CELL_HEIGHT + GAP));
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setColor(Palette.TEXT);
            g.setFont(Palette.TITLE);
            g.drawString(
                    mistakes.isEmpty()
                            ? "No mistakes: the network got every test image right."
                            : String.format(
                                    Locale.ROOT, "The %d surest mistakes (of %,d)", mistakes.size(), totalMistakes),
                    GAP,
                    20);
            for (int i = 0; i < mistakes.size(); i++) {
                drawCell(
                        g,
                        mistakes.get(i),
                        GAP + (i % cols) * (CELL_WIDTH + GAP),
                        HEADER + GAP + (i / cols) * (CELL_HEIGHT + GAP));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawCell(Graphics2D g, Mistake mistake, int x, int y) {
        g.drawImage(mistake.digit().toBufferedImage(DIGIT_SCALE), x, y, null);
        g.setColor(PREDICTED);
        g.drawRect(x, y, DIGIT - 1, DIGIT - 1);
        int truth = mistake.digit().label();
        Color[] bars = new Color[10], labels = new Color[10];
        for (int d = 0; d < 10; d++) {
            bars[d] = d == mistake.predicted() ? PREDICTED : d == truth ? TRUE : Palette.OTHER_BAR;
            labels[d] = d == mistake.predicted() || d == truth ? bars[d] : Palette.TEXT_FAINT;
        }
        float[] p = mistake.probabilities();
        Pictures.probabilityBars(g, p, x + DIGIT + 12, y, BAR, DIGIT - 14, bars, labels);
        g.setFont(Palette.CAPTION);
        g.setColor(Palette.TEXT);
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "true %d, said %d (%s)",
                        truth,
                        mistake.predicted(),
                        Percent.of(p[mistake.predicted()])),
                x,
                y + DIGIT + 16);
        g.setColor(Palette.TEXT_FAINT);
        g.drawString(mistake.note(), x, y + DIGIT + 31);
    }
}
