package digits.numbers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiddleDecoderTest {

    /** Columns that say "no middle" surely, except the given runs, which say "the middle of digit d". */
    private static float[][] columns(int n, int[]... runs) {
        float[][] columns = new float[n][MiddleNetwork.CLASSES];
        for (float[] c : columns) {
            java.util.Arrays.fill(c, 0.001f);
            c[MiddleNetwork.NO_MIDDLE] = 0.99f;
        }
        for (int[] run : runs) { // {from, to, digit}
            for (int c = run[0]; c < run[1]; c++) {
                java.util.Arrays.fill(columns[c], 0.005f);
                columns[c][run[2]] = 0.95f;
            }
        }
        return columns;
    }

    @Test
    void runsOfMiddlesAreTheDigitsLeftToRight() {
        List<MiddleDecoder.Segment> found =
                MiddleDecoder.segments(columns(40, new int[] {8, 12, 3}, new int[] {25, 29, 7}));
        assertEquals(2, found.size());
        assertEquals(3, found.get(0).digit());
        assertEquals(7, found.get(1).digit());
        assertEquals(8, found.get(0).from());
        assertEquals(12, found.get(0).to());
        assertEquals(27.0, found.get(1).middle());
    }

    @Test
    void twoDigitsWhoseMiddlesMeetAreTwo() {
        List<MiddleDecoder.Segment> found =
                MiddleDecoder.segments(columns(30, new int[] {10, 14, 1}, new int[] {14, 18, 8}));
        assertEquals(
                List.of(1, 8), found.stream().map(MiddleDecoder.Segment::digit).toList());
    }

    @Test
    void aGroupHoldsAtLeastOneDigitEvenWhereNoColumnHasAMiddle() {
        float[][] none = columns(20);
        none[9][4] = 0.2f;
        List<MiddleDecoder.Segment> found = MiddleDecoder.segments(none);
        assertEquals(1, found.size());
        assertEquals(4, found.get(0).digit());
    }

    @Test
    void aSegmentsProbabilitiesSumToOneAndItsDigitIsTheMostProbable() {
        float[][] columns = columns(20, new int[] {6, 10, 5});
        columns[7][6] = 0.9f; // one column unsure between 5 and 6
        MiddleDecoder.Segment found = MiddleDecoder.segments(columns).get(0);
        double sum = 0;
        for (float p : found.probabilities()) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-5);
        assertEquals(5, found.digit());
        assertArrayEquals(new int[] {6, 10}, new int[] {found.from(), found.to()});
    }

    @Test
    void aSureMiddleTooShortToPayTheCostIsADigitWhereTheGroupHoldsSeveral() {
        // one sure column gains less than the cost of a digit; far from both digits found, it is a third
        List<MiddleDecoder.Segment> found =
                MiddleDecoder.segments(columns(40, new int[] {5, 9, 3}, new int[] {18, 19, 1}, new int[] {30, 34, 7}));
        assertEquals(
                List.of(3, 1, 7),
                found.stream().map(MiddleDecoder.Segment::digit).toList());
        assertArrayEquals(
                new int[] {18, 19}, new int[] {found.get(1).from(), found.get(1).to()});
    }

    @Test
    void aSureMiddleTooShortToPayTheCostStaysOutOfAGroupOfOneDigit() {
        // a group as wide as one wide digit, its middle in the middle: no ink beyond the digit's reach
        List<MiddleDecoder.Segment> found =
                MiddleDecoder.segments(columns(24, new int[] {10, 14, 3}, new int[] {20, 21, 1}));
        assertEquals(
                List.of(3), found.stream().map(MiddleDecoder.Segment::digit).toList());
    }

    @Test
    void inkBeyondTheReachOfEveryDigitFoundIsADigitTheCostAloneWouldMiss() {
        // a sure 2 near the left edge of a group 32 columns wide; at its right, a 6 the network sees only faintly
        float[][] columns = columns(32, new int[] {7, 12, 2});
        for (int c = 20; c < 24; c++) {
            java.util.Arrays.fill(columns[c], 0.01f);
            columns[c][6] = 0.6f;
            columns[c][MiddleNetwork.NO_MIDDLE] = 0.3f;
        }
        List<MiddleDecoder.Segment> withoutReach =
                MiddleDecoder.segments(columns, MiddleDecoder.LONGEST, MiddleDecoder.COST, 0);
        assertEquals(
                List.of(2),
                withoutReach.stream().map(MiddleDecoder.Segment::digit).toList());
        List<MiddleDecoder.Segment> found = MiddleDecoder.segments(columns);
        assertEquals(
                List.of(2, 6), found.stream().map(MiddleDecoder.Segment::digit).toList());
        assertArrayEquals(
                new int[] {20, 24}, new int[] {found.get(1).from(), found.get(1).to()});
    }

    @Test
    void twoDigitsWhoseMiddlesLieFarApartLeaveNoRoomForAFaintThird() {
        // middles 16 columns apart explain the ink between them: a faint middle there is not a digit
        float[][] columns = columns(36, new int[] {8, 12, 4}, new int[] {24, 28, 9});
        for (int c = 17; c < 19; c++) {
            java.util.Arrays.fill(columns[c], 0.01f);
            columns[c][1] = 0.5f;
            columns[c][MiddleNetwork.NO_MIDDLE] = 0.4f;
        }
        assertEquals(
                List.of(4, 9),
                MiddleDecoder.segments(columns).stream()
                        .map(MiddleDecoder.Segment::digit)
                        .toList());
    }

    @Test
    void aSureMiddleNearADigitFoundIsPartOfIt() {
        List<MiddleDecoder.Segment> found =
                MiddleDecoder.segments(columns(40, new int[] {5, 9, 3}, new int[] {11, 12, 3}, new int[] {30, 34, 7}));
        assertEquals(
                List.of(3, 7), found.stream().map(MiddleDecoder.Segment::digit).toList());
    }
}
