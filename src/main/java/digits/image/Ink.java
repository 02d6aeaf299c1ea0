package digits.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The first step of every picture path (an own digit, a drawing, a photo of a number): a picture's grey values,
 * whatever its colours or transparency, and the paper's shade. How much ink each pixel holds is then found
 * against the paper around it ({@code digits.photos.PageInk}).
 */
public final class Ink {

    /** How the message starts when a picture holds no ink (a blank or cleared pad). */
    public static final String NO_INK = "no ink found";

    /** Below this contrast (of 255) between paper and darkest ink there is no ink to speak of. */
    public static final double MIN_CONTRAST = 40;
    /** Darkness under this share of a digit's darkest ink counts as paper when its ink is cut out. */
    public static final double MIN_PAPER_SHARE = 0.05;

    private Ink() {}

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
