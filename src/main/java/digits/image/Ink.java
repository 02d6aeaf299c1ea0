package digits.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads how much ink each pixel of a picture holds, whatever its colours, transparency or paper shade: the first
 * step of every picture path (an own digit, a drawing, a photo of a number).
 */
public final class Ink {

    /** How the message starts when a picture holds no ink (a blank or cleared pad). */
    public static final String NO_INK = "no ink found";

    /** Below this contrast (of 255) between paper and darkest ink there is no ink to speak of. */
    public static final double MIN_CONTRAST = 40;
    /**
     * Darkness up to twice the paper's own grain (how far its border pixels stray from the paper's shade) counts
     * as paper, but at least this share of the contrast between paper and ink ...
     */
    public static final double MIN_PAPER_SHARE = 0.05;
    /** ... and at most this share. */
    static final double MAX_PAPER_SHARE = 0.4;

    private Ink() {}

    /**
     * How much ink each pixel holds. Colours become grey by luminance; transparent pixels become paper;
     * the paper is the typical brightness at the picture's border, so light ink on dark paper works too.
     *
     * @throws PictureException if the picture is (nearly) one flat shade
     */
    public static Plane of(BufferedImage image, String name) {
        int w = image.getWidth(), h = image.getHeight();
        float[] grey = greyOnSheet(image, name);
        float[] border = border(grey, w, h);
        float paper = median(border);
        boolean lightInk = paper < 128;
        float darkest = 0;
        float[] darkness = new float[w * h];
        for (int i = 0; i < grey.length; i++) {
            darkness[i] = Math.max(0, lightInk ? grey[i] - paper : paper - grey[i]);
            darkest = Math.max(darkest, darkness[i]);
        }
        if (darkest < MIN_CONTRAST) {
            throw new PictureException(String.format(
                    Locale.ROOT,
                    NO_INK + " in %s: the picture is nearly one flat "
                            + "shade (the strongest ink differs from the paper by %.0f of 255, at least %.0f needed)",
                    name,
                    darkest,
                    MIN_CONTRAST));
        }
        float low = Math.max((float) (MIN_PAPER_SHARE * darkest), 2 * paperGrain(border, paper, lightInk));
        low = Math.min(low, (float) (MAX_PAPER_SHARE * darkest));
        float range = darkest - low;
        float[] ink = new float[w * h];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = Math.max(0, Math.min(1, (darkness[i] - low) / range));
        }
        return new Plane(ink, w, h);
    }

    /**
     * The picture's grey values (0..255, {@code grey[y * width + x]}) by luminance. Whatever is drawn on a
     * transparent sheet counts as ink: the sheet becomes the shade opposite to the drawing's.
     *
     * @throws PictureException if the picture is fully transparent
     */
    public static float[] greyOnSheet(BufferedImage image, String name) {
        int w = image.getWidth(), h = image.getHeight();
        float[] grey = new float[w * h];
        float[] alpha = new float[w * h];
        readGreyAndAlpha(image, grey, alpha);
        boolean transparent = false;
        double opaqueSum = 0;
        int opaque = 0;
        for (int i = 0; i < grey.length; i++) {
            transparent |= alpha[i] < 1;
            if (alpha[i] >= 0.5f) {
                opaqueSum += grey[i];
                opaque++;
            }
        }
        if (transparent) {
            if (opaque == 0) {
                throw new PictureException(NO_INK + " in " + name + ": the picture is fully transparent");
            }
            float sheet = opaqueSum / opaque < 128 ? 255 : 0;
            for (int i = 0; i < grey.length; i++) {
                grey[i] = alpha[i] * grey[i] + (1 - alpha[i]) * sheet;
            }
        }
        return grey;
    }

    /** The paper's shade: the median grey of a ring along the picture's edge. */
    public static float paperShade(float[] grey, int w, int h) {
        return median(border(grey, w, h));
    }

    /**
     * Fills grey values (0..255) and opacity (0..1). Grey pictures are read from their samples as stored:
     * {@code getRGB} would pass them through a colour conversion that lightens every mid-grey.
     */
    private static void readGreyAndAlpha(BufferedImage image, float[] grey, float[] alpha) {
        int w = image.getWidth(), h = image.getHeight();
        var raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean greyModel = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        if (greyModel && bands <= 2) {
            float greyMax = (1 << image.getColorModel().getComponentSize(0)) - 1;
            float alphaMax = bands == 2 ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    grey[y * w + x] = raster.getSample(x, y, 0) * 255f / greyMax;
                    alpha[y * w + x] = bands == 2 ? raster.getSample(x, y, 1) / alphaMax : 1;
                }
            }
            return;
        }
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            alpha[i] = (p >>> 24) / 255f;
            grey[i] = (float) (0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff));
        }
    }

    /** How much darker than the paper its darkest border pixels get, ignoring the darkest 2 % (ink touching the edge). */
    private static float paperGrain(float[] border, float paper, boolean lightInk) {
        float[] darkness = new float[border.length];
        for (int i = 0; i < border.length; i++) {
            darkness[i] = Math.max(0, lightInk ? border[i] - paper : paper - border[i]);
        }
        Arrays.sort(darkness);
        return darkness[(int) (0.98 * (darkness.length - 1))];
    }

    /** The pixels of a ring along the picture's edge, about 2 % of its size wide. */
    private static float[] border(float[] grey, int w, int h) {
        int ring = Math.max(1, Math.min(w, h) / 50);
        float[] values = new float[w * h];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < ring || y < ring || x >= w - ring || y >= h - ring) {
                    values[n++] = grey[y * w + x];
                }
            }
        }
        return Arrays.copyOf(values, n);
    }

    private static float median(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
