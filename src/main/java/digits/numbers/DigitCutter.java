package digits.numbers;

import digits.image.Box;
import digits.image.Ink;
import digits.image.Plane;
import digits.photos.PageInk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts each digit's ink out of the picture: decides which digit each pixel belongs to, then takes each digit's
 * ink in its box, as {@link digits.owndigits.OwnDigit} finds ink: its darkest pixel is full ink, and darkness
 * under {@link Ink#MIN_PAPER_SHARE} of that is paper.
 */
final class DigitCutter {

    /** The faint edge of a stroke, too light to count as ink on its own, belongs to ink this many pixels away. */
    static final int EDGE_REACH = 2;

    private DigitCutter() {}

    /**
     * The digits cut out.
     *
     * @param owner   the digit each pixel's ink belongs to, -1 for none
     * @param digits  each digit's ink, 0..1, in its box
     * @param boxes   each digit's box
     * @param sources for each digit, the index of the group it was cut from (groups that came out empty have none)
     */
    record Cut(int[] owner, List<Plane> digits, List<Box> boxes, int[] sources) {}

    /**
     * @param digits the groups, one a digit, in the order the digits are to be numbered
     * @param labels the component of each pixel, -1 for paper
     * @param ink    the ink found
     * @return each digit's ink, numbered past digits that came out empty (a cut may leave none on one side)
     */
    static Cut cut(List<ComponentGroup> digits, int[] labels, PageInk ink) {
        int[] owner = owners(digits, labels, ink);
        int w = ink.width(), count = digits.size();
        float[] darkness = ink.darkness();
        float[] darkest = new float[count];
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] >= 0) {
                darkest[owner[i]] = Math.max(darkest[owner[i]], darkness[i]);
            }
        }
        float[] low = new float[count];
        int[] left = new int[count], top = new int[count], right = new int[count], bottom = new int[count];
        for (int d = 0; d < count; d++) {
            low[d] = (float) Ink.MIN_PAPER_SHARE * darkest[d];
        }
        Arrays.fill(left, w);
        Arrays.fill(top, ink.height());
        Arrays.fill(right, -1);
        Arrays.fill(bottom, -1);
        for (int i = 0; i < owner.length; i++) {
            int d = owner[i];
            if (d >= 0 && darkness[i] > low[d]) {
                int x = i % w, y = i / w;
                left[d] = Math.min(left[d], x);
                right[d] = Math.max(right[d], x);
                top[d] = Math.min(top[d], y);
                bottom[d] = Math.max(bottom[d], y);
            }
        }
        List<Plane> planes = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        int[] renumbered = new int[count];
        for (int d = 0; d < count; d++) {
            renumbered[d] = right[d] < 0 ? -1 : planes.size();
            if (right[d] >= 0) {
                Box box = Box.spanning(left[d], top[d], right[d] + 1, bottom[d] + 1);
                planes.add(plane(owner, d, box, darkness, w, darkest[d], low[d]));
                boxes.add(box);
            }
        }
        for (int i = 0; i < owner.length; i++) {
            owner[i] = owner[i] < 0 ? -1 : renumbered[owner[i]];
        }
        int[] sources = new int[planes.size()];
        for (int d = 0; d < count; d++) {
            if (renumbered[d] >= 0) {
                sources[renumbered[d]] = d;
            }
        }
        return new Cut(owner, List.copyOf(planes), List.copyOf(boxes), sources);
    }

    /** Digit {@code d}'s ink in its box, 0 at {@code low} darkness and below, 1 at {@code darkest}. */
    private static Plane plane(int[] owner, int d, Box box, float[] darkness, int w, float darkest, float low) {
        float[] values = new float[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                int i = (box.y() + y) * w + box.x() + x;
                if (owner[i] == d) {
                    values[y * box.width() + x] = Math.max(0, Math.min(1, (darkness[i] - low) / (darkest - low)));
                }
            }
        }
        return new Plane(values, box.width(), box.height());
    }

    /**
     * Which digit each pixel's ink belongs to: ink pixels by their component (and, for cut groups, their columns or the cut paths);
     * then the faint edge of the strokes, too light to count as ink on its own, by the nearest ink within
     * {@link #EDGE_REACH} pixels. Where groups overlap, the later digit takes the pixel.
     */
    private static int[] owners(List<ComponentGroup> digits, int[] labels, PageInk ink) {
        int w = ink.width(), h = ink.height();
        int[] owner = new int[w * h];
        Arrays.fill(owner, -1);
        for (int d = 0; d < digits.size(); d++) {
            ComponentGroup g = digits.get(d);
            for (int y = g.top; y < g.bottom; y++) {
                for (int x = g.left; x < g.right; x++) {
                    if (g.holds(labels[y * w + x]) && g.covers(x, y)) {
                        owner[y * w + x] = d;
                    }
                }
            }
        }
        for (int pass = 0; pass < EDGE_REACH; pass++) {
            int[] before = owner.clone();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (before[i] >= 0 || ink.darkness()[i] <= 0 || ink.lines()[i] || labels[i] >= 0) {
                        continue;
                    }
                    for (int dy = -1; dy <= 1 && owner[i] < 0; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = x + dx, ny = y + dy;
                            if (nx >= 0 && ny >= 0 && nx < w && ny < h && before[ny * w + nx] >= 0) {
                                owner[i] = before[ny * w + nx];
                                break;
                            }
                        }
                    }
                }
            }
        }
        return owner;
    }
}
