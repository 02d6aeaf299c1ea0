package digits.numbers;

import digits.display.NumberPictures;
import digits.display.Percent;
import digits.evaluation.Prediction;
import digits.image.Box;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A number read from a picture: the digits found, what the network says each one is and how sure it is.
 * Immutable.
 *
 * <pre>{@code
 * number.text()             // "4093"
 * number.confidences()      // [0.99, 0.97, 0.64, 0.99]
 * number.leastSure()        // 2: the digit to check first
 * number.picture()          // numbered boxes with the reading under each
 * }</pre>
 */
public final class NumberReading {

    private final NumberSegmentation segmentation;
    private final List<Prediction> predictions;

    NumberReading(NumberSegmentation segmentation, List<Prediction> predictions) {
        if (segmentation.count() != predictions.size()) {
            throw new IllegalArgumentException(
                    segmentation.count() + " digits need as many predictions, found " + predictions.size());
        }
        this.segmentation = segmentation;
        this.predictions = List.copyOf(predictions);
    }

    /** @return the number as text, one character per digit found, left to right */
    public String text() {
        StringBuilder text = new StringBuilder();
        predictions.forEach(p -> text.append(p.digit()));
        return text.toString();
    }

    /** @return the digits read, left to right */
    public List<Integer> digits() {
        return predictions.stream().map(Prediction::digit).toList();
    }

    /** @return how sure the network is of each digit, 0..1 */
    public List<Double> confidences() {
        return predictions.stream().map(Prediction::confidence).toList();
    }

    /** @return the network's full prediction for each digit */
    public List<Prediction> predictions() {
        return predictions;
    }

    /** @return where each digit is, in the original picture's pixels */
    public List<Box> boxes() {
        return segmentation.boxes();
    }

    /**
     * @return the number the picture's name promises, if the name starts with digits followed by something else
     *     ("4093-pen.jpg": "4093"), for checking a reading
     */
    public Optional<String> expected() {
        String name = segmentation.name();
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end > 0 && end < name.length() ? Optional.of(name.substring(0, end)) : Optional.empty();
    }

    /** @return the number of digits */
    public int length() {
        return predictions.size();
    }

    /** @return the position (from 0, left to right) of the digit the network is least sure of */
    public int leastSure() {
        int least = 0;
        for (int i = 1; i < predictions.size(); i++) {
            if (predictions.get(i).confidence() < predictions.get(least).confidence()) {
                least = i;
            }
        }
        return least;
    }

    /** @return where the digit the network is least sure of stands, counted from 1 on the left, as a reader counts */
    public int leastSurePosition() {
        return leastSure() + 1;
    }

    /** @return how the picture was split into digits */
    public NumberSegmentation segmentation() {
        return segmentation;
    }

    /** @return the picture with a numbered box around each digit and the reading under each; the least sure in red */
    public BufferedImage picture() {
        return NumberPictures.reading(new NumberPictures.Reading(
                segmentation.name(),
                segmentation.picture(),
                segmentation.pictureBoxes(),
                digits().stream().mapToInt(Integer::intValue).toArray(),
                confidences().stream().mapToDouble(Double::doubleValue).toArray(),
                leastSure()));
    }

    /** @return the segmentation's steps, see {@link NumberSegmentation#steps()} */
    public BufferedImage steps() {
        return segmentation.steps();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s: read %s%s, least sure of digit %d (%s)",
                segmentation.name(),
                text(),
                expected()
                        .map(e -> e.equals(text()) ? " (right)" : " (meant " + e + ": wrong)")
                        .orElse(""),
                leastSurePosition(),
                Percent.of(predictions.get(leastSure()).confidence()));
    }
}
