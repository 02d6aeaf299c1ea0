package digits.numbers;

import digits.image.Box;
import digits.image.Components;
import digits.image.Components.Component;
import digits.image.PictureException;
import digits.image.Plane;
import digits.photos.PageInk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Splits the ink of a one-line number into digits, step by step. Connected components (8-connected) are the
 * first guess; slanted ruled lines are dropped; the parts of one digit are put together and specks dropped
 * ({@link Grouping}); the writing is checked to be one line; groups much wider than a
 * digit (touching digits) are cut where the ink's column profile is thinnest ({@link TouchingSplit}); each
 * digit's ink is cut out ({@link DigitCutter}).
 */
final class Segmenter {

    /** A lone component this much wider than high, and spanning much of the picture, is a (slanted) ruled line. */
    static final int LINE_ASPECT = 8;

    private Segmenter() {
    }

    /**
     * The digits found.
     *
     * @param labels      the component of each ink pixel, -1 for paper
     * @param components  the connected components, as found
     * @param owner       the digit each pixel's ink belongs to, -1 for none
     * @param digits      each digit's ink, 0..1, in its box, left to right; none where the writing is not one line
     * @param boxes       each digit's box
     * @param digitHeight the typical height of a digit, in pixels
     */
    record Segments(int[] labels, List<Component> components, int[] owner, List<Plane> digits,
            List<Box> boxes, double digitHeight) {
    }

    /**
     * @param ink  the ink found
     * @param name the picture's name, for messages
     * @return the digits, left to right
     * @throws PictureException if there is no writing, more than one line of it, or it looks turned on its side
     */
    static Segments segment(PageInk ink, String name) {
        Components found = Components.of(ink.mask(), ink.width(), ink.height());
        List<Component> components = found.components();
        boolean[] dropped = slantedLines(components, ink.width());
        int slanted = 0;
        for (boolean line : dropped) {
            slanted += line ? 1 : 0;
        }
        if (slanted == components.size()) {
            boolean lines = ink.linePixels() > 0 || slanted > 0;
            throw new PictureException("no ink found in " + name + (lines
                    ? ": it shows only ruled lines, no writing" : ": nothing is darker than the paper around it"));
        }
        TypicalDigit digit = TypicalDigit.of(components, dropped);
        List<ComponentGroup> groups = Grouping.group(components, dropped, digit);
        checkOneLine(groups, digit.height(), name);
        TouchingSplit splitter = new TouchingSplit(ink, found.labels(), groups, digit.height());
        List<ComponentGroup> digits = new ArrayList<>();
        for (ComponentGroup g : groups) {
            digits.addAll(splitter.split(g));
        }
        digits.sort(Comparator.comparingInt(g -> g.left));
        DigitCutter.Cut cut = DigitCutter.cut(digits, found.labels(), ink);
        return new Segments(found.labels(), components, cut.owner(), cut.digits(), cut.boxes(),
                digit.height());
    }

    /** Which components are slanted ruled lines (a level one is taken out with the ink already). */
    private static boolean[] slantedLines(List<Component> components, int width) {
        boolean[] line = new boolean[components.size()];
        for (int c = 0; c < components.size(); c++) {
            Box box = components.get(c).box();
            line[c] = box.width() >= PageInk.LINE_LENGTH_SHARE * width && box.width() >= LINE_ASPECT * box.height();
        }
        return line;
    }

    /**
     * Digit-high groups should lie in one row. Several rows that hold one digit each, stacked into a column
     * taller than wide, are a number turned on its side; any other stack is more than one line of writing.
     */
    private static void checkOneLine(List<ComponentGroup> groups, double digitHeight, String name) {
        List<ComponentGroup> tall = groups.stream().filter(g -> g.height() >= 0.5 * digitHeight)
                .sorted(Comparator.comparingInt(g -> g.top)).toList();
        List<List<ComponentGroup>> rows = new ArrayList<>();
        int rowBottom = Integer.MIN_VALUE;
        for (ComponentGroup g : tall) {
            if (rows.isEmpty() || g.top >= rowBottom) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(g);
            rowBottom = Math.max(rowBottom, g.bottom);
        }
        if (rows.size() < 2) {
            return;
        }
        int left = Integer.MAX_VALUE, right = Integer.MIN_VALUE, top = Integer.MAX_VALUE, bottom = Integer.MIN_VALUE;
        for (ComponentGroup g : tall) {
            left = Math.min(left, g.left);
            right = Math.max(right, g.right);
            top = Math.min(top, g.top);
            bottom = Math.max(bottom, g.bottom);
        }
        boolean oneEach = rows.stream().allMatch(row -> row.size() == 1);
        if (oneEach && bottom - top > right - left) {
            throw new PictureException(String.format(Locale.ROOT, "the writing in %s is taller than wide (%d x %d "
                    + "pixels, %d marks stacked one above the other): the number is probably turned on its side; turn "
                    + "the picture upright first", name, right - left, bottom - top, rows.size()));
        }
        throw new PictureException(String.format(Locale.ROOT, "%s holds more than one line of writing (%d lines, one "
                + "above the other): the number reader reads one line; crop the picture to the line you want read",
                name, rows.size()));
    }
}
