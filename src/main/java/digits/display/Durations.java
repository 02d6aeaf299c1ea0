package digits.display;

import java.time.Duration;
import java.util.Locale;

/** How the library writes a duration for a reader: "300 ms", "42 s", "2 min", "2 min 05 s". */
public final class Durations {

    private Durations() {}

    /**
     * @param duration a duration, 0 or more
     * @return under a second in milliseconds; otherwise rounded to the second, in seconds below a minute and in
     *     minutes and seconds from a minute on
     * @throws IllegalArgumentException if the duration is negative
     */
    public static String words(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a duration must be 0 or more, not " + duration);
        }
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long s = (millis + 500) / 1000;
        if (s < 60) {
            return s + " s";
        }
        return s % 60 == 0 ? s / 60 + " min" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /**
     * @param seconds a number of seconds; below 0 counts as 0
     * @return {@link #words(Duration)} of that many seconds
     */
    public static String seconds(double seconds) {
        return words(Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000)));
    }
}
