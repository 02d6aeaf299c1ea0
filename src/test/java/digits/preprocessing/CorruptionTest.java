package digits.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.data.Mnist;
import digits.image.Box;
import digits.image.Plane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorruptionTest {

    private static DigitSet digits;

    @BeforeAll
    static void load() {
        digits = Mnist.load().test().first(50);
    }

    @Test
    void everyCorruptionKeepsTheLabelAndRepeatsForTheSameKey() {
        for (Corruption corruption : Corruption.values()) {
            for (int i = 0; i < 5; i++) {
                DigitImage changed = corruption.apply(digits.get(i), i);
                assertEquals(digits.get(i).label(), changed.label(), corruption.label());
                assertArrayEquals(
                        changed.rawPixels(), corruption.apply(digits.get(i), i).rawPixels(), corruption.label());
                assertTrue(Shapes.ink(changed) > 0, corruption.label() + " leaves some ink");
            }
        }
    }

    @Test
    void aSetIsChangedDigitByDigitAndNamedAfterTheCorruption() {
        DigitSet rotated = Corruption.ROTATED.apply(digits, 42);
        assertEquals("test (first 50) (rotated)", rotated.name());
        assertEquals(digits.size(), rotated.size());
        for (int i = 0; i < digits.size(); i++) {
            assertEquals(digits.label(i), rotated.label(i));
        }
        assertArrayEquals(
                rotated.rawPixels(7), Corruption.ROTATED.apply(digits, 42).rawPixels(7));
    }

    @Test
    void strokesGrowAndShrink() {
        for (int i = 0; i < 20; i++) {
            double ink = Shapes.ink(digits.get(i));
            assertTrue(
                    Shapes.ink(Corruption.THICK_STROKES.apply(digits.get(i), i)) > 1.5 * ink,
                    "thick strokes, digit " + i);
            assertTrue(
                    Shapes.ink(Corruption.THIN_STROKES.apply(digits.get(i), i)) < 0.75 * ink,
                    "thin strokes, digit " + i);
        }
    }

    @Test
    void geometryMovesTurnsSlantsAndShrinks() {
        for (int i = 0; i < 20; i++) {
            DigitImage digit = digits.get(i);
            assertTrue(movedBy3(digit, Corruption.OFF_CENTRE.apply(digit, i)), "off-centre, digit " + i);

            Box box = Plane.of(digit).inkBox(0.3f).orElseThrow();
            Box small =
                    Plane.of(Corruption.SMALLER.apply(digit, i)).inkBox(0.3f).orElseThrow();
            assertEquals(0.7 * box.height(), small.height(), 2.0, "smaller, digit " + i);
            assertEquals(
                    Shapes.ink(digit),
                    Shapes.ink(Corruption.ROTATED.apply(digit, i)),
                    0.15 * Shapes.ink(digit),
                    "rotated keeps the ink");
        }
        // a slanted 1 leans more (or less): the ink of rows 15 apart moves 0.4 px per row further apart
        DigitImage one = digits.get(2);
        assertEquals(1, one.label());
        DigitImage slanted = Corruption.SLANTED.apply(one, 0);
        double lean =
                (columnOfInk(slanted, 6) - columnOfInk(slanted, 21)) - (columnOfInk(one, 6) - columnOfInk(one, 21));
        assertEquals(0.4 * 15, Math.abs(lean), 0.5, "rows 6 and 21 move 0.4 px per row apart");
        // a turned 1 turns its long axis by 0.4 radians
        double turn = axis(Corruption.ROTATED.apply(one, 0)) - axis(one);
        assertEquals(0.4, Math.abs(turn), 0.05, "the 1's long axis turns by 0.4 radians");
    }

    /** Whether {@code moved} is {@code digit} moved 3 pixels up or down and 3 left or right, pixel for pixel. */
    private static boolean movedBy3(DigitImage digit, DigitImage moved) {
        for (int down : new int[] {-3, 3}) {
            for (int right : new int[] {-3, 3}) {
                boolean same = true;
                for (int r = 0; r < DigitImage.HEIGHT; r++) {
                    for (int c = 0; c < DigitImage.WIDTH; c++) {
                        int rr = r + down, cc = c + right;
                        if (rr >= 0 && rr < DigitImage.HEIGHT && cc >= 0 && cc < DigitImage.WIDTH) {
                            same &= moved.pixel(rr, cc) == digit.pixel(r, c);
                        }
                    }
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The angle of a digit's long axis, from its second moments of ink. */
    private static double axis(DigitImage digit) {
        double sum = 0, row = 0, col = 0;
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                sum += digit.pixel(r, c);
                row += r * digit.pixel(r, c);
                col += c * digit.pixel(r, c);
            }
        }
        row /= sum;
        col /= sum;
        double rr = 0, cc = 0, rc = 0;
        for (int r = 0; r < DigitImage.HEIGHT; r++) {
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                double w = digit.pixel(r, c) / sum;
                rr += w * (r - row) * (r - row);
                cc += w * (c - col) * (c - col);
                rc += w * (r - row) * (c - col);
            }
        }
        return 0.5 * Math.atan2(2 * rc, rr - cc);
    }

    private static double columnOfInk(DigitImage digit, int row) {
        double sum = 0, weighted = 0;
        for (int c = 0; c < DigitImage.WIDTH; c++) {
            sum += digit.pixel(row, c);
            weighted += c * digit.pixel(row, c);
        }
        return weighted / sum;
    }

    @Test
    void aLowResolutionScanBlursTheStrokes() {
        for (int i = 0; i < 20; i++) {
            DigitImage digit = digits.get(i), scanned = Corruption.LOW_RESOLUTION.apply(digit, i);
            assertTrue(greys(scanned) > 1.5 * greys(digit), "more grey, less full ink: digit " + i);
        }
    }

    /** Pixels between paper and full ink (26..229). */
    private static int greys(DigitImage digit) {
        int n = 0;
        for (byte b : digit.rawPixels()) {
            n += (b & 0xff) > 25 && (b & 0xff) < 230 ? 1 : 0;
        }
        return n;
    }

    @Test
    void aStrayLineCrossesThePictureAndAStrokeGapErasesABand() {
        for (int i = 0; i < 20; i++) {
            DigitImage lined = Corruption.STRAY_LINE.apply(digits.get(i), i);
            for (int c = 0; c < DigitImage.WIDTH; c++) {
                int column = c, strongest = 0;
                for (int r = 0; r < DigitImage.HEIGHT; r++) {
                    strongest = Math.max(strongest, lined.pixel(r, column));
                }
                assertTrue(strongest > 200, "stray line through column " + c + " of digit " + i);
            }
            DigitImage broken = Corruption.STROKE_GAP.apply(digits.get(i), i);
            assertTrue(hasEmptyBand(broken), "a band 2 px wide erased in digit " + i);
            assertTrue(Shapes.ink(broken) < Shapes.ink(digits.get(i)), "ink erased from digit " + i);
        }
    }

    /** Whether two neighbouring rows, or two neighbouring columns, between 12 and 16 hold no ink at all. */
    private static boolean hasEmptyBand(DigitImage digit) {
        for (int from = 12; from <= 15; from++) {
            boolean rows = true, columns = true;
            for (int k = 0; k < DigitImage.WIDTH; k++) {
                rows &= digit.pixel(from, k) == 0 && digit.pixel(from + 1, k) == 0;
                columns &= digit.pixel(k, from) == 0 && digit.pixel(k, from + 1) == 0;
            }
            if (rows || columns) {
                return true;
            }
        }
        return false;
    }
}
