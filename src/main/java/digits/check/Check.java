package digits.check;

import java.util.Locale;

/**
 * Argument checks with one wording across the library: "columns must be 1 to 40, not 0". Each check returns the
 * value it checked, so that it reads inline: {@code this.columns = Check.inRange("columns", columns, 1, 40);}.
 */
public final class Check {

    private Check() {}

    /**
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be MIN to MAX, not VALUE" when it is outside
     */
    public static int inRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be MIN to MAX, not VALUE" when it is outside or not a number
     */
    public static double inRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be " + format(min) + " to " + format(max) + ", not " + format(value));
        }
        return value;
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be MIN or more, not VALUE" when it is below
     */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be " + min + " or more, not " + value);
        }
        return value;
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be MIN or more, not VALUE" when it is below, infinite or not a
     *     number
     */
    public static double atLeast(String name, double value, double min) {
        if (!(value >= min && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be " + format(min) + " or more, not " + format(value));
        }
        return value;
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be above 0, not VALUE" when it is 0 or less, infinite or not a
     *     number
     */
    public static double positive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be above 0, not " + format(value));
        }
        return value;
    }

    /**
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be a digit, 0 to 9, not VALUE"
     */
    public static int digit(String name, int value) {
        if (value < 0 || value > 9) {
            throw new IllegalArgumentException(name + " must be a digit, 0 to 9, not " + value);
        }
        return value;
    }

    /** Whole numbers without a decimal point, others as short as they are exact ("1e-3" stays 0.001). */
    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.valueOf(value);
    }
}
