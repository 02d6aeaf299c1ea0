package digits.evaluation;

import digits.check.Check;
import digits.display.Chart;
import digits.display.Percent;
import digits.model.Inference;
import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a network says about one image: the most probable digit and all ten probabilities. Immutable.
 *
 * @param digit         the predicted digit, 0..9: the one with the largest probability
 * @param probabilities the probability of each digit 0..9 (a copy is kept and a copy is returned)
 */
public record Prediction(int digit, float[] probabilities) {

    /**
     * @throws IllegalArgumentException if there are not 10 probabilities or the digit is out of range
     */
    public Prediction {
        if (probabilities.length != 10) {
            throw new IllegalArgumentException(
                    "a prediction needs 10 probabilities, one per digit, found " + probabilities.length);
        }
        Check.digit("digit", digit);
        probabilities = probabilities.clone();
    }

    /**
     * The prediction for a row of probabilities: the digit is the most probable one.
     *
     * @param probabilities 10 values
     * @param offset        where they start in the array
     * @return the prediction
     */
    public static Prediction of(float[] probabilities, int offset) {
        float[] p = Arrays.copyOfRange(probabilities, offset, offset + 10);
        return new Prediction(Inference.argMax(p, 0, 10), p);
    }

    /** @return a copy of the ten probabilities */
    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    /**
     * @param digit 0..9
     * @return the probability the network gives to {@code digit}
     */
    public double probability(int digit) {
        Check.digit("digit", digit);
        return probabilities[digit];
    }

    /** @return the probability of the predicted digit, 0..1: how sure the network is */
    public double confidence() {
        return probabilities[digit];
    }

    /** @return a table with columns "digit" ("0".."9") and "probability" */
    public Table probabilityTable() {
        String[] digits = new String[10];
        double[] values = new double[10];
        for (int d = 0; d < 10; d++) {
            digits[d] = String.valueOf(d);
            values[d] = probabilities[d];
        }
        return Table.create(
                "probabilities", StringColumn.create("digit", digits), DoubleColumn.create("probability", values));
    }

    /** @return a bar chart of the ten probabilities, titled with the prediction */
    public Chart probabilityChart() {
        return Chart.bars(
                String.format(Locale.ROOT, "The network says %d (%s sure)", digit, Percent.of(confidence())),
                probabilityTable(),
                "digit",
                "probability");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prediction other
                && digit == other.digit
                && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * digit + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "predicted %d with %s confidence", digit, Percent.of(confidence()));
    }
}
