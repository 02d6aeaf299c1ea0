package digits.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.evaluation.TestModel;
import digits.image.Box;
import digits.image.Plane;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Touching digits cut apart with the network's help, and single digits left whole. */
class RecognitionSplitTest {

    private static final int MARGIN = 12;

    /** The first test digit with this label. */
    private static DigitImage first(int label) {
        DigitSet test = TestModel.mnist().test();
        for (int i = 0; ; i++) {
            if (test.get(i).label() == label) {
                return test.get(i);
            }
        }
    }

    /**
     * Two digits side by side as handwriting touches: the right one slides toward the left one until their inks
     * meet, then on by {@code overlap} pixels; a third digit stands apart after them.
     *
     * @param inkBoxes receives the touching digits' ink boxes in the picture
     */
    private static BufferedImage touchingPair(
            DigitImage a, DigitImage b, DigitImage third, int overlap, Box[] inkBoxes) {
        Box inkC = Plane.of(third).inkBox().orElseThrow();
        Box inkA = Plane.of(a).inkBox().orElseThrow(),
                inkB = Plane.of(b).inkBox().orElseThrow();
        int width = 2 * MARGIN + 3 * DigitImage.WIDTH, height = 2 * MARGIN + DigitImage.HEIGHT;
        int leftB = MARGIN + inkA.right() + 2 - inkB.x();
        while (!meets(a, b, leftB - MARGIN)) {
            leftB--;
        }
        leftB -= overlap;
        int leftC = leftB + inkB.right() + 6 - inkC.x();
        int[] dark = new int[width * height];
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                int at = (MARGIN + r) * width + MARGIN + c;
                dark[at] = Math.max(dark[at], a.pixel(r, c));
                at = (MARGIN + r) * width + leftB + c;
                dark[at] = Math.max(dark[at], b.pixel(r, c));
                at = (MARGIN + r) * width + leftC + c;
                dark[at] = Math.max(dark[at], third.pixel(r, c));
            }
        }
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < dark.length; i++) {
            picture.getRaster().setSample(i % width, i / width, 0, 255 - dark[i]);
        }
        inkBoxes[0] = new Box(MARGIN + inkA.x(), MARGIN + inkA.y(), inkA.width(), inkA.height());
        inkBoxes[1] = new Box(leftB + inkB.x(), MARGIN + inkB.y(), inkB.width(), inkB.height());
        return picture;
    }

    /** Whether some ink of b, moved {@code shift} columns right, is ink of a or next to it (of 8 neighbours). */
    private static boolean meets(DigitImage a, DigitImage b, int shift) {
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                for (int dy = -1; dy <= 1 && b.pixel(r, c) > 0; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int y = r + dy, x = c + shift + dx;
                        if (y >= 0 && y < DigitImage.HEIGHT && x >= 0 && x < DigitImage.WIDTH && a.pixel(y, x) > 0) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The share of box a that box b covers. */
    private static double covered(Box a, Box b) {
        int w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        int h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return w <= 0 || h <= 0 ? 0 : (double) w * h / (a.width() * a.height());
    }

    @Test
    void aTouchingPairNarrowerThanTheInkProfileRuleCutsIsCutIntoItsTwoDigits() {
        Box[] truth = new Box[2];
        BufferedImage picture = touchingPair(first(9), first(1), first(2), 2, truth);
        NumberSegmentation split = NumberSegmentation.of("912", picture, TestModel.predictor());
        assertEquals(3, split.count(), "digits found in a touching 9 and 1, and a 2 apart");
        List<Box> boxes = split.boxes();
        for (int d = 0; d < 2; d++) {
            assertTrue(
                    covered(truth[d], boxes.get(d)) >= 0.8, "digit " + d + ": " + boxes + ", truth " + List.of(truth));
        }
    }

    @Test
    void theSplitPictureShowsTheChosenWayFirstAndNoCutAmongTheWays() {
        BufferedImage picture = touchingPair(first(9), first(1), first(2), 2, new Box[2]);
        SplitView.View view = SplitView.view(Writing.find("912", picture), TestModel.predictor());
        var group = view.group();
        assertTrue(group.ways().get(0).startsWith("chosen: "), group.ways().toString());
        assertTrue(group.ways().get(0).contains("(1 cut)"), "the pair is cut once: " + group.ways());
        assertEquals(
                1,
                group.ways().stream()
                        .filter(w -> w.contains("one digit, no cut"))
                        .count(),
                group.ways().toString());
        assertEquals(
                1,
                group.chosen().stream().filter(c -> c).count(),
                "one chosen cut of " + group.cuts().size());
        for (int[] cut : group.cuts()) {
            assertEquals(group.height(), cut.length);
            assertTrue(Arrays.stream(cut).allMatch(x -> x >= 0 && x <= group.width()), Arrays.toString(cut));
        }
        assertTrue(view.title().startsWith("912: a group"), view.title());
    }

    /** A white page to draw on with a round black pen 9 pixels wide. */
    private static Graphics2D pen(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return g;
    }

    @Test
    void aWideZeroIsOneDigit() {
        BufferedImage page = new BufferedImage(420, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = pen(page);
        g.drawLine(50, 30, 50, 130); // a 1
        g.drawOval(100, 30, 125, 100); // a 0 wider than high
        g.drawLine(280, 30, 340, 30); // a 7
        g.drawLine(340, 30, 300, 130);
        g.dispose();
        NumberSegmentation split = NumberSegmentation.of("107", page, TestModel.predictor());
        assertEquals(3, split.count(), "digits found in 1, a wide 0, 7: " + split.boxes());
    }

    @Test
    void aWideZeroAloneIsOneDigit() {
        BufferedImage page = new BufferedImage(240, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = pen(page);
        g.drawOval(40, 30, 140, 100); // a 0 a third wider than it is high
        g.dispose();
        NumberSegmentation split = NumberSegmentation.of("0", page, TestModel.predictor());
        assertEquals(1, split.count(), "digits found in a wide 0: " + split.boxes());
    }
}
