package digits.display;

import digits.image.Box;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Paints a number read from a picture: how it was split into digits, and what was read in each. */
public final class NumberPictures {

    private static final int MAX_WIDTH = 900;
    private static final int MAX_HEIGHT = 320;
    private static final int MAX_ENLARGEMENT = 4;
    static final int GAP = 16;
    private static final int TITLE = 28;
    private static final int CAPTION = 22;
    private static final int DIGIT = 56;

    private NumberPictures() {}

    /**
     * What each step of splitting a picture into digits made.
     *
     * @param name           the picture's name
     * @param picture        the picture the digits were found in
     * @param ink            which pixels are ink, {@code ink[y * width + x]}
     * @param lines          which pixels were ink of ruled lines, taken out
     * @param components     the connected component of each ink pixel (0, 1, ...), -1 for paper
     * @param componentCount how many components there are
     * @param boxes          each digit's box in the picture, left to right
     * @param digits         each digit in MNIST form (28 x 28)
     */
    public record Steps(
            String name,
            BufferedImage picture,
            boolean[] ink,
            boolean[] lines,
            int[] components,
            int componentCount,
            List<Box> boxes,
            List<BufferedImage> digits) {
        /** Checks that the masks fit the picture and that each box has its digit. */
        public Steps {
            int pixels = picture.getWidth() * picture.getHeight();
            if (ink.length != pixels || lines.length != pixels || components.length != pixels) {
                throw new IllegalArgumentException(
                        "the masks must have one value per pixel of the " + picture.getWidth()
                                + " x " + picture.getHeight() + " picture (" + pixels + "), found " + ink.length + ", "
                                + lines.length + ", " + components.length);
            }
            if (boxes.size() != digits.size()) {
                throw new IllegalArgumentException(boxes.size() + " boxes but " + digits.size() + " digits");
            }
            boxes = List.copyOf(boxes);
            digits = List.copyOf(digits);
        }
    }

    /**
     * A number read from a picture.
     *
     * @param name        the picture's name
     * @param picture     the picture
     * @param boxes       each digit's box in the picture, left to right
     * @param digits      the digit read in each box
     * @param confidences how sure the network is of each, 0..1
     * @param leastSure   the position of the digit it is least sure of
     */
    public record Reading(
            String name, BufferedImage picture, List<Box> boxes, int[] digits, double[] confidences, int leastSure) {
        /** Checks that there is a digit and a confidence per box. */
        public Reading {
            Objects.requireNonNull(picture, "picture");
            if (digits.length != boxes.size() || confidences.length != boxes.size()) {
                throw new IllegalArgumentException(boxes.size() + " boxes need as many digits and confidences, found "
                        + digits.length + " and " + confidences.length);
            }
            boxes = List.copyOf(boxes);
        }
    }

    /**
     * @param steps what each step made
     * @return the steps one under the other: the picture; the ink (ruled lines taken out in light blue); the
     *     connected components in colours; the digits' boxes, numbered; the digits in MNIST form
     */
    public static BufferedImage steps(Steps steps) {
        BufferedImage picture = steps.picture();
        double scale = scaleFor(picture);
        int w = (int) Math.round(picture.getWidth() * scale), h = (int) Math.round(picture.getHeight() * scale);
        int panel = CAPTION + h + GAP;
        int digitsRow = CAPTION + DIGIT + 20 + GAP;
        String[] captions = {
            "1. the picture, " + picture.getWidth() + " x " + picture.getHeight() + " pixels",
            "2. ink: darker than the paper around it"
                    + (any(steps.lines()) ? "; ruled lines taken out (light blue)" : ""),
            "3. " + steps.componentCount() + " connected components, one colour each",
            "4. " + steps.boxes().size() + " digits: parts put together, specks dropped, touching digits cut",
            "5. each digit in MNIST form, 28 x 28"
        };
        FontMetrics metrics = Pictures.pen(Pictures.white(1, 1), false).getFontMetrics(Palette.CAPTION);
        int widestCaption =
                Arrays.stream(captions).mapToInt(metrics::stringWidth).max().orElseThrow();
        int width = Math.max(Math.max(w, widestCaption), steps.digits().size() * (DIGIT + 10)) + 2 * GAP;
        BufferedImage image = Pictures.white(Math.max(width, 420), TITLE + 4 * panel + digitsRow);
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setColor(Palette.TEXT);
            g.setFont(Palette.TITLE);
            g.drawString("Splitting " + steps.name() + " into digits", GAP, 20);
            int y = TITLE;
            BufferedImage[] panels = {picture, inkPicture(steps), componentPicture(steps), picture};
            for (int step = 0; step < panels.length; step++, y += panel) {
                caption(g, captions[step], y);
                drawScaled(g, panels[step], GAP, y + CAPTION, w, h);
            }
            drawBoxes(g, steps.boxes(), scale, GAP, y - panel + CAPTION, -1);
            caption(g, captions[4], y);
            for (int d = 0; d < steps.digits().size(); d++) {
                int x = GAP + d * (DIGIT + 10);
                drawScaled(g, steps.digits().get(d), x, y + CAPTION, DIGIT, DIGIT);
                g.setColor(Palette.FRAME);
                g.drawRect(x - 1, y + CAPTION - 1, DIGIT + 1, DIGIT + 1);
                g.setColor(Palette.TEXT_SOFT);
                g.setFont(Palette.CAPTION);
                Pictures.centred(g, String.valueOf(d + 1), x + DIGIT / 2, y + CAPTION + DIGIT + 15);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @param reading the number read
     * @return the picture with a numbered box around each digit and the digit read (with how sure) under it;
     *     the least sure digit in red, the number as text on top
     */
    public static BufferedImage reading(Reading reading) {
        BufferedImage picture = reading.picture();
        double scale = scaleFor(picture);
        int w = (int) Math.round(picture.getWidth() * scale), h = (int) Math.round(picture.getHeight() * scale);
        int below = 48;
        StringBuilder text = new StringBuilder();
        for (int d : reading.digits()) {
            text.append(d);
        }
        String title = reading.name() + " reads " + text + (text.length() > 1 ? "; least sure in orange" : "");
        int titleWidth = Pictures.pen(Pictures.white(1, 1), false)
                .getFontMetrics(Palette.TITLE)
                .stringWidth(title);
        BufferedImage image = Pictures.white(Math.max(Math.max(w, titleWidth) + 2 * GAP, 420), TITLE + 8 + h + below);
        Graphics2D g = Pictures.pen(image, false);
        try {
            g.setColor(Palette.TEXT);
            g.setFont(Palette.TITLE);
            g.drawString(title, GAP, 20);
            int top = TITLE + 8;
            drawScaled(g, picture, GAP, top, w, h);
            drawBoxes(g, reading.boxes(), scale, GAP, top, reading.leastSure());
            for (int d = 0; d < reading.boxes().size(); d++) {
                Box box = reading.boxes().get(d);
                int centre = GAP + (int) Math.round((box.x() + box.width() / 2.0) * scale);
                g.setColor(d == reading.leastSure() ? Palette.ORANGE : Palette.BLUE);
                g.setFont(Palette.NUMBER);
                Pictures.centred(g, String.valueOf(reading.digits()[d]), centre, top + h + 20);
                g.setFont(Palette.SMALL);
                g.setColor(d == reading.leastSure() ? Palette.ORANGE : Palette.TEXT_FAINT);
                Pictures.centred(g, Percent.of(reading.confidences()[d]), centre, top + h + 36);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Small pictures (a composed number) are enlarged, large ones shrunk, to fit the page. */
    private static double scaleFor(BufferedImage picture) {
        return Math.min(
                MAX_ENLARGEMENT,
                Math.min((double) MAX_WIDTH / picture.getWidth(), (double) MAX_HEIGHT / picture.getHeight()));
    }

    private static void caption(Graphics2D g, String text, int y) {
        g.setColor(Palette.TEXT_SOFT);
        g.setFont(Palette.CAPTION);
        g.drawString(text, GAP, y + 15);
    }

    private static void drawScaled(Graphics2D g, BufferedImage picture, int x, int y, int w, int h) {
        g.setRenderingHint(
                RenderingHints.KEY_INTERPOLATION,
                w < picture.getWidth()
                        ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                        : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.setColor(Palette.BACKDROP);
        g.fillRect(x, y, w, h);
        g.drawImage(picture, x, y, w, h, null);
    }

    /** Numbered boxes: blue, the one at {@code marked} orange (red is kept for a wrong reading). */
    private static void drawBoxes(Graphics2D g, List<Box> boxes, double scale, int x, int y, int marked) {
        g.setStroke(new BasicStroke(2f));
        g.setFont(Palette.SMALL);
        for (int d = 0; d < boxes.size(); d++) {
            Box b = boxes.get(d);
            int bx = x + (int) Math.floor(b.x() * scale) - 2, by = y + (int) Math.floor(b.y() * scale) - 2;
            int bw = (int) Math.ceil(b.width() * scale) + 3, bh = (int) Math.ceil(b.height() * scale) + 3;
            g.setColor(d == marked ? Palette.ORANGE : Palette.BLUE);
            g.drawRect(bx, by, bw, bh);
            g.drawString(String.valueOf(d + 1), bx + 2, Math.max(y + 10, by - 3));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static BufferedImage inkPicture(Steps steps) {
        int w = steps.picture().getWidth(), h = steps.picture().getHeight();
        int[] rgb = new int[w * h];
        int line = Palette.LIGHT_BLUE.getRGB();
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = steps.ink()[i] ? Palette.TEXT.getRGB() : steps.lines()[i] ? line : Color.WHITE.getRGB();
        }
        return fromRgb(rgb, w, h);
    }

    private static BufferedImage componentPicture(Steps steps) {
        int w = steps.picture().getWidth(), h = steps.picture().getHeight();
        List<Integer> colours = new ArrayList<>();
        for (Color c : Palette.SERIES) {
            colours.add(c.getRGB());
        }
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int c = steps.components()[i];
            rgb[i] = c >= 0 ? colours.get(c % colours.size()) : Color.WHITE.getRGB();
        }
        return fromRgb(rgb, w, h);
    }

    /** {@code colour} mixed with white, {@code strength} of the colour. */
    private static BufferedImage fromRgb(int[] rgb, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, rgb, 0, w);
        return image;
    }

    private static boolean any(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }
}
