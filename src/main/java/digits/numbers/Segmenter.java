package digits.numbers;

import digits.evaluation.Predictor;
import digits.image.Box;
import digits.image.Components;
import digits.image.Components.Component;
import digits.image.PictureException;
import digits.image.Plane;
import digits.photos.PageInk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits the ink of a one-line number into digits, step by step. Connected components (8-connected) are the
 * first guess; slanted ruled lines are dropped; the parts of one digit are put together and specks dropped
 * ({@link Grouping}); the writing is checked to be one line ({@link OneLineCheck}); groups much wider than a
 * digit (touching digits) are cut with the network's help ({@link RecognitionSplit}) or, without a network, where
 * the ink's column profile is thinnest ({@link TouchingSplit}); each digit's ink is cut out ({@link DigitCutter}).
 */
final class Segmenter {

    /** A lone component this much wider than high, and spanning much of the picture, is a (slanted) ruled line. */
    static final int LINE_ASPECT = 8;

    private Segmenter() {}

    /**
     * The digits found.
     *
     * @param labels      the component of each ink pixel, -1 for paper
     * @param components  the connected components, as found
     * @param lines       how the writing lies; where it is not one line the steps stop there, and owner, digits
     *                    and boxes are empty
     * @param owner       the digit each pixel's ink belongs to, -1 for none
     * @param digits      each digit's ink, 0..1, in its box, left to right
     * @param boxes       each digit's box
     * @param digitHeight the typical height of a digit, in pixels
     */
    record Segments(
            int[] labels,
            List<Component> components,
            OneLineCheck lines,
            int[] owner,
            List<Plane> digits,
            List<Box> boxes,
            double digitHeight) {}

    /**
     * @param ink  the ink found
     * @param name the picture's name, for messages
     * @param predictor the network that judges where touching digits are cut, or null to cut by the ink profile
     * @return the digits, left to right, if the writing is one line ({@link Segments#lines()} says)
     * @throws PictureException if there is no writing
     */
    static Segments segment(PageInk ink, String name, Predictor predictor) {
        Components found = Components.of(ink.mask(), ink.width(), ink.height());
        List<Component> components = found.components();
        boolean[] dropped = slantedLines(components, ink.width());
        int slanted = 0;
        for (boolean line : dropped) {
            slanted += line ? 1 : 0;
        }
        if (slanted == components.size()) {
            boolean lines = ink.linePixels() > 0 || slanted > 0;
            throw new PictureException("no ink found in " + name
                    + (lines
                            ? ": it shows only ruled lines, no writing"
                            : ": nothing is darker than the paper around it"));
        }
        TypicalDigit digit = TypicalDigit.of(components, dropped);
        List<ComponentGroup> groups = Grouping.group(components, dropped, digit);
        OneLineCheck lines = OneLineCheck.of(groups, digit.height());
        if (!lines.oneLine()) {
            return new Segments(found.labels(), components, lines, new int[0], List.of(), List.of(), digit.height());
        }
        List<ComponentGroup> digits = new ArrayList<>();
        if (predictor != null) {
            digits.addAll(RecognitionSplit.split(groups, ink, found.labels(), digit.height(), predictor));
        } else {
            TouchingSplit splitter = new TouchingSplit(ink, found.labels(), groups, digit.height());
            for (ComponentGroup g : groups) {
                digits.addAll(splitter.split(g));
            }
        }
        digits.sort(Comparator.comparingInt(g -> g.left));
        DigitCutter.Cut cut = DigitCutter.cut(digits, found.labels(), ink);
        return new Segments(found.labels(), components, lines, cut.owner(), cut.digits(), cut.boxes(), digit.height());
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
}
