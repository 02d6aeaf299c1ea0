package digits.display;

import digits.data.DigitImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/** Paints own digits: the steps that bring a picture into MNIST form, and a gallery of what a network says. */
public final class OwnDigitPictures {

    private static final int PANEL = 168;
    private static final int THUMB = 84;
    private static final int BAR = 14;
    private static final int ROW = THUMB + 16;
    private static final int SIDE = DigitImage.WIDTH;
    private static final int BOX = 20;

    private OwnDigitPictures() {}

    /**
     * What each step of bringing a picture into MNIST form made.
     *
     * @param name          the picture's name
     * @param original      the picture as given
     * @param cropped       the ink found, cropped to, as a grey picture
     * @param scaled        the ink scaled to fit 20 x 20: 0 (paper) .. 1 (ink), row after row
     * @param scaledWidth   its width, 1..20
     * @param scaledHeight  its height, 1..20
     * @param left          the column of the 28 x 28 field where the centre of mass placed it
     * @param top           the row of the field where the centre of mass placed it
     */
    public record Steps(
            String name,
            BufferedImage original,
            BufferedImage cropped,
            float[] scaled,
            int scaledWidth,
            int scaledHeight,
            int left,
            int top) {
        /** Checks that the scaled ink fits the 20 x 20 box and the field. */
        public Steps {
            Objects.requireNonNull(name, "name");
            if (scaledWidth < 1
                    || scaledWidth > BOX
                    || scaledHeight < 1
                    || scaledHeight > BOX
                    || scaled.length != scaledWidth * scaledHeight
                    || left < 0
                    || top < 0
                    || left + scaledWidth > SIDE
                    || top + scaledHeight > SIDE) {
                throw new IllegalArgumentException("scaled ink of " + scaledWidth + " x " + scaledHeight + " ("
                        + scaled.length + " values) at (" + left + ", " + top + ") does not fit 20 x 20 and 28 x 28");
            }
        }
    }

    /**
     * One own digit and the network's reading of it.
     *
     * @param name          the picture's name
     * @param original      the picture as given
     * @param digit         its MNIST form
     * @param predicted     the digit the network reads, 0..9
     * @param probabilities the network's ten probabilities
     * @param expected      the digit it should show, if known
     */
    public record Reading(
            String name,
            BufferedImage original,
            DigitImage digit,
            int predicted,
            float[] probabilities,
            OptionalInt expected) {
        /** Checks the digit read and the ten probabilities. */
        public Reading {
            if (predicted < 0 || predicted > 9 || probabilities.length != 10) {
                throw new IllegalArgumentException("a reading needs a digit 0..9 and 10 probabilities, found "
                        + predicted + " and " + probabilities.length);
            }
        }
    }

    /**
     * @param steps what each step made
     * @return four panels: as given; cropped; scaled to fit 20 x 20; centred by centre of mass in 28 x 28 (+)
     */
    public static BufferedImage steps(Steps steps) {
        int gap = 18, top = 30, caption = 36;
        BufferedImage image = Pictures.white(gap + 4 * (PANEL + gap), top + PANEL + caption);
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setColor(Palette.TEXT);
            g.setFont(Palette.TITLE);
            g.drawString("From " + steps.name() + " to MNIST form", gap, 20);
            String[][] captions = {
                {
                    "1. as given",
                    steps.original().getWidth() + " x " + steps.original().getHeight() + " pixels"
                },
                {
                    "2. ink found, cropped",
                    steps.cropped().getWidth() + " x " + steps.cropped().getHeight() + " pixels"
                },
                {"3. scaled to fit 20 x 20", steps.scaledWidth() + " x " + steps.scaledHeight() + " pixels"},
                {"4. centred in 28 x 28", "by centre of mass (+)"}
            };
            for (int step = 0; step < 4; step++) {
                int x = gap + step * (PANEL + gap);
                switch (step) {
                    case 0 -> Pictures.fitted(g, steps.original(), x, top, PANEL, true);
                    case 1 -> Pictures.fitted(g, steps.cropped(), x, top, PANEL, true);
                    case 2 ->
                        drawPixels(
                                g,
                                steps,
                                BOX,
                                (BOX - steps.scaledWidth()) / 2,
                                (BOX - steps.scaledHeight()) / 2,
                                x,
                                top);
                    default -> drawPixels(g, steps, SIDE, steps.left(), steps.top(), x, top);
                }
                g.setColor(Palette.TEXT);
                g.setFont(Palette.CAPTION);
                g.drawString(captions[step][0], x, top + PANEL + 15);
                g.setColor(Palette.TEXT_FAINT);
                g.drawString(captions[step][1], x, top + PANEL + 30);
            }
            int x = gap + 3 * (PANEL + gap);
            int cell = PANEL / SIDE;
            g.setColor(Palette.ORANGE);
            g.setStroke(new BasicStroke(2f));
            int c = 14 * cell + cell / 2; // the centre of pixel (14, 14), where the centre of mass goes
            g.drawLine(x + c - 8, top + c, x + c + 8, top + c);
            g.drawLine(x + c, top + c - 8, x + c, top + c + 8);
            g.setColor(Palette.BLUE);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
            g.drawRect(x + 4 * cell, top + 4 * cell, 20 * cell, 20 * cell);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws a {@code side} x {@code side} field of big pixels with the scaled ink at (left, top), dark ink on white. */
    private static void drawPixels(Graphics2D g, Steps steps, int side, int left, int top, int x, int y) {
        int cell = PANEL / side;
        int size = cell * side;
        g.setColor(Color.WHITE);
        g.fillRect(x, y, size, size);
        for (int r = 0; r < steps.scaledHeight(); r++) {
            for (int c = 0; c < steps.scaledWidth(); c++) {
                g.setColor(Palette.ink(steps.scaled()[r * steps.scaledWidth() + c]));
                g.fillRect(x + (left + c) * cell, y + (top + r) * cell, cell, cell);
            }
        }
        g.setColor(Palette.GRID_LINE);
        for (int k = 0; k <= side; k++) {
            g.drawLine(x + k * cell, y, x + k * cell, y + size);
            g.drawLine(x, y + k * cell, x + size, y + k * cell);
        }
        g.setColor(Palette.TEXT_FAINT);
        g.drawRect(x, y, size, size);
    }

    /**
     * @param readings own digits and what a network says about them, 1 or more
     * @return one row each: the picture as given, its MNIST form, the ten probabilities as bars, and the
     *     verdict (checked against the expected digit, when known)
     */
    public static BufferedImage gallery(List<Reading> readings) {
        int width = 16 + THUMB + 16 + THUMB + 24 + 10 * BAR + 24 + 260;
        BufferedImage image = Pictures.white(width, 8 + readings.size() * ROW);
        Graphics2D g = Pictures.pen(image, false);
        try {
            for (int i = 0; i < readings.size(); i++) {
                drawRow(g, readings.get(i), 8 + i * ROW);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawRow(Graphics2D g, Reading reading, int y) {
        int x = 16;
        Pictures.fitted(g, reading.original(), x, y, THUMB, false);
        x += THUMB + 16;
        g.drawImage(reading.digit().toBufferedImage(3), x, y, null);
        g.setColor(Palette.FRAME);
        g.drawRect(x, y, THUMB - 1, THUMB - 1);
        x += THUMB + 24;
        int predicted = reading.predicted();
        OptionalInt expected = reading.expected();
        boolean wrong = expected.isPresent() && expected.getAsInt() != predicted;
        Color[] bars = new Color[10], labels = new Color[10];
        for (int d = 0; d < 10; d++) {
            bars[d] = d == predicted ? (wrong ? Palette.RED : Palette.BLUE) : Palette.OTHER_BAR;
            labels[d] = Palette.TEXT_SOFT;
        }
        Pictures.probabilityBars(g, reading.probabilities(), x, y, BAR, THUMB - 14, bars, labels);
        x += 10 * BAR + 24;
        g.setColor(Palette.TEXT);
        g.setFont(Palette.TITLE);
        g.drawString(
                String.format(
                        Locale.ROOT, "says %d (%s sure)", predicted, Percent.of(reading.probabilities()[predicted])),
                x,
                y + 30);
        g.setFont(Palette.CAPTION);
        g.setColor(wrong ? Palette.RED : Palette.TEXT_FAINT);
        String verdict = expected.isEmpty() ? "" : ", meant " + expected.getAsInt() + (wrong ? ": wrong" : ": right");
        g.drawString(reading.name() + verdict, x, y + 50);
    }
}
