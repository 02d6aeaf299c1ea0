package digits.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.evaluation.Prediction;
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

    /** What the network reads: {@code digit} with probability {@code p}, the rest shared by the other nine. */
    private static Prediction reading(int digit, float p) {
        float[] probabilities = new float[10];
        Arrays.fill(probabilities, (1 - p) / 9);
        probabilities[digit] = p;
        return new Prediction(digit, probabilities);
    }

    /**
     * A touching 1 and 4 that the network reads whole as a sure 4 (0.99, a 1 the rest), and each of its two pieces
     * surer still (0.9999 against about 1e-5 for any other digit); the cut between them crosses half a pen width of
     * ink.
     */
    private static RecognitionSplit.Candidates oneAndFourReadAsFour() {
        ComponentGroup group = new ComponentGroup();
        List<RecognitionSplit.Piece> pieces = List.of(
                new RecognitionSplit.Piece(0, 1, group, 0.35, 1, null),
                new RecognitionSplit.Piece(0, 2, group, 1.0, 1, null),
                new RecognitionSplit.Piece(1, 2, group, 0.7, 1, null));
        float[] whole = new float[10];
        whole[4] = 0.99f;
        whole[1] = 0.01f;
        List<Prediction> read = List.of(reading(1, 0.9999f), new Prediction(4, whole), reading(4, 0.9999f));
        return new RecognitionSplit.Candidates(group, List.of(), new double[] {0, 0.5, 0}, pieces, read);
    }

    @Test
    void aPairReadSurelyAsOneDigitIsCutWhereBothPiecesAreReadSurer() {
        // the log probability alone sees no difference between one sure digit and two (0 either way): the cut's ink
        // and the pair's width decided, and "one 4" won; the margin of each piece's reading over the second best
        // tells that two clear digits are a better reading than one clear digit
        RecognitionSplit.Weights logProbabilityOnly = new RecognitionSplit.Weights(0, 0.8, 10, 0.9, 0.1, 0.8, 0.5, 0);
        assertEquals(List.of(1), RecognitionSplit.chosenPieces(oneAndFourReadAsFour(), logProbabilityOnly));
        assertEquals(List.of(0, 2), RecognitionSplit.chosenPieces(oneAndFourReadAsFour(), RecognitionSplit.WEIGHTS));
    }

    @Test
    void aPieceReadWithAWideMarginOverTheSecondBestDigitScoresMore() {
        RecognitionSplit.Piece piece = new RecognitionSplit.Piece(0, 1, new ComponentGroup(), 0.6, 1, null);
        RecognitionSplit.Weights w = RecognitionSplit.WEIGHTS;
        float[] torn = new float[10];
        torn[3] = 0.99f;
        torn[8] = 0.01f;
        double clear = RecognitionSplit.score(piece, reading(3, 0.9999f), w);
        double unclear = RecognitionSplit.score(piece, new Prediction(3, torn), w);
        // the other digits of the clear reading count as RecognitionSplit.LEAST_PROBABILITY
        double expected = Math.log(0.9999 / 0.99)
                + w.marginWeight() * (Math.log(0.9999 / RecognitionSplit.LEAST_PROBABILITY) - Math.log(0.99 / 0.01));
        assertTrue(w.marginWeight() > 0, "the weights in use count the margin");
        assertEquals(expected, clear - unclear, 1e-4);
    }
}
