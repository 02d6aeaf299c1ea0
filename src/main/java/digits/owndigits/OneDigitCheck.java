package digits.owndigits;

import digits.image.Box;
import digits.image.PictureException;
import digits.numbers.NumberSegmentation;
import digits.numbers.Writing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a picture given as one digit holds one: the number reader's segmentation is asked what it sees. (A page
 * with ruled lines and no writing is refused in the number reader's words already in finding its writing.) Digits
 * side by side are refused with how many. The check refuses only what is clearly not one digit: a part that stands apart from its digit (a 5's
 * bar, a broken stroke) is lower than a digit, and a single mark is one digit unless it is far wider than high
 * (several touching digits). Where the segmentation cannot tell (marks one above the other, as a broken 8 may
 * be), the picture is read as one digit.
 */
final class OneDigitCheck {

    /** A mark lower than this share of the writing's height is a part of a digit, not a digit of its own. */
    static final double DIGIT_HIGH = 0.6;
    /** Marks sharing more than this share of the narrower one's columns are one digit written in pieces. */
    static final double SAME_COLUMNS = 0.5;
    /**
     * A single mark wider than this many times its height holds several touching digits. Single digits reach 2 (the
     * flattest 0s and 5s of MNIST's test set); two touching digits are about 1.5 and three about 2.2 times as wide
     * as high, so up to three touching digits pass as one: the check refuses only what is clearly several.
     */
    static final double WIDEST_DIGIT = 2.5;

    private OneDigitCheck() {}

    /**
     * @param writing the writing found in the picture (a page with only ruled lines is refused in finding it, in
     *     the number reader's words)
     * @throws PictureException if it shows several digits side by side
     */
    static void require(Writing writing) {
        String name = writing.name();
        NumberSegmentation split;
        try {
            split = NumberSegmentation.of(writing);
        } catch (PictureException e) {
            return; // not one line to the number reader (marks one above the other): read as one digit
        }
        Box extent = split.markBoxes().stream().reduce(Box::union).orElseThrow();
        List<Box> marks = sideBySide(split.markBoxes().stream()
                .filter(mark -> mark.height() >= DIGIT_HIGH * extent.height())
                .toList());
        long digits = split.boxes().stream()
                .filter(digit -> marks.stream().anyMatch(mark -> inside(digit, mark)))
                .count();
        String reader = ", not one: OwnDigit reads a single digit; read a number with NumberReader (notebook 06)";
        if (marks.size() > 1) {
            throw new PictureException(
                    String.format(Locale.ROOT, "%s shows %d digits side by side%s", name, digits, reader));
        }
        if (marks.size() == 1
                && digits > 1
                && marks.get(0).width() > WIDEST_DIGIT * marks.get(0).height()) {
            throw new PictureException(String.format(
                    Locale.ROOT,
                    "%s shows one mark as wide as %d touching digits " + "(%d x %d pixels)%s",
                    name,
                    digits,
                    marks.get(0).width(),
                    marks.get(0).height(),
                    reader));
        }
    }

    /**
     * The marks with those that share more than {@value #SAME_COLUMNS} of the narrower one's columns put together
     * (the strokes of a digit written in pieces stand over one another, digits side by side do not).
     */
    private static List<Box> sideBySide(List<Box> marks) {
        List<Box> merged = new ArrayList<>();
        for (Box mark : marks) { // left to right
            Box last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            int shared = last == null ? 0 : Math.min(last.right(), mark.right()) - Math.max(last.x(), mark.x());
            if (last != null && shared > SAME_COLUMNS * Math.min(last.width(), mark.width())) {
                merged.set(merged.size() - 1, last.union(mark));
            } else {
                merged.add(mark);
            }
        }
        return merged;
    }

    private static boolean inside(Box inner, Box outer) {
        return inner.x() >= outer.x()
                && inner.y() >= outer.y()
                && inner.right() <= outer.right()
                && inner.bottom() <= outer.bottom();
    }
}
