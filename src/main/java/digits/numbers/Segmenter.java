package digits.numbers;

import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.image.Box;
import digits.image.Components.Component;
import digits.image.Plane;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Splits the writing of a one-line number ({@link Writing}: its components, the parts of each digit put together)
 * into digits: groups much wider than a digit (touching digits) are cut with the network's help
 * ({@link RecognitionSplit}), or found by a middle network ({@link MiddleNetwork}), or, without a network, where the
 * ink's column profile is thinnest ({@link TouchingSplit}); each digit's ink is cut out ({@link DigitCutter}).
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
     * @param readings    for each digit, what the middle network read in it, where it found the digit among others
     *                    in one group; empty where the digit is to be read by the course's network
     */
    record Segments(
            int[] labels,
            List<Component> components,
            OneLineCheck lines,
            int[] owner,
            List<Plane> digits,
            List<Box> boxes,
            double digitHeight,
            List<Optional<Prediction>> readings) {}

    /**
     * @param writing   the writing found
     * @param predictor the network that judges where touching digits are cut, or null to cut by the ink profile
     * @param middles   the network that finds the digits in each group, or null to cut groups as {@code predictor}
     *                  says
     * @return the digits, left to right, if the writing is one line ({@link Segments#lines()} says)
     */
    static Segments segment(Writing writing, Predictor predictor, MiddleNetwork middles) {
        int[] labels = writing.found.labels();
        List<Component> components = writing.found.components();
        OneLineCheck lines = writing.lines;
        double height = writing.digit.height();
        if (!lines.oneLine()) {
            return new Segments(labels, components, lines, new int[0], List.of(), List.of(), height, List.of());
        }
        if (middles != null) {
            return byMiddles(writing, middles);
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
        return cut(writing, digits, Collections.nCopies(digits.size(), Optional.empty()));
    }

    /**
     * The middle network finds the digits in each group. A group it finds several in is cut straight down halfway
     * between neighbouring digits' middles, for the boxes and the pictures, and each digit keeps what the network read
     * in it; a group it finds one digit in stays whole, to be read by the course's network.
     */
    private static Segments byMiddles(Writing writing, MiddleNetwork middles) {
        List<MiddleStrip> strips = MiddleStrip.of(writing);
        List<float[][]> columns = middles.columns(strips);
        List<ComponentGroup> digits = new ArrayList<>();
        List<Optional<Prediction>> readings = new ArrayList<>();
        for (int i = 0; i < strips.size(); i++) {
            MiddleStrip strip = strips.get(i);
            ComponentGroup g = strip.group;
            List<MiddleDecoder.Segment> found = MiddleDecoder.segments(columns.get(i));
            if (found.size() <= 1) {
                digits.add(g);
                readings.add(Optional.empty());
                continue;
            }
            int left = g.left;
            for (int k = 0; k < found.size(); k++) {
                int right = g.right;
                if (k + 1 < found.size()) {
                    double between = (found.get(k).to() + found.get(k + 1).from()) / 2.0;
                    right = Math.max(left + 1, Math.min(g.right - 1, (int) Math.round(strip.pictureX(between))));
                }
                MiddleDecoder.Segment s = found.get(k);
                digits.add(g.columns(left, right));
                readings.add(Optional.of(new Prediction(s.digit(), s.probabilities())));
                left = right;
            }
        }
        return cut(writing, digits, readings);
    }

    private static Segments cut(Writing writing, List<ComponentGroup> digits, List<Optional<Prediction>> readings) {
        Integer[] order = new Integer[digits.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> digits.get(i).left));
        List<ComponentGroup> sorted = new ArrayList<>();
        for (int i : order) {
            sorted.add(digits.get(i));
        }
        int[] labels = writing.found.labels();
        DigitCutter.Cut cut = DigitCutter.cut(sorted, labels, writing.ink);
        List<Optional<Prediction>> kept = new ArrayList<>();
        for (int source : cut.sources()) {
            kept.add(readings.get(order[source]));
        }
        return new Segments(
                labels,
                writing.found.components(),
                writing.lines,
                cut.owner(),
                cut.digits(),
                cut.boxes(),
                writing.digit.height(),
                List.copyOf(kept));
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
        return cut(writing, List.of(all), List.of(Optional.empty()));
    }
}
