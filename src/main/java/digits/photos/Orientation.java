package digits.photos;

import java.awt.image.BufferedImage;

/** Turns a picture upright as its EXIF orientation tag (1..8) says: the phone stores pixels as the sensor saw them. */
final class Orientation {

    private Orientation() {}

    /**
     * @param stored      the picture as stored in the file
     * @param orientation the EXIF orientation, 1..8 (1: as stored; 6: turn a quarter clockwise; 8: a quarter
     *     anticlockwise; 3: half round; 2, 4, 5, 7: the same with a mirror)
     * @return the upright picture ({@code stored} itself for orientation 1)
     */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth(), h = stored.getHeight();
        boolean turned = orientation >= 5;
        int outW = turned ? h : w, outH = turned ? w : h;
        BufferedImage out = new BufferedImage(
                outW,
                outH,
                stored.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] source = stored.getRGB(0, 0, w, h, null, 0, w);
        int[] target = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx, sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> {
                        sx = w - 1 - y;
                        sy = x;
                    } // 8
                }
                target[y * outW + x] = source[sy * w + sx];
            }
        }
        out.setRGB(0, 0, outW, outH, target, 0, outW);
        return out;
    }
}
