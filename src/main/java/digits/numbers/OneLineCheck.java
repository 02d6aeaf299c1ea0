package digits.numbers;

import digits.image.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Whether the writing lies in one line. Digit-high groups should lie in one row. Several rows that hold one
 * digit each, stacked into a column taller than wide, are a number turned on its side; any other stack is more
 * than one line of writing. The check only reports; the caller decides to refuse the picture.
 *
 * @param rows     how many rows of digit-high groups lie one above the other
 * @param oneEach  whether every row holds one group
 * @param extent   the box around the digit-high groups, where there are several rows; else null
 */
record OneLineCheck(int rows, boolean oneEach, Box extent) {

    /** A group at least this share of the typical digit height tall counts in finding the rows. */
    static final double ROW_HEIGHT = 0.5;

    /**
     * @param groups      the groups found, each a digit or touching digits
     * @param digitHeight the typical height of a digit, in pixels
     * @return how the digit-high groups lie
     */
    static OneLineCheck of(List<ComponentGroup> groups, double digitHeight) {
        List<ComponentGroup> tall = groups.stream()
                .filter(g -> g.height() >= ROW_HEIGHT * digitHeight)
                .toList();
        List<List<ComponentGroup>> rows = rows(tall);
        if (rows.size() < 2) {
            return new OneLineCheck(rows.size(), true, null);
        }
        Box extent = tall.stream().map(ComponentGroup::box).reduce(Box::union).orElseThrow();
        return new OneLineCheck(rows.size(), rows.stream().allMatch(row -> row.size() == 1), extent);
    }

    /**
     * @param groups groups of ink
     * @return the groups in rows from the top: a group that starts below every group above it starts a row
     */
    static List<List<ComponentGroup>> rows(List<ComponentGroup> groups) {
        List<ComponentGroup> byTop = new ArrayList<>(groups);
        byTop.sort(Comparator.comparingInt(g -> g.top));
        List<List<ComponentGroup>> rows = new ArrayList<>();
        int rowBottom = Integer.MIN_VALUE;
        for (ComponentGroup g : byTop) {
            if (rows.isEmpty() || g.top >= rowBottom) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(g);
            rowBottom = Math.max(rowBottom, g.bottom);
        }
        return rows;
    }

    /** @return whether the writing is one line (or none of it is digit-high) */
    boolean oneLine() {
        return rows < 2;
    }

    /**
     * @param name the picture's name
     * @return what is wrong with the picture, for a message: turned on its side, or more than one line
     * @throws IllegalStateException if the writing is one line
     */
    String problem(String name) {
        if (oneLine()) {
            throw new IllegalStateException("the writing in " + name + " is one line: there is no problem to tell");
        }
        if (oneEach && extent.height() > extent.width()) {
            return String.format(
                    Locale.ROOT,
                    "the writing in %s is taller than wide (%d x %d pixels, %d marks "
                            + "stacked one above the other): the number is probably turned on its side; turn the picture "
                            + "upright first",
                    name,
                    extent.width(),
                    extent.height(),
                    rows);
        }
        return String.format(
                Locale.ROOT,
                "%s holds more than one line of writing (%d lines, one above the other): "
                        + "the number reader reads one line; crop the picture to the line you want read",
                name,
                rows);
    }
}
