package digits.evaluation;

import digits.display.Pictures;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/** Draws mistakes side by side: each digit, its caption, and its ten probabilities as small bars. */
final class MistakeGallery {

    static final Color PREDICTED = new Color(0xd62728);
    static final Color TRUE = new Color(0x2ca02c);
    private static final Color OTHER = new Color(0xb0b0b0);

    private static final int COLUMNS = 4;
    private static final int DIGIT_SCALE = 3;
    private static final int DIGIT = 28 * DIGIT_SCALE;
    private static final int BAR = 9;
    private static final int CELL_WIDTH = DIGIT + 12 + 10 * BAR + 20;
    private static final int CELL_HEIGHT = DIGIT + 40;
    private static final int GAP = 10;
    private static final int HEADER = 30;

    private MistakeGallery() {
    }

    static BufferedImage picture(List<Mistake> mistakes, int totalMistakes) {
        int cols = Math.max(1, Math.min(COLUMNS, mistakes.size()));
        int rows = Math.max(1, (mistakes.size() + cols - 1) / cols);
        int width = Math.max(420, GAP + cols * (CELL_WIDTH + GAP));
        BufferedImage image = Pictures.white(width, HEADER + GAP + rows * (CELL_HEIGHT + GAP));
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(mistakes.isEmpty() ? "No mistakes: the network got every test image right."
                    : String.format(Locale.ROOT, "The %d surest mistakes (of %,d)", mistakes.size(), totalMistakes),
                    GAP, 20);
            for (int i = 0; i < mistakes.size(); i++) {
                drawCell(g, mistakes.get(i), GAP + (i % cols) * (CELL_WIDTH + GAP),
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
        drawBars(g, mistake, x + DIGIT + 12, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, "true %d, said %d (%.0f%%)", mistake.trueDigit(),
                mistake.predictedDigit(), 100 * mistake.prediction().confidence()), x, y + DIGIT + 16);
        g.setColor(Color.GRAY);
        g.drawString("test image " + mistake.index(), x, y + DIGIT + 31);
    }

    private static void drawBars(Graphics2D g, Mistake mistake, int x, int y) {
        int height = DIGIT - 14;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(new Color(0xe8e8e8));
        g.drawLine(x, y + height, x + 10 * BAR, y + height);
        for (int d = 0; d < 10; d++) {
            int h = (int) Math.round(mistake.prediction().probability(d) * height);
            Color colour = d == mistake.predictedDigit() ? PREDICTED : d == mistake.trueDigit() ? TRUE : OTHER;
            g.setColor(colour);
            g.fillRect(x + d * BAR + 1, y + height - h, BAR - 2, h);
            g.setColor(d == mistake.predictedDigit() || d == mistake.trueDigit() ? colour : Color.GRAY);
            String label = String.valueOf(d);
            g.drawString(label, x + d * BAR + (BAR - metrics.stringWidth(label)) / 2, y + height + 11);
        }
    }
}
