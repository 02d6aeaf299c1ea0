package digits.numbers.composed;

import digits.display.Pictures;
import digits.evaluation.Predictor;
import digits.image.PictureException;
import digits.numbers.NumberReader;
import digits.numbers.NumberReading;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How well a {@link NumberReader} reads numbers whose truth is known ({@link NumberComposer}): how often it finds
 * the right count of digits, how many of those digits it reads right, how the same network does on the same digits
 * as single images, and how many whole numbers it reads right. Immutable.
 *
 * <pre>{@code
 * var score = NumberScore.measure("separated", reader, composer.separated(500));
 * NumberScore.table(score)       // the figures as a table
 * score.mistakesPicture()        // the first numbers read wrong
 * }</pre>
 *
 * @param kind          what the numbers are, for the table ("separated", "touching")
 * @param numbers       numbers read
 * @param rightCount    numbers split into exactly as many digits as they have
 * @param digits        digits in those numbers
 * @param digitsRight   of those, digits read right
 * @param singlesRight  of those, digits the same network reads right as single test images
 * @param numbersRight  numbers read right in every digit
 * @param msPerNumber   reading time per number, milliseconds, the mean
 * @param medianMs      reading time per number, milliseconds, the median
 * @param worstMs       reading time of the slowest number, milliseconds
 * @param mistakes      the first numbers read wrong (at most {@value #MISTAKES_KEPT})
 */
public record NumberScore(
        String kind,
        int numbers,
        int rightCount,
        int digits,
        int digitsRight,
        int singlesRight,
        int numbersRight,
        double msPerNumber,
        double medianMs,
        double worstMs,
        List<NumberReading> mistakes) {

    /** Wrong readings kept for showing. */
    public static final int MISTAKES_KEPT = 3;

    /** Copies the list of mistakes. */
    public NumberScore {
        mistakes = List.copyOf(mistakes);
    }

    /**
     * Reads every number and compares it with its truth.
     *
     * @param kind    what the numbers are, for the table
     * @param reader  the reader
     * @param numbers the numbers, not empty
     * @return the score; a number the reader refuses counts as split into the wrong count
     */
    public static NumberScore measure(String kind, NumberReader reader, List<ComposedNumber> numbers) {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("no numbers to measure on");
        }
        List<NumberReading> readings = new ArrayList<>();
        double[] times = new double[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            long start = System.nanoTime();
            readings.add(readOrNull(reader, numbers.get(i)));
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        double ms = Arrays.stream(times).average().orElseThrow();
        Arrays.sort(times);
        double median = times[times.length / 2];
        double worst = times[times.length - 1];
        Predictor predictor = reader.predictor();
        int rightCount = 0, digits = 0, digitsRight = 0, singlesRight = 0, numbersRight = 0;
        List<NumberReading> mistakes = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            ComposedNumber truth = numbers.get(i);
            NumberReading reading = readings.get(i);
            boolean right = reading != null && reading.text().equals(truth.text());
            if (reading != null && !right && mistakes.size() < MISTAKES_KEPT) {
                mistakes.add(reading);
            }
            if (reading == null || reading.length() != truth.length()) {
                continue;
            }
            rightCount++;
            numbersRight += right ? 1 : 0;
            for (int d = 0; d < truth.length(); d++) {
                int label = truth.text().charAt(d) - '0';
                digits++;
                digitsRight += reading.digits().get(d) == label ? 1 : 0;
                singlesRight += predictor.predict(truth.digits().get(d)).digit() == label ? 1 : 0;
            }
        }
        return new NumberScore(
                kind,
                numbers.size(),
                rightCount,
                digits,
                digitsRight,
                singlesRight,
                numbersRight,
                ms,
                median,
                worst,
                mistakes);
    }

    private static NumberReading readOrNull(NumberReader reader, ComposedNumber number) {
        try {
            return reader.read("true " + number.text(), number.picture());
        } catch (PictureException e) {
            return null;
        }
    }

    /** @return the share (0..1) of numbers split into the right count of digits */
    public double countShare() {
        return (double) rightCount / numbers;
    }

    /** @return the percentage of digits read right, in numbers split into the right count */
    public double digitAccuracy() {
        return digits == 0 ? 0 : 100.0 * digitsRight / digits;
    }

    /** @return the percentage of the same digits the network reads right as single test images */
    public double singleAccuracy() {
        return digits == 0 ? 0 : 100.0 * singlesRight / digits;
    }

    /** @return the percentage of numbers read right in every digit */
    public double numberAccuracy() {
        return 100.0 * numbersRight / numbers;
    }

    /** @return the first numbers read wrong, one under the other, each with its boxes and readings */
    public BufferedImage mistakesPicture() {
        if (mistakes.isEmpty()) {
            throw new IllegalStateException("no number was read wrong among the " + numbers + " " + kind + " numbers");
        }
        return Pictures.stack(mistakes.stream().map(NumberReading::picture).toList());
    }

    /**
     * @param scores one or more scores
     * @return their figures as a table, a row each
     */
    public static Table table(NumberScore... scores) {
        Table table = Table.create(
                "Reading composed numbers",
                StringColumn.create("numbers"),
                IntColumn.create("read"),
                DoubleColumn.create("right count %"),
                DoubleColumn.create("digits right %"),
                DoubleColumn.create("same digits alone %"),
                DoubleColumn.create("numbers right %"));
        for (NumberScore s : scores) {
            table.stringColumn(0).append(s.kind);
            table.intColumn(1).append(s.numbers);
            table.doubleColumn(2).append(100 * s.countShare());
            table.doubleColumn(3).append(s.digitAccuracy());
            table.doubleColumn(4).append(s.singleAccuracy());
            table.doubleColumn(5).append(s.numberAccuracy());
        }
        return table;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%-11s numbers: %,d; right count of digits %.2f%%; digit accuracy %.2f%% "
                        + "(%,d digits); same digits as single images %.2f%%; difference %+.2f points; numbers read right "
                        + "%.2f%%; %.1f ms per number (median), %.1f ms at worst",
                kind,
                numbers,
                100 * countShare(),
                digitAccuracy(),
                digits,
                singleAccuracy(),
                digitAccuracy() - singleAccuracy(),
                numberAccuracy(),
                medianMs,
                worstMs);
    }
}
