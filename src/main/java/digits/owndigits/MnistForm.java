package digits.owndigits;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/**
 * The steps that bring any picture of a digit into MNIST's form, each a pure function on arrays of
 * ink values (0 = paper, 1 = full ink). MNIST's own recipe: crop to the ink, scale to fit 20 x 20
 * keeping the aspect ratio (with anti-aliasing), place by centre of mass in 28 x 28.
 */
final class MnistForm {

    /** How the message starts when a picture holds no ink (a blank or cleared pad). */
    static final String NO_INK = "no ink found";

    /** The box the ink is scaled to fit, as in MNIST. */
    static final int BOX = 20;
    /** The final image side. */
    static final int SIDE = 28;
    /** Below this contrast (of 255) between paper and darkest ink there is no ink to speak of. */
    static final double MIN_CONTRAST = 40;
    /**
     * Darkness up to twice the paper's own grain (how far its border pixels stray from the paper's shade) counts
     * as paper, but at least this share of the contrast between paper and ink ...
     */
    static final double MIN_PAPER_SHARE = 0.05;
    /** ... and at most this share. */
    static final double MAX_PAPER_SHARE = 0.4;

    private MnistForm() {
    }

    /** A rectangle of pixels: left, top, width, height. */
    record Box(int x, int y, int width, int height) {
    }

    /** A grey picture as an array: {@code values[y * width + x]}. */
    record Plane(float[] values, int width, int height) {
        float at(int x, int y) {
            return values[y * width + x];
        }
    }

    /**
     * How much ink each pixel holds. Colours become grey by luminance; transparent pixels become paper;
     * the paper is the typical brightness at the picture's border, so light ink on dark paper works too.
     *
     * @throws OwnDigitException if the picture is (nearly) one flat shade
     */
    static Plane inkOf(BufferedImage image, String name) {
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
            throw new OwnDigitException(String.format(Locale.ROOT, NO_INK + " in %s: the picture is nearly one flat "
                    + "shade (the strongest ink differs from the paper by %.0f of 255, at least %.0f needed)", name,
                    darkest, MIN_CONTRAST));
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
     * @throws OwnDigitException if the picture is fully transparent
     */
    static float[] greyOnSheet(BufferedImage image, String name) {
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
                throw new OwnDigitException(NO_INK + " in " + name + ": the picture is fully transparent");
            }
            float sheet = opaqueSum / opaque < 128 ? 255 : 0;
            for (int i = 0; i < grey.length; i++) {
                grey[i] = alpha[i] * grey[i] + (1 - alpha[i]) * sheet;
            }
        }
        return grey;
    }

    /** The paper's shade: the median grey of a ring along the picture's edge. */
    static float paperShade(float[] grey, int w, int h) {
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
        boolean greyModel = image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY;
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

    /** The smallest box holding every pixel with ink. */
    static Box inkBox(Plane ink) {
        int left = ink.width(), top = ink.height(), right = -1, bottom = -1;
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                if (ink.at(x, y) > 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new Box(left, top, right - left + 1, bottom - top + 1);
    }

    static Plane crop(Plane plane, Box box) {
        float[] out = new float[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(plane.values(), (box.y() + y) * plane.width() + box.x(), out, y * box.width(), box.width());
        }
        return new Plane(out, box.width(), box.height());
    }

    /** Scales so that the longer side becomes {@value #BOX} pixels, keeping the aspect ratio. */
    static Plane fitBox(Plane plane) {
        double scale = (double) BOX / Math.max(plane.width(), plane.height());
        int w = Math.max(1, (int) Math.round(plane.width() * scale));
        int h = Math.max(1, (int) Math.round(plane.height() * scale));
        return resize(plane, w, h);
    }

    /**
     * Resizes by area averaging when shrinking (each new pixel is the mean of the part of the picture it covers,
     * the anti-aliasing MNIST used) and by bilinear interpolation when enlarging.
     */
    static Plane resize(Plane plane, int w, int h) {
        Plane wide = resizeRows(plane, w);
        Plane tall = resizeRows(transpose(wide), h);
        return transpose(tall);
    }

    private static Plane resizeRows(Plane plane, int newWidth) {
        int oldWidth = plane.width();
        float[] out = new float[newWidth * plane.height()];
        double step = (double) oldWidth / newWidth;
        for (int y = 0; y < plane.height(); y++) {
            int row = y * oldWidth;
            for (int x = 0; x < newWidth; x++) {
                double value;
                if (newWidth <= oldWidth) {
                    double from = x * step, to = (x + 1) * step, sum = 0;
                    for (int s = (int) from; s < Math.min(oldWidth, Math.ceil(to)); s++) {
                        double overlap = Math.min(to, s + 1) - Math.max(from, s);
                        sum += overlap * plane.values()[row + s];
                    }
                    value = sum / step;
                } else {
                    double source = Math.max(0, Math.min(oldWidth - 1, (x + 0.5) * step - 0.5));
                    int left = (int) source;
                    int right = Math.min(oldWidth - 1, left + 1);
                    double t = source - left;
                    value = (1 - t) * plane.values()[row + left] + t * plane.values()[row + right];
                }
                out[y * newWidth + x] = (float) value;
            }
        }
        return new Plane(out, newWidth, plane.height());
    }

    private static Plane transpose(Plane plane) {
        float[] out = new float[plane.values().length];
        for (int y = 0; y < plane.height(); y++) {
            for (int x = 0; x < plane.width(); x++) {
                out[x * plane.height() + y] = plane.at(x, y);
            }
        }
        return new Plane(out, plane.height(), plane.width());
    }

    /** The ink-weighted mean position {x, y} in pixel indices (the first pixel is at 0). */
    static double[] centreOfMass(Plane plane) {
        double sum = 0, sx = 0, sy = 0;
        for (int y = 0; y < plane.height(); y++) {
            for (int x = 0; x < plane.width(); x++) {
                double v = plane.at(x, y);
                sum += v;
                sx += v * x;
                sy += v * y;
            }
        }
        return new double[] {sx / sum, sy / sum};
    }

    /**
     * Where the scaled digit's top-left corner goes in 28 x 28 so that its centre of mass lands on pixel (14, 14),
     * as in MNIST (whose digits have their centre of mass within half a pixel of that pixel).
     */
    static int[] placement(Plane scaled) {
        double[] mass = centreOfMass(scaled);
        int x = (int) Math.round(SIDE / 2.0 - mass[0]);
        int y = (int) Math.round(SIDE / 2.0 - mass[1]);
        return new int[] {Math.max(0, Math.min(SIDE - scaled.width(), x)), Math.max(0, Math.min(SIDE - scaled.height(), y))};
    }

    /** The scaled digit placed by its centre of mass in a 28 x 28 field, as 0..255 bytes. */
    static byte[] centred(Plane scaled) {
        int[] at = placement(scaled);
        byte[] pixels = new byte[SIDE * SIDE];
        for (int y = 0; y < scaled.height(); y++) {
            for (int x = 0; x < scaled.width(); x++) {
                pixels[(at[1] + y) * SIDE + at[0] + x] = (byte) Math.round(255 * Math.max(0, Math.min(1, scaled.at(x, y))));
            }
        }
        return pixels;
    }
}
