package digits.photos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The convex outline of a region (the smallest convex polygon holding the centres of its pixels): a page is
 * convex, so its outline takes in what the page encloses (writing, a dark corner of shadow) and straightens the
 * ragged border that a small copy of the picture gives it. Found by Andrew's monotone chain.
 *
 * @param xs the corners' columns, anticlockwise on the screen (clockwise with y down)
 * @param ys the corners' rows, the same order
 */
record Outline(double[] xs, double[] ys) {

    /**
     * @param region which pixels are the region, {@code region[y * width + x]}; at least one
     * @param width  the width
     * @return the outline of the centres of the region's pixels
     */
    static Outline of(boolean[] region, int width) {
        List<double[]> points = new ArrayList<>();
        for (int y = 0; y < region.length / width; y++) {
            int left = -1, right = -1;
            for (int x = 0; x < width; x++) {
                if (region[y * width + x]) {
                    left = left < 0 ? x : left;
                    right = x;
                }
            }
            if (left >= 0) { // only the ends of each row can be corners
                points.add(new double[] {left + 0.5, y + 0.5});
                points.add(new double[] {right + 0.5, y + 0.5});
            }
        }
        points.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double[][] hull = new double[2 * points.size()][];
        int k = 0;
        for (double[] p : points) { // the lower chain, left to right
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        for (int i = points.size() - 2, lower = k + 1; i >= 0; i--) { // the upper chain, right to left
            double[] p = points.get(i);
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        k--; // the last corner is the first
        double[][] corners = Arrays.copyOf(hull, Math.max(1, k));
        double[] xs = new double[corners.length], ys = new double[corners.length];
        for (int i = 0; i < corners.length; i++) {
            xs[i] = corners[i][0];
            ys[i] = corners[i][1];
        }
        return new Outline(xs, ys);
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /**
     * @param y a row (any real value)
     * @return the columns where that row enters and leaves the outline, {@code {left, right}}; left above right
     *     where the row misses it
     */
    double[] span(double y) {
        double left = Double.POSITIVE_INFINITY, right = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            double y0 = ys[i], y1 = ys[j];
            if ((y < Math.min(y0, y1)) || (y > Math.max(y0, y1))) {
                continue;
            }
            if (y0 == y1) {
                left = Math.min(left, Math.min(xs[i], xs[j]));
                right = Math.max(right, Math.max(xs[i], xs[j]));
            } else {
                double x = xs[i] + (y - y0) / (y1 - y0) * (xs[j] - xs[i]);
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
        }
        return new double[] {left, right};
    }
}
