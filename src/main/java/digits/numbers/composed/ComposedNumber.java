package digits.numbers.composed;

import digits.data.DigitImage;
import digits.image.Box;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A number put together from MNIST digits by {@link NumberComposer}, with the truth about it. Immutable
 * (the picture is shared: do not draw on it).
 *
 * @param picture  dark ink on white paper, each digit at MNIST's own size (28 x 28 pixels with its margins)
 * @param text     the number it shows, such as "4093"
 * @param boxes    where each digit's ink is, left to right
 * @param digits   each digit as it was taken from its set (to read it alone, beside the number)
 * @param touching whether some neighbours touch (their inks meet, or their ink boxes touch or overlap)
 */
public record ComposedNumber(
        BufferedImage picture, String text, List<Box> boxes, List<DigitImage> digits, boolean touching) {

    /** @throws IllegalArgumentException if the text, the boxes and the digits disagree in length */
    public ComposedNumber {
        boxes = List.copyOf(boxes);
        digits = List.copyOf(digits);
        if (text.length() != boxes.size() || text.length() != digits.size()) {
            throw new IllegalArgumentException("a composed number needs a box and a digit image per digit: "
                    + text.length() + " digits, " + boxes.size() + " boxes, " + digits.size() + " digit images");
        }
    }

    /** @return the number of digits */
    public int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return "ComposedNumber[" + text + (touching ? ", touching neighbours" : "") + "]";
    }
}
