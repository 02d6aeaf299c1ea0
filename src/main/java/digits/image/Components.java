package digits.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The connected components of a mask of ink (8-connected: pixels that touch at a corner belong together), the
 * first guess at the separate marks of a picture.
 *
 * @param labels     the component of each pixel, {@code labels[y * width + x]}, -1 for paper
 * @param components the components, in the order they were found (top row first)
 */
public record Components(int[] labels, List<Component> components) {

    /**
     * One component.
     *
     * @param box  the smallest box holding it
     * @param area its number of pixels
     */
    public record Component(Box box, int area) {}

    /**
     * Labels the 8-connected components of a mask.
     *
     * @param mask   which pixels are ink, {@code mask[y * width + x]}
     * @param width  the mask's width
     * @param height the mask's height
     * @return the components and the label of each pixel
     * @throws IllegalArgumentException if the mask's length is not {@code width * height}
     */
    public static Components of(boolean[] mask, int width, int height) {
        if ((long) width * height != mask.length) {
            throw new IllegalArgumentException(
                    "a mask of " + width + " x " + height + " pixels needs that many values, not " + mask.length);
        }
        int[] labels = new int[mask.length];
        Arrays.fill(labels, -1);
        List<Component> components = new ArrayList<>();
        int[] queue = new int[mask.length];
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || labels[start] >= 0) {
                continue;
            }
            int id = components.size();
            int head = 0, tail = 0;
            queue[tail++] = start;
            labels[start] = id;
            int left = width, top = height, right = -1, bottom = -1;
            while (head < tail) {
                int p = queue[head++];
                int x = p % width, y = p / width;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            int q = ny * width + nx;
                            if (mask[q] && labels[q] < 0) {
                                labels[q] = id;
                                queue[tail++] = q;
                            }
                        }
                    }
                }
            }
            components.add(new Component(Box.spanning(left, top, right + 1, bottom + 1), tail));
        }
        return new Components(labels, List.copyOf(components));
    }

    /** @return how many components there are */
    public int count() {
        return components.size();
    }
}
