package digits.owndigits;

import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Own digits and what a network says about them, one row each: the picture as given, its MNIST form,
 * the ten probabilities as bars, and the verdict (checked against the digit the file name promises).
 */
public final class OwnDigitGallery {

    private static final int THUMB = 84;
    private static final int BAR = 14;
    private static final int ROW = THUMB + 16;
    private static final Color PREDICTED = new Color(0x1f77b4);
    private static final Color WRONG = new Color(0xd62728);
    private static final Color OTHER = new Color(0xb0b0b0);

    private OwnDigitGallery() {
    }

    /**
     * @param digits    own digits, 1 to 50
     * @param predictor the network to ask
     * @return the picture
     */
    public static BufferedImage of(List<OwnDigit> digits, Predictor predictor) {
        if (digits.isEmpty() || digits.size() > 50) {
            throw new IllegalArgumentException("a gallery needs 1 to 50 digits, found " + digits.size()
                    + (digits.isEmpty() ? ": put PNG or JPEG files in the folder first" : ""));
        }
        int width = 16 + THUMB + 16 + THUMB + 24 + 10 * BAR + 24 + 260;
        BufferedImage image = new BufferedImage(width, 8 + digits.size() * ROW, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, image.getHeight());
            for (int i = 0; i < digits.size(); i++) {
                OwnDigit digit = digits.get(i);
                drawRow(g, digit, predictor.predict(digit.digit()), 8 + i * ROW);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawRow(Graphics2D g, OwnDigit digit, Prediction prediction, int y) {
        int x = 16;
        BufferedImage original = digit.original();
        double scale = Math.min((double) THUMB / original.getWidth(), (double) THUMB / original.getHeight());
        int w = Math.max(1, (int) Math.round(original.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(original.getHeight() * scale));
        g.setColor(new Color(0xf0f0f0));
        g.fillRect(x + (THUMB - w) / 2, y + (THUMB - h) / 2, w, h);
        g.drawImage(original, x + (THUMB - w) / 2, y + (THUMB - h) / 2, w, h, null);
        x += THUMB + 16;
        g.drawImage(digit.digit().toBufferedImage(3), x, y, null);
        g.setColor(new Color(0xc0c0c0));
        g.drawRect(x, y, THUMB - 1, THUMB - 1);
        x += THUMB + 24;
        boolean wrong = digit.expected().isPresent() && digit.expected().getAsInt() != prediction.digit();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        FontMetrics metrics = g.getFontMetrics();
        int height = THUMB - 14;
        for (int d = 0; d < 10; d++) {
            int bar = (int) Math.round(prediction.probability(d) * height);
            g.setColor(d == prediction.digit() ? (wrong ? WRONG : PREDICTED) : OTHER);
            g.fillRect(x + d * BAR + 1, y + height - bar, BAR - 2, bar);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.valueOf(d), x + d * BAR + (BAR - metrics.stringWidth("0")) / 2, y + height + 12);
        }
        x += 10 * BAR + 24;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(String.format(Locale.ROOT, "says %d (%.0f%% sure)", prediction.digit(), 100 * prediction.confidence()),
                x, y + 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(wrong ? WRONG : Color.GRAY);
        String expected = digit.expected().isEmpty() ? "" : wrong ? ", meant " + digit.expected().getAsInt() + ": wrong"
                : ", meant " + digit.expected().getAsInt() + ": right";
        g.drawString(digit.name() + expected, x, y + 50);
    }
}
