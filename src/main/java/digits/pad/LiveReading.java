package digits.pad;

import digits.evaluation.Prediction;
import digits.owndigits.OwnDigit;
import java.util.Objects;
import java.util.Optional;

/**
 * One reading of the live drawing pad: the drawing as the network receives it and what the network says, or
 * an empty pad (after <em>Clear</em>), or a drawing that is not one digit (several digits side by side), which
 * the network is not asked about. Readings are numbered from 1 in the order they were made. Immutable.
 */
public final class LiveReading {

    private final int sequence;
    private final String source;
    private final OwnDigit drawing;
    private final Prediction prediction;
    private final String refusal; // why the drawing is not one digit; "" when it is one, or the pad is empty

    private LiveReading(int sequence, String source, OwnDigit drawing, Prediction prediction, String refusal) {
        this.sequence = sequence;
        this.source = Objects.requireNonNull(source, "source");
        this.drawing = drawing;
        this.prediction = prediction;
        this.refusal = refusal;
    }

    /**
     * @param sequence   the reading's number, 1 or more
     * @param source     the file it was read from, as the notebook names it
     * @param drawing    the drawing in MNIST form
     * @param prediction what the network says about {@code drawing.digit()}
     * @return the reading
     */
    public static LiveReading of(int sequence, String source, OwnDigit drawing, Prediction prediction) {
        return new LiveReading(
                sequence,
                source,
                Objects.requireNonNull(drawing, "drawing"),
                Objects.requireNonNull(prediction, "prediction"),
                "");
    }

    /**
     * @param sequence the reading's number, 1 or more
     * @param source   the file that holds no ink
     * @return a reading of an empty pad
     */
    public static LiveReading empty(int sequence, String source) {
        return new LiveReading(sequence, source, null, null, "");
    }

    /**
     * @param sequence the reading's number, 1 or more
     * @param source   the file read
     * @param why      why the drawing is not one digit, as {@code OwnDigit} says it
     * @return a reading of a drawing the network is not asked about
     */
    public static LiveReading notOneDigit(int sequence, String source, String why) {
        return new LiveReading(sequence, source, null, null, Objects.requireNonNull(why, "why"));
    }

    /** @return the reading's number: 1 for the first, one more for each later one */
    public int sequence() {
        return sequence;
    }

    /** @return the file read, such as {@code my-digit.png} */
    public String source() {
        return source;
    }

    /** @return {@code true} if the pad held no ink */
    public boolean isEmpty() {
        return drawing == null && refusal.isEmpty();
    }

    /** @return why the drawing is not one digit (several digits side by side), or empty if it is one or none */
    public Optional<String> notOneDigit() {
        return refusal.isEmpty() ? Optional.empty() : Optional.of(refusal);
    }

    /** @return the drawing in MNIST form, unless the pad was empty */
    public Optional<OwnDigit> drawing() {
        return Optional.ofNullable(drawing);
    }

    /** @return what the network says, unless the pad was empty */
    public Optional<Prediction> prediction() {
        return Optional.ofNullable(prediction);
    }

    @Override
    public String toString() {
        return "reading " + sequence + " of " + source + ": "
                + (isEmpty() ? "the pad is empty" : !refusal.isEmpty() ? refusal : PadWording.said(prediction));
    }
}
