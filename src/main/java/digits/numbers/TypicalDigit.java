package digits.numbers;

import digits.image.Components.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * The size of a typical digit in a picture, measured on its big components (at least a quarter of the largest
 * one's area), so that specks and detached bars do not count.
 *
 * @param height the typical height of a digit, in pixels
 * @param area   the typical ink area of a digit, in pixels
 */
record TypicalDigit(double height, double area) {

    /** A component with at least one over this of the largest one's area is big: a digit or most of one. */
    static final int BIG_DIVISOR = 4;
    /**
     * The typical height is the height that this many thirds of the big components reach at most. Most digits
     * are written as tall as the line; a few wide ones are lower, and touching ones a little taller (they need
     * not sit on the same line), so neither the lowest nor the tallest is the typical height.
     */
    static final int HEIGHT_THIRDS = 2;

    /**
     * @param components the connected components
     * @param dropped    which of them are not writing (ruled lines)
     * @return the typical digit: the height per {@link #HEIGHT_THIRDS}, the median area
     * @throws IndexOutOfBoundsException if every component is dropped (the caller checks there is ink)
     */
    static TypicalDigit of(List<Component> components, boolean[] dropped) {
        int largest = 0;
        for (int c = 0; c < components.size(); c++) {
            largest = dropped[c] ? largest : Math.max(largest, components.get(c).area());
        }
        List<Integer> heights = new ArrayList<>();
        List<Integer> areas = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            Component component = components.get(c);
            if (!dropped[c] && component.area() * BIG_DIVISOR >= largest) {
                heights.add(component.box().height());
                areas.add(component.area());
            }
        }
        heights.sort(null);
        areas.sort(null);
        return new TypicalDigit(heights.get(heights.size() * HEIGHT_THIRDS / 3), areas.get(areas.size() / 2));
    }
}
