package digits.photos;

import java.util.Arrays;

/**
 * Finds the ink of ruled lines: pixels in a horizontal run of ink that spans much of the picture's width and
 * that is no thicker than the lines typically are. Where a digit's stroke crosses a line, the ink there is
 * thicker (the stroke runs on above and below), so it stays with the digit. On and beside a row that is mostly
 * line, thin bits of ink (where noise or a stroke broke the line, its blurred edge) go with it.
 */
final class RuledLines {

    /**
     * Ruled lines are thin: ink runs typically thicker than this share of the picture's height are a stroke of
     * writing (a 7's bar across a tightly cropped picture), not a line.
     */
    static final double THICKEST_LINE_SHARE = 1 / 20.0;

    private RuledLines() {}

    /**
     * @param mask        which pixels are ink
     * @param w           the width
     * @param h           the height
     * @param lengthShare the share of the width a run must span to be part of a ruled line
     * @return which pixels belong to ruled lines
     */
    static boolean[] find(boolean[] mask, int w, int h, double lengthShare) {
        int minLength = (int) Math.ceil(lengthShare * w);
        boolean[] candidate = new boolean[w * h];
        int candidates = 0;
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (!mask[y * w + x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && mask[y * w + x]) {
                    x++;
                }
                if (x - start >= minLength) {
                    Arrays.fill(candidate, y * w + start, y * w + x, true);
                    candidates += x - start;
                }
            }
        }
        boolean[] lines = new boolean[w * h];
        if (candidates == 0) {
            return lines;
        }
        int[] thickness = verticalRuns(mask, w, h);
        int[] sample = new int[candidates];
        int n = 0;
        for (int i = 0; i < candidate.length; i++) {
            if (candidate[i]) {
                sample[n++] = thickness[i];
            }
        }
        Arrays.sort(sample);
        int typical = sample[n / 2];
        if (typical > THICKEST_LINE_SHARE * h) {
            return lines;
        }
        int thickest = Math.max(typical + 2, (int) Math.ceil(1.5 * typical));
        boolean[] lineRow = new boolean[h];
        for (int y = 0; y < h; y++) {
            int onRow = 0;
            for (int x = 0; x < w; x++) {
                onRow += candidate[y * w + x] ? 1 : 0;
            }
            lineRow[y] = onRow >= lengthShare * w / 2;
        }
        for (int i = 0; i < candidate.length; i++) {
            // on a row that is mostly line, thin bits of ink are the line too, where noise or a stroke broke it
            boolean onLine = candidate[i] || (mask[i] && nearLineRow(lineRow, i / w));
            lines[i] = onLine && thickness[i] <= thickest;
        }
        return lines;
    }

    /** Whether row {@code y} or a row within 2 of it is mostly line (the blurred edge of a line belongs to it). */
    private static boolean nearLineRow(boolean[] lineRow, int y) {
        for (int r = Math.max(0, y - 2); r <= Math.min(lineRow.length - 1, y + 2); r++) {
            if (lineRow[r]) {
                return true;
            }
        }
        return false;
    }

    /** For each ink pixel, the length of the vertical run of ink it is part of. */
    private static int[] verticalRuns(boolean[] mask, int w, int h) {
        int[] runs = new int[w * h];
        for (int x = 0; x < w; x++) {
            int y = 0;
            while (y < h) {
                if (!mask[y * w + x]) {
                    y++;
                    continue;
                }
                int start = y;
                while (y < h && mask[y * w + x]) {
                    y++;
                }
                for (int k = start; k < y; k++) {
                    runs[k * w + x] = y - start;
                }
            }
        }
        return runs;
    }
}
