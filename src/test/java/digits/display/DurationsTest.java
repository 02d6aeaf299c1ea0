package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void millisecondsThenSecondsThenMinutes() {
        assertEquals("0 ms", Durations.words(Duration.ZERO));
        assertEquals("300 ms", Durations.words(Duration.ofMillis(300)));
        assertEquals("1 s", Durations.words(Duration.ofMillis(1000)));
        assertEquals("5 s", Durations.words(Duration.ofSeconds(5)));
        assertEquals("59 s", Durations.words(Duration.ofMillis(59_499)));
        assertEquals("1 min", Durations.words(Duration.ofMillis(59_500)), "rounded to the second");
        assertEquals("2 min", Durations.words(Duration.ofMinutes(2)));
        assertEquals("2 min 05 s", Durations.words(Duration.ofSeconds(125)));
    }

    @Test
    void secondsAsANumberAreRoundedTheSameWay() {
        assertEquals("42 s", Durations.seconds(41.6));
        assertEquals("2 min 05 s", Durations.seconds(125));
        assertEquals("0 ms", Durations.seconds(-3), "no time left is no time");
    }

    @Test
    void aNegativeDurationIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Durations.words(Duration.ofSeconds(-1)));
        assertEquals("a duration must be 0 or more, not PT-1S", e.getMessage());
    }
}
