package digits.numbers.composed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.evaluation.TestModel;
import digits.image.Box;
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
    void separatedNeighboursKeepPaperBetweenThemAndTouchingOnesDoNot() {
        NumberComposer composer = NumberComposer.of(TestModel.mnist().test(), 2);
        for (ComposedNumber n : composer.separated(50)) {
            assertFalse(n.touching());
            assertTrue(n.length() >= 3 && n.length() <= 6, n.text());
            for (int d = 1; d < n.length(); d++) {
                int gap = n.boxes().get(d).x() - n.boxes().get(d - 1).right();
                assertTrue(gap >= NumberComposer.MIN_GAP && gap <= NumberComposer.MAX_GAP, n.text() + ": gap " + gap);
            }
        }
        for (ComposedNumber n : composer.touching(50)) {
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
