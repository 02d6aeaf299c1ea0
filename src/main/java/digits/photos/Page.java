package digits.photos;

import digits.image.Box;
import digits.image.Components;
import digits.image.Components.Component;
import digits.image.MnistForm;
import digits.image.Plane;
import java.util.Arrays;
import java.util.List;

/**
 * Where the page lies in a photo. A phone photo of a page lying on a table shows the table around it, darker than
 * the paper; read as a whole, the table would be taken for ink. The page is the brightest region of even shade
 * that covers at least {@value #MIN_PAGE_SHARE} of the picture. Regions are found on a small copy of the picture
 * (at most {@value #SMALL_SIDE} pixels a side) whose thin dark details (writing, ruled lines) are closed over
 * first: neighbours whose shades differ by a step ({@link #SAME_SHADE}) lie on an edge, and the connected
 * components of what is not on an edge are the regions ({@link Components}). A soft shadow changes the paper's
 * shade slowly and stays inside the page's region; the page's border against the table is a step and ends it.
 * The page is what the convex {@link Outline} of its region holds: a page is convex, so what its region encloses
 * (writing too thick to close over) belongs to it, and its border, ragged on the small copy, is straightened.
 *
 * <p>When the page's box covers nearly the whole picture ({@value #FILLS} of each side), or no region is large
 * enough, the page fills the picture and the picture is read as a whole, as before.
 *
 * @param box    the page's box in the picture (the whole picture when the page fills it)
 * @param inside which pixels of the box are the page, {@code inside[y * box.width() + x]}; none (an empty array)
 *     when the page fills the picture
 */
record Page(Box box, boolean[] inside) {

    /** The small copy has at most this many pixels on its long side. */
    static final int SMALL_SIDE = 200;
    /** Neighbours whose shades differ by at least this share of the brighter one lie on an edge ... */
    static final float SAME_SHADE = 0.05f;
    /** ... or by at least this much, of 255 (dark shades, where a share is little). */
    static final float MIN_STEP = 6;
    /** Shades are compared with the neighbours up to this many pixels of the small copy away. */
    static final int EDGE_REACH = 2;
    /** A region this share of the picture, or more, may be the page. */
    static final double MIN_PAGE_SHARE = 0.1;
    /** A page whose box covers at least this share of each side of the picture fills it. */
    static final double FILLS = 0.97;
    /** Dark details up to twice this many pixels of the small copy wide are closed over before regions are found. */
    static final int CLOSING_RADIUS = 2;

    /**
     * @param grey the picture's grey values, 0..255, {@code grey[y * width + x]}
     * @param w    the width
     * @param h    the height
     * @return the page
     */
    static Page find(float[] grey, int w, int h) {
        Page whole = whole(w, h);
        double scale = Math.min(1, (double) SMALL_SIDE / Math.max(w, h));
        int sw = Math.max(1, (int) Math.round(w * scale)), sh = Math.max(1, (int) Math.round(h * scale));
        // resize averages whatever the values are: here grey shades, not ink
        float[] small = closed(MnistForm.resize(new Plane(grey, w, h), sw, sh).values(), sw, sh);
        Components regions = Components.of(offEdges(small, sw, sh), sw, sh);
        int page = brightestLarge(small, regions, sw * sh);
        if (page < 0) {
            return whole;
        }
        Box smallBox = regions.components().get(page).box();
        if (smallBox.width() >= FILLS * sw && smallBox.height() >= FILLS * sh) {
            return whole;
        }
        boolean[] region = new boolean[sw * sh];
        for (int i = 0; i < region.length; i++) {
            region[i] = regions.labels()[i] == page;
        }
        Outline outline = Outline.of(region, sw);
        double sx = (double) w / sw, sy = (double) h / sh;
        Box box = Box.spanning(
                (int) Math.floor(smallBox.x() * sx),
                (int) Math.floor(smallBox.y() * sy),
                Math.min(w, (int) Math.ceil(smallBox.right() * sx)),
                Math.min(h, (int) Math.ceil(smallBox.bottom() * sy)));
        boolean[] inside = new boolean[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            double[] span = outline.span((box.y() + y + 0.5) / sy);
            for (int x = 0; x < box.width(); x++) {
                double column = (box.x() + x + 0.5) / sx;
                inside[y * box.width() + x] = column >= span[0] && column <= span[1];
            }
        }
        return new Page(box, inside);
    }

    private static Page whole(int w, int h) {
        return new Page(new Box(0, 0, w, h), new boolean[0]);
    }

    /** @return whether the page fills the picture (then the picture is read as a whole) */
    boolean fillsPicture() {
        return inside.length == 0;
    }

    /**
     * @param grey the picture's grey values, as given to {@link #find}
     * @param w    the picture's width
     * @return the grey values of the page's box, {@code [y * box.width() + x]}; what in it is not the page (the
     *     table in the corners of a page lying askew, the page's border) painted with the shade of the paper near it
     */
    float[] cut(float[] grey, int w) {
        int bw = box.width(), bh = box.height();
        float[] out = new float[bw * bh];
        boolean[] outside = new boolean[out.length];
        for (int y = 0; y < bh; y++) {
            System.arraycopy(grey, (box.y() + y) * w + box.x(), out, y * bw, bw);
            for (int x = 0; x < bw; x++) {
                outside[y * bw + x] = !inside[y * bw + x];
            }
        }
        float[] near = PageInk.windowMeans(out, outside, bw, bh, Math.max(bw, bh) / 8);
        float[] far = PageInk.windowMeans(out, outside, bw, bh, Math.max(bw, bh));
        for (int i = 0; i < out.length; i++) {
            if (outside[i]) {
                out[i] = Float.isNaN(near[i]) ? far[i] : near[i];
            }
        }
        return out;
    }

    /**
     * A grey-level closing: the brightest shade within {@value #CLOSING_RADIUS} pixels, then the darkest of those
     * within the same distance. Thin dark details vanish; large dark areas (the table) keep their shape.
     */
    private static float[] closed(float[] small, int sw, int sh) {
        return extreme(extreme(small, sw, sh, true), sw, sh, false);
    }

    /** The brightest (or darkest) shade within {@value #CLOSING_RADIUS} pixels, along rows and then columns. */
    private static float[] extreme(float[] values, int sw, int sh, boolean brightest) {
        float[] rows = new float[values.length];
        float[] out = new float[values.length];
        for (int pass = 0; pass < 2; pass++) {
            float[] from = pass == 0 ? values : rows, to = pass == 0 ? rows : out;
            for (int y = 0; y < sh; y++) {
                for (int x = 0; x < sw; x++) {
                    float e = from[y * sw + x];
                    for (int d = -CLOSING_RADIUS; d <= CLOSING_RADIUS; d++) {
                        int nx = pass == 0 ? x + d : x, ny = pass == 0 ? y : y + d;
                        if (nx >= 0 && ny >= 0 && nx < sw && ny < sh) {
                            float v = from[ny * sw + nx];
                            e = brightest ? Math.max(e, v) : Math.min(e, v);
                        }
                    }
                    to[y * sw + x] = e;
                }
            }
        }
        return out;
    }

    /**
     * Which pixels of the small copy are not on an edge: no pixel up to {@value #EDGE_REACH} to the right or below
     * differs from them by a step (a step that resizing spread over two pixels is still a step).
     */
    private static boolean[] offEdges(float[] small, int sw, int sh) {
        boolean[] off = new boolean[small.length];
        Arrays.fill(off, true);
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int p = y * sw + x;
                for (int d = 1; d <= EDGE_REACH; d++) {
                    if (x + d < sw && step(small[p], small[p + d])) {
                        for (int k = 0; k <= d; k++) {
                            off[p + k] = false;
                        }
                    }
                    if (y + d < sh && step(small[p], small[p + d * sw])) {
                        for (int k = 0; k <= d; k++) {
                            off[p + k * sw] = false;
                        }
                    }
                }
            }
        }
        return off;
    }

    private static boolean step(float a, float b) {
        return Math.abs(a - b) >= Math.max(MIN_STEP, SAME_SHADE * Math.max(a, b));
    }

    /** The brightest region (by mean shade) covering at least {@value #MIN_PAGE_SHARE} of the picture, or -1. */
    private static int brightestLarge(float[] small, Components regions, int pixels) {
        List<Component> all = regions.components();
        double[] sum = new double[all.size()];
        for (int i = 0; i < small.length; i++) {
            if (regions.labels()[i] >= 0) {
                sum[regions.labels()[i]] += small[i];
            }
        }
        int best = -1;
        double brightest = -1;
        for (int r = 0; r < all.size(); r++) {
            double mean = sum[r] / all.get(r).area();
            if (all.get(r).area() >= MIN_PAGE_SHARE * pixels && mean > brightest) {
                best = r;
                brightest = mean;
            }
        }
        return best;
    }
}
