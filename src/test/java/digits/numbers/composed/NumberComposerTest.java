package digits.numbers.composed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.evaluation.TestModel;
import digits.image.Box;
import digits.image.Plane;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberComposerTest {

    @Test
    void theSameSeedComposesTheSameNumbers() {
        List<ComposedNumber> a = NumberComposer.of(TestModel.mnist().test(), 1).separated(5);
        List<ComposedNumber> b = NumberComposer.of(TestModel.mnist().test(), 1).separated(5);
        assertEquals(
                a.stream().map(ComposedNumber::text).toList(),
                b.stream().map(ComposedNumber::text).toList());
        assertEquals(a.get(0).boxes(), b.get(0).boxes());
    }

    @Test
    void separatedNeighboursKeepPaperBetweenThemAndOverlappingOnesBoxesOverlap() {
        NumberComposer composer = NumberComposer.of(TestModel.mnist().test(), 2);
        for (ComposedNumber n : composer.separated(50)) {
            assertFalse(n.touching());
            assertTrue(n.length() >= 3 && n.length() <= 6, n.text());
            for (int d = 1; d < n.length(); d++) {
                int gap = n.boxes().get(d).x() - n.boxes().get(d - 1).right();
                assertTrue(gap >= NumberComposer.MIN_GAP && gap <= NumberComposer.MAX_GAP, n.text() + ": gap " + gap);
            }
        }
        for (ComposedNumber n : composer.overlapping(50)) {
            assertTrue(n.touching());
            int closest = Integer.MAX_VALUE;
            for (int d = 1; d < n.length(); d++) {
                closest = Math.min(
                        closest, n.boxes().get(d).x() - n.boxes().get(d - 1).right());
            }
            assertTrue(closest <= 0 && closest >= -NumberComposer.MAX_OVERLAP, n.text() + ": closest " + closest);
        }
    }

    @Test
    void touchingNeighboursInksMeetAsHandwritingTouches() {
        int meeting = 0, pairs = 0;
        for (ComposedNumber n : NumberComposer.of(TestModel.mnist().test(), 4).touching(50)) {
            assertTrue(n.touching());
            boolean some = false;
            for (int d = 1; d < n.length(); d++) {
                boolean meet = inksMeet(n, d - 1, d);
                some |= meet;
                meeting += meet ? 1 : 0;
                pairs++;
                int gap = n.boxes().get(d).x() - n.boxes().get(d - 1).right();
                assertTrue(
                        meet || gap >= NumberComposer.MIN_GAP,
                        n.text() + ": pair " + d + " neither meets nor is apart");
            }
            assertTrue(some, n.text() + ": no pair's inks meet");
        }
        assertTrue(meeting < pairs, "some pairs stand apart");
    }

    /** Whether some ink pixel of digit a is ink of digit b too, or a neighbour (of 8) of one. */
    private static boolean inksMeet(ComposedNumber n, int a, int b) {
        boolean[][] first = inkAt(n, a);
        boolean[][] second = inkAt(n, b);
        for (int y = 1; y < first.length - 1; y++) {
            for (int x = 1; x < first[y].length - 1; x++) {
                for (int dy = -1; dy <= 1 && first[y][x]; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (second[y + dy][x + dx]) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Digit d's ink where the number's picture has it, from the digit as it was taken and its ink box. */
    private static boolean[][] inkAt(ComposedNumber n, int d) {
        DigitImage digit = n.digits().get(d);
        Box own = Plane.of(digit).inkBox().orElseThrow();
        Box placed = n.boxes().get(d);
        boolean[][] ink = new boolean[n.picture().getHeight()][n.picture().getWidth()];
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                if (digit.pixel(r, c) > 0) {
                    ink[placed.y() - own.y() + r][placed.x() - own.x() + c] = true;
                }
            }
        }
        return ink;
    }

    @Test
    void theTextIsTheDigitsLabelsAndTheInkIsDarkOnWhite() {
        ComposedNumber n = NumberComposer.of(TestModel.mnist().test(), 3).separated();
        StringBuilder labels = new StringBuilder();
        n.digits().forEach(digit -> labels.append(digit.label()));
        assertEquals(labels.toString(), n.text());
        assertEquals(255, n.picture().getRaster().getSample(0, 0, 0), "white paper");
        Box first = n.boxes().get(0);
        int darkest = 255;
        for (int y = first.y(); y < first.bottom(); y++) {
            for (int x = first.x(); x < first.right(); x++) {
                darkest = Math.min(darkest, n.picture().getRaster().getSample(x, y, 0));
            }
        }
        assertEquals(0, darkest, "MNIST's full ink becomes black");
    }
}
