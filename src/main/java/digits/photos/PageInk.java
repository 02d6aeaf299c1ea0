package digits.photos;

import digits.image.Box;
import digits.image.Ink;
import digits.image.PictureException;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * Finds the ink in a picture of writing on paper under uneven light. Each pixel is compared with the paper
 * around it rather than with one paper shade for the whole picture: the paper's local shade is the mean of the
 * pixels within a large window that are not ink (two passes over integral images, after Bradley and Roth), and
 * a pixel is ink when it is darker than that by a share of it. A shadow darkens paper and ink alike, so the
 * share stays the same in and out of it. Long thin horizontal lines (a ruled page) are then taken out. When the
 * page fills only part of the picture (a page lying on a darker table), the page is found first ({@link Page})
 * and only the page is read: nothing outside it is ink.
 *
 * @param darkness how much darker than the paper around it each pixel is, as a share of that paper, 0..1
 * @param mask     which pixels are ink (ruled lines taken out)
 * @param lines    which pixels were ink of ruled lines, taken out
 * @param width    the picture's width
 * @param height   the picture's height
 * @param page     where the page lies in the picture: the whole picture unless the paper fills only part of it
 */
public record PageInk(float[] darkness, boolean[] mask, boolean[] lines, int width, int height, Box page) {

    /** @return how many pixels were ink of ruled lines, taken out */
    public int linePixels() {
        int n = 0;
        for (boolean b : lines) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** A pixel is ink when it is at least this share darker than the paper around it ... */
    static final float INK_SHARE = 0.25f;
    /** ... and at least this much darker, of 255 (keeps the noise of very dark paper out). */
    static final float INK_MIN_DARKNESS = 20;
    /** Fainter ink counts where it joins ink: the faint middle of a stroke that the pen barely touched. */
    static final float FAINT_SHARE = 0.1f;
    /** How far from ink, in pixels, faint ink still counts. */
    static final int FAINT_REACH = 2;
    /** In the first pass, a pixel this share darker than its window's mean is taken for ink. */
    private static final float FIRST_PASS_SHARE = 0.15f;
    /** A horizontal run of ink at least this share of the picture's width is a ruled line (unless it is thick). */
    public static final double LINE_LENGTH_SHARE = 0.6;
    /** More than this share of the picture far from the paper's shade at its border is not writing on paper. */
    static final double MAX_INK_SHARE = 0.5;
    /**
     * Paper along the picture's edge this far from mid-grey (of 255) tells the ink's polarity by itself: a tightly
     * cropped picture of bold ink would fool the comparison with the shade around each pixel.
     */
    static final float CLEAR_PAPER = 64;

    /**
     * Finds the page, then the ink on it.
     *
     * @param image the picture
     * @param name  its name, for messages
     * @return the ink; all of the picture's size, with no ink outside the page
     * @throws PictureException if the page is nearly one flat shade, or mostly dark
     */
    public static PageInk find(BufferedImage image, String name) {
        int w = image.getWidth(), h = image.getHeight();
        float[] grey = Ink.greyOnSheet(image, name);
        Page page = Page.find(grey, w, h);
        if (page.fillsPicture()) {
            return onPaper(grey, w, h, name);
        }
        Box box = page.box();
        PageInk onPage = onPaper(page.cut(grey, w), box.width(), box.height(), name);
        float[] darkness = new float[w * h];
        boolean[] mask = new boolean[w * h];
        boolean[] lines = new boolean[w * h];
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                int from = y * box.width() + x, to = (box.y() + y) * w + box.x() + x;
                if (page.inside()[from]) {
                    darkness[to] = onPage.darkness[from];
                    mask[to] = onPage.mask[from];
                    lines[to] = onPage.lines[from];
                }
            }
        }
        return new PageInk(darkness, mask, lines, w, h, box);
    }

    /**
     * The ink of a picture that is all paper (or whose paper fills it).
     *
     * @param grey the grey values, 0..255, {@code grey[y * w + x]}; turned round in place for light ink
     * @throws PictureException if the picture is nearly one flat shade, or mostly dark
     */
    private static PageInk onPaper(float[] grey, int w, int h, String name) {
        float paper = Ink.paperShade(grey, w, h);
        checkNotMostlyInk(grey, paper, name);
        int radius = Math.max(10, Math.max(w, h) / 8);
        float[] local = windowMeans(grey, null, w, h, radius);
        boolean clearPaper = Math.abs(paper - 128) > CLEAR_PAPER;
        if (clearPaper
                ? paper < 128
                : lightInk(grey, local)) { // light ink on dark paper: turn it round, so that ink is always darker
            for (int i = 0; i < grey.length; i++) {
                grey[i] = 255 - grey[i];
                local[i] = 255 - local[i];
            }
        }
        boolean[] firstPass = new boolean[w * h];
        for (int i = 0; i < grey.length; i++) {
            firstPass[i] = grey[i] < local[i] * (1 - FIRST_PASS_SHARE);
        }
        float[] paperAround = windowMeans(grey, firstPass, w, h, radius);
        float[] darkness = new float[w * h];
        boolean[] mask = new boolean[w * h];
        boolean[] faint = new boolean[w * h];
        float strongest = 0;
        for (int i = 0; i < grey.length; i++) {
            float shade = Float.isNaN(paperAround[i]) ? local[i] : paperAround[i];
            float below = shade - grey[i];
            darkness[i] = shade > 0 ? Math.max(0, Math.min(1, below / shade)) : 0;
            mask[i] = darkness[i] >= INK_SHARE && below >= INK_MIN_DARKNESS;
            faint[i] = darkness[i] >= FAINT_SHARE && below >= INK_MIN_DARKNESS / 2;
            strongest = Math.max(strongest, below);
        }
        if (strongest < Ink.MIN_CONTRAST) {
            throw new PictureException(String.format(
                    Locale.ROOT,
                    "no ink found in %s: the picture is nearly one "
                            + "flat shade (the strongest ink differs from the paper around it by %.0f of 255, at least %.0f "
                            + "needed)",
                    name,
                    strongest,
                    Ink.MIN_CONTRAST));
        }
        growInto(mask, faint, w, h);
        boolean[] lines = RuledLines.find(mask, w, h, LINE_LENGTH_SHARE);
        for (int i = 0; i < mask.length; i++) {
            mask[i] &= !lines[i];
        }
        return new PageInk(darkness, mask, lines, w, h, new Box(0, 0, w, h));
    }

    /**
     * Adds to the mask the faint pixels within {@value #FAINT_REACH} steps (8-connected, through faint pixels) of
     * ink: enough to bridge a stroke the pen barely touched, not enough to flood the soft edge of a shadow.
     */
    private static void growInto(boolean[] mask, boolean[] faint, int w, int h) {
        int[] front = new int[w * h];
        int size = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                front[size++] = i;
            }
        }
        int[] next = new int[w * h];
        for (int step = 0; step < FAINT_REACH && size > 0; step++) {
            int nextSize = 0;
            for (int k = 0; k < size; k++) {
                int p = front[k], x = p % w, y = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && faint[ny * w + nx] && !mask[ny * w + nx]) {
                            mask[ny * w + nx] = true;
                            next[nextSize++] = ny * w + nx;
                        }
                    }
                }
            }
            int[] swap = front;
            front = next;
            next = swap;
            size = nextSize;
        }
    }

    /**
     * Whether the ink is lighter than the paper (chalk on a board): pixels stand out from their surroundings
     * further on the light side (the 99.95th percentile of pixel minus window mean) than on the dark side (the
     * 0.05th: thin strokes on a large picture are little of it). Asked only where the paper along the edge is
     * mid-grey: there one paper shade for the picture would be fooled by a dim photo of white paper.
     */
    private static boolean lightInk(float[] grey, float[] local) {
        int[] histogram = new int[511];
        for (int i = 0; i < grey.length; i++) {
            histogram[255 + Math.round(grey[i] - local[i])]++;
        }
        int tail = Math.max(1, grey.length / 2000), seen = 0, darkTail = 0, lightTail = 0;
        for (int r = 0; r < histogram.length && seen < tail; r++) {
            seen += histogram[r];
            darkTail = 255 - r;
        }
        seen = 0;
        for (int r = histogram.length - 1; r >= 0 && seen < tail; r--) {
            seen += histogram[r];
            lightTail = r - 255;
        }
        return lightTail > darkTail;
    }

    /** Refuses a picture whose border (the paper) is one shade but most of which is far from it. */
    private static void checkNotMostlyInk(float[] grey, float paper, String name) {
        int far = 0;
        for (float g : grey) {
            far += (paper >= 128 ? g < 0.6f * paper : g > paper + 0.4f * (255 - paper)) ? 1 : 0;
        }
        double share = (double) far / grey.length;
        if (share > MAX_INK_SHARE) {
            throw new PictureException(String.format(
                    Locale.ROOT,
                    "ink covers %.0f%% of %s: expected a number written "
                            + "on paper, with paper all round it (is the picture mostly a dark surface, or under-exposed?)",
                    100 * share,
                    name));
        }
    }

    /**
     * The mean of {@code values} over the (2 radius + 1)-square around each pixel, clipped at the picture's edge,
     * counting only the pixels not {@code excluded} (all if it is null); NaN where every pixel in the window is
     * excluded. Summed-area tables make each mean four look-ups.
     */
    static float[] windowMeans(float[] values, boolean[] excluded, int w, int h, int radius) {
        double[] sum = new double[(w + 1) * (h + 1)];
        int[] count = new int[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            double rowSum = 0;
            int rowCount = 0;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (excluded == null || !excluded[i]) {
                    rowSum += values[i];
                    rowCount++;
                }
                int t = (y + 1) * (w + 1) + x + 1;
                sum[t] = sum[t - (w + 1)] + rowSum;
                count[t] = count[t - (w + 1)] + rowCount;
            }
        }
        float[] means = new float[w * h];
        for (int y = 0; y < h; y++) {
            int top = Math.max(0, y - radius), bottom = Math.min(h, y + radius + 1);
            for (int x = 0; x < w; x++) {
                int left = Math.max(0, x - radius), right = Math.min(w, x + radius + 1);
                int a = top * (w + 1) + left, b = top * (w + 1) + right;
                int c = bottom * (w + 1) + left, d = bottom * (w + 1) + right;
                int n = count[d] - count[b] - count[c] + count[a];
                means[y * w + x] = n == 0 ? Float.NaN : (float) ((sum[d] - sum[b] - sum[c] + sum[a]) / n);
            }
        }
        return means;
    }
}
