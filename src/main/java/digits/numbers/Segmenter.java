package digits.numbers;

import digits.evaluation.Predictor;
import digits.image.Box;
import digits.image.Components.Component;
import digits.image.Plane;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits the writing of a one-line number ({@link Writing}: its components, the parts of each digit put together)
 * into digits: groups much wider than a digit (touching digits) are cut with the network's help
 * ({@link RecognitionSplit}) or, without a network, where the ink's column profile is thinnest
 * ({@link TouchingSplit}); each digit's ink is cut out ({@link DigitCutter}).
 */
final class Segmenter {

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
     * @param writing   the writing found
     * @param predictor the network that judges where touching digits are cut, or null to cut by the ink profile
     * @return the digits, left to right, if the writing is one line ({@link Segments#lines()} says)
     */
    static Segments segment(Writing writing, Predictor predictor) {
        int[] labels = writing.found.labels();
        List<Component> components = writing.found.components();
        OneLineCheck lines = writing.lines;
        double height = writing.digit.height();
        if (!lines.oneLine()) {
            return new Segments(labels, components, lines, new int[0], List.of(), List.of(), height);
        }
        List<ComponentGroup> digits = new ArrayList<>();
        if (predictor != null) {
            digits.addAll(RecognitionSplit.split(writing.groups, writing.ink, labels, height, predictor));
        } else {
            TouchingSplit splitter = new TouchingSplit(writing.ink, labels, writing.groups, height);
            for (ComponentGroup g : writing.groups) {
                digits.addAll(splitter.split(g));
            }
        }
        digits.sort(Comparator.comparingInt(g -> g.left));
        DigitCutter.Cut cut = DigitCutter.cut(digits, labels, writing.ink);
        return new Segments(labels, components, lines, cut.owner(), cut.digits(), cut.boxes(), height);
    }

    /**
     * @param writing the writing found
     * @return all of it as one digit: every group's ink cut out together
     */
    static Segments asOneDigit(Writing writing) {
        ComponentGroup all = new ComponentGroup();
        for (ComponentGroup g : writing.groups) {
            all.join(g, writing.found.components());
        }
        int[] labels = writing.found.labels();
        double height = writing.digit.height();
        DigitCutter.Cut cut = DigitCutter.cut(List.of(all), labels, writing.ink);
        return new Segments(
                labels, writing.found.components(), writing.lines, cut.owner(), cut.digits(), cut.boxes(), height);
    }
}
