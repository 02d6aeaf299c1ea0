package digits.features;

import digits.data.DigitImage;
import digits.display.FeaturePictures;
import java.awt.image.BufferedImage;

/**
 * The structural side of a digit: its ink as black and white, its holes and its skeleton (the strokes thinned
 * to one-pixel lines by the Zhang-Suen method) with the skeleton's end points.
 */
final class Structure {

    private static final int SIDE = DigitImage.WIDTH;

    /** Holes smaller than this many pixels are gaps in the ink rather than loops. */
    static final int MIN_HOLE = 2;

    final boolean[] ink;
    final boolean[] skeleton;
    final int[] holeOf; // per pixel: 0 = not in a hole, k = in hole k
    final boolean[] endPoint;
    private final int holes;
    private final int endPoints;

    private Structure(boolean[] ink) {
        this.ink = ink;
        this.holeOf = new int[SIDE * SIDE];
        this.holes = findHoles(ink, holeOf);
        this.skeleton = thin(ink);
        this.endPoint = new boolean[SIDE * SIDE];
        int ends = 0;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                if (skeleton[r * SIDE + c] && neighbours(skeleton, r, c) == 1) {
                    endPoint[r * SIDE + c] = true;
                    ends++;
                }
            }
        }
        this.endPoints = ends;
    }

    static Structure of(DigitImage digit, int threshold) {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                ink[r * SIDE + c] = digit.pixel(r, c) >= threshold;
            }
        }
        return new Structure(ink);
    }

    /** @return the structure painted by {@link FeaturePictures#structure} */
    BufferedImage picture() {
        boolean[] inHole = new boolean[holeOf.length];
        for (int i = 0; i < holeOf.length; i++) {
            inHole[i] = holeOf[i] > 0;
        }
        return FeaturePictures.structure(ink, skeleton, inHole, endPoint, holes, endPoints);
    }

    int holes() {
        return holes;
    }

    int endPoints() {
        return endPoints;
    }

    /**
     * Fills the background from the border; every background area left unfilled is enclosed by ink, a hole.
     * Background counts as connected only through the four side neighbours, so ink touching diagonally
     * still closes a loop.
     */
    private static int findHoles(boolean[] ink, int[] holeOf) {
        int[] region = new int[SIDE * SIDE]; // 0 unvisited, -1 outside, k >= 1 enclosed area k
        int[] stack = new int[SIDE * SIDE];
        for (int i = 0; i < SIDE * SIDE; i++) {
            int r = i / SIDE, c = i % SIDE;
            boolean border = r == 0 || c == 0 || r == SIDE - 1 || c == SIDE - 1;
            if (border && !ink[i] && region[i] == 0) {
                fill(ink, region, stack, i, -1);
            }
        }
        int holes = 0;
        int label = 0;
        for (int i = 0; i < SIDE * SIDE; i++) {
            if (!ink[i] && region[i] == 0) {
                int size = fill(ink, region, stack, i, ++label);
                if (size >= MIN_HOLE) {
                    holes++;
                    for (int j = 0; j < SIDE * SIDE; j++) {
                        if (region[j] == label) {
                            holeOf[j] = holes;
                        }
                    }
                }
            }
        }
        return holes;
    }

    /** Marks the 4-connected background area around {@code start} with {@code mark}; returns its size. */
    private static int fill(boolean[] ink, int[] region, int[] stack, int start, int mark) {
        int top = 0, size = 0;
        stack[top++] = start;
        region[start] = mark;
        while (top > 0) {
            int i = stack[--top];
            size++;
            int r = i / SIDE, c = i % SIDE;
            int[] next = {
                r > 0 ? i - SIDE : -1, r < SIDE - 1 ? i + SIDE : -1, c > 0 ? i - 1 : -1, c < SIDE - 1 ? i + 1 : -1
            };
            for (int j : next) {
                if (j >= 0 && !ink[j] && region[j] == 0) {
                    region[j] = mark;
                    stack[top++] = j;
                }
            }
        }
        return size;
    }

    /** Zhang-Suen thinning: peels ink pixels off the strokes' edges until only one-pixel lines remain. */
    static boolean[] thin(boolean[] ink) {
        boolean[] img = ink.clone();
        boolean changed = true;
        int[] remove = new int[SIDE * SIDE];
        while (changed) {
            changed = false;
            for (int step = 0; step < 2; step++) {
                int n = 0;
                for (int r = 1; r < SIDE - 1; r++) {
                    for (int c = 1; c < SIDE - 1; c++) {
                        if (img[r * SIDE + c] && removable(img, r, c, step)) {
                            remove[n++] = r * SIDE + c;
                        }
                    }
                }
                for (int k = 0; k < n; k++) {
                    img[remove[k]] = false;
                }
                changed |= n > 0;
            }
        }
        return img;
    }

    private static boolean removable(boolean[] img, int r, int c, int step) {
        // Neighbours P2..P9 clockwise from the one above.
        boolean[] p = {
            at(img, r - 1, c),
            at(img, r - 1, c + 1),
            at(img, r, c + 1),
            at(img, r + 1, c + 1),
            at(img, r + 1, c),
            at(img, r + 1, c - 1),
            at(img, r, c - 1),
            at(img, r - 1, c - 1)
        };
        int count = 0, transitions = 0;
        for (int k = 0; k < 8; k++) {
            count += p[k] ? 1 : 0;
            transitions += !p[k] && p[(k + 1) % 8] ? 1 : 0;
        }
        if (count < 2 || count > 6 || transitions != 1) {
            return false;
        }
        boolean p2 = p[0], p4 = p[2], p6 = p[4], p8 = p[6];
        return step == 0 ? !(p2 && p4 && p6) && !(p4 && p6 && p8) : !(p2 && p4 && p8) && !(p2 && p6 && p8);
    }

    private static boolean at(boolean[] img, int r, int c) {
        return r >= 0 && r < SIDE && c >= 0 && c < SIDE && img[r * SIDE + c];
    }

    static int neighbours(boolean[] img, int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                if ((dr != 0 || dc != 0) && at(img, r + dr, c + dc)) {
                    n++;
                }
            }
        }
        return n;
    }
}
