package digits.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.image.Box;
import digits.image.Components.Component;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line check reports how the writing lies and throws nothing itself: refusing is the caller's part. */
class OneLineCheckTest {

    private static ComponentGroup mark(int x, int y, int width, int height) {
        return ComponentGroup.of(0, new Component(new Box(x, y, width, height), width * height));
    }

    @Test
    void digitsSideBySideAreOneLine() {
        OneLineCheck check = OneLineCheck.of(List.of(mark(0, 0, 14, 20), mark(18, 2, 14, 20)), 20);
        assertTrue(check.oneLine());
        assertThrows(IllegalStateException.class, () -> check.problem("row.png"));
    }

    @Test
    void marksStackedOneAboveTheOtherAreReportedAsTurnedOnItsSide() {
        OneLineCheck check = OneLineCheck.of(List.of(mark(0, 0, 20, 14), mark(1, 18, 20, 14), mark(0, 36, 20, 14)), 14);
        assertFalse(check.oneLine());
        assertEquals(3, check.rows());
        assertEquals(new Box(0, 0, 21, 50), check.extent());
        assertTrue(
                check.problem("side.png")
                        .startsWith("the writing in side.png is taller than wide (21 x 50 " + "pixels, 3 marks"),
                check.problem("side.png"));
    }

    @Test
    void twoRowsOfSeveralDigitsAreReportedAsTwoLines() {
        OneLineCheck check = OneLineCheck.of(
                List.of(mark(0, 0, 14, 20), mark(18, 0, 14, 20), mark(0, 30, 14, 20), mark(18, 30, 14, 20)), 20);
        assertFalse(check.oneLine());
        assertFalse(check.oneEach());
        assertTrue(
                check.problem("page.png").startsWith("page.png holds more than one line of writing (2 lines"),
                check.problem("page.png"));
    }

    @Test
    void lowMarksDoNotMakeARow() {
        // a speck-high mark under the line (below half the digit height) is no second line
        OneLineCheck check = OneLineCheck.of(List.of(mark(0, 0, 14, 20), mark(18, 0, 14, 20), mark(5, 30, 8, 9)), 20);
        assertTrue(check.oneLine());
    }
}
