package digits.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** The course's pipeline drawn as boxes and arrows, one box per stage and notebook. */
public final class PipelinePicture {

    private static final List<String[]> STAGES = List.of(
            new String[] {"01", "Acquisition", "MNIST: 70,000 digits"},
            new String[] {"02", "Preprocessing", "scale, centre, augment"},
            new String[] {"03", "Feature extraction", "hand-made vs learned"},
            new String[] {"04", "Classification", "CNN, Adam, accuracy"},
            new String[] {"05", "Testing", "unseen and your digits"});

    private static final int BOX_WIDTH = 170;
    private static final int BOX_HEIGHT = 92;
    private static final int ARROW = 34;
    private static final int MARGIN = 16;

    private PipelinePicture() {
    }

    /** @return the pipeline of handwritten-digit recognition, stage by stage */
    public static BufferedImage picture() {
        int width = 2 * MARGIN + STAGES.size() * BOX_WIDTH + (STAGES.size() - 1) * ARROW;
        int height = 2 * MARGIN + BOX_HEIGHT;
        BufferedImage image = Pictures.white(width, height);
        Graphics2D g = Pictures.pen(image, true);
        try {
            for (int i = 0; i < STAGES.size(); i++) {
                int x = MARGIN + i * (BOX_WIDTH + ARROW);
                drawBox(g, x, MARGIN, STAGES.get(i), Palette.SERIES.get(i % Palette.SERIES.size()));
                if (i > 0) {
                    drawArrow(g, x - ARROW + 4, x - 4, MARGIN + BOX_HEIGHT / 2);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawBox(Graphics2D g, int x, int y, String[] stage, Color color) {
        g.setColor(Palette.translucent(color, 36));
        g.fillRoundRect(x, y, BOX_WIDTH, BOX_HEIGHT, 18, 18);
        g.setColor(color);
        g.setStroke(new BasicStroke(2.5f));
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

    private static void drawArrow(Graphics2D g, int from, int to, int y) {
        g.setColor(Palette.TEXT_FAINT);
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(from, y, to - 6, y);
        g.fillPolygon(new int[] {to, to - 10, to - 10}, new int[] {y, y - 6, y + 6}, 3);
    }
}
