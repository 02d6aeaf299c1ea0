package digits.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The course's pipeline drawn as boxes and arrows, one box per stage and notebook: the four stages of a digit
 * recogniser under one bracket, then testing, the stage the course adds to check them, drawn dashed.
 */
public final class PipelinePicture {

    private static final List<String[]> STAGES = List.of(
            new String[] {"01", "Acquisition", "MNIST: 70,000 digits"},
            new String[] {"02", "Preprocessing", "scale, centre, augment"},
            new String[] {"03", "Feature extraction", "hand-made vs learned"},
            new String[] {"04", "Classification", "CNN, Adam, accuracy"},
            new String[] {"05", "Testing", "unseen and your digits"});
    /** How many of the stages make the recogniser itself; the rest check it. */
    private static final int RECOGNISER_STAGES = 4;

    private static final int BOX_WIDTH = 170;
    private static final int BOX_HEIGHT = 92;
    private static final int ARROW = 34;
    private static final int MARGIN = 16;
    /** Room above the boxes for the brackets and their labels. */
    private static final int HEADER = 30;

    private PipelinePicture() {}

    /** @return the pipeline of handwritten-digit recognition, stage by stage */
    public static BufferedImage picture() {
        int width = 2 * MARGIN + STAGES.size() * BOX_WIDTH + (STAGES.size() - 1) * ARROW;
        int height = 2 * MARGIN + HEADER + BOX_HEIGHT;
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = Pictures.pen(image, true);
        try {
            int top = MARGIN + HEADER;
            for (int i = 0; i < STAGES.size(); i++) {
                int x = MARGIN + i * (BOX_WIDTH + ARROW);
                boolean added = i >= RECOGNISER_STAGES;
                drawBox(g, x, top, STAGES.get(i), added ? Palette.BROWN : Palette.SERIES.get(i), added);
                if (i > 0) {
                    drawArrow(g, x - ARROW + 4, x - 4, top + BOX_HEIGHT / 2);
                }
            }
            int recogniserEnd = MARGIN + RECOGNISER_STAGES * (BOX_WIDTH + ARROW) - ARROW;
            drawBracket(g, MARGIN, recogniserEnd, top - 8, "a digit recogniser: four stages");
            drawBracket(g, recogniserEnd + ARROW, width - MARGIN, top - 8, "added to check it");
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawBox(Graphics2D g, int x, int y, String[] stage, Color color, boolean dashed) {
        g.setColor(Palette.translucent(color, 36));
        g.fillRoundRect(x, y, BOX_WIDTH, BOX_HEIGHT, 18, 18);
        g.setColor(color);
        g.setStroke(
                dashed
                        ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {8, 5}, 0)
                        : new BasicStroke(2.5f));
        g.drawRoundRect(x, y, BOX_WIDTH, BOX_HEIGHT, 18, 18);
        centred(g, stage[0], x, y + 26, Palette.NUMBER);
        centred(g, stage[1], x, y + 52, Palette.TITLE);
        g.setColor(Palette.TEXT_SOFT);
        centred(g, stage[2], x, y + 74, Palette.CAPTION);
    }

    private static void centred(Graphics2D g, String text, int boxX, int baseline, Font font) {
        g.setFont(font);
        Pictures.centred(g, text, boxX + BOX_WIDTH / 2, baseline);
    }

    /** A bracket over the boxes from {@code left} to {@code right}, its label centred above it. */
    private static void drawBracket(Graphics2D g, int left, int right, int y, String label) {
        g.setColor(Palette.TEXT_FAINT);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(left, y, right, y);
        g.drawLine(left, y, left, y + 5);
        g.drawLine(right, y, right, y + 5);
        g.setFont(Palette.CAPTION);
        g.setColor(Palette.TEXT_SOFT);
        Pictures.centred(g, label, (left + right) / 2, y - 6);
    }

    private static void drawArrow(Graphics2D g, int from, int to, int y) {
        g.setColor(Palette.TEXT_FAINT);
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(from, y, to - 6, y);
        g.fillPolygon(new int[] {to, to - 10, to - 10}, new int[] {y, y - 6, y + 6}, 3);
    }
}
