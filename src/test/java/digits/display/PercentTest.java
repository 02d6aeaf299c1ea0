package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void writesOneDecimalRoundedDown() {
        assertEquals("50.0 %", Percent.of(0.5));
        assertEquals("97.3 %", Percent.of(0.97399));
        assertEquals("0.0 %", Percent.of(0.00099));
        assertEquals("0.1 %", Percent.of(0.001));
    }

    @Test
    void floatsThatStandForRoundValuesKeepThem() {
        assertEquals("70.0 %", Percent.of(0.7f));
        assertEquals("29.0 %", Percent.of(0.29f));
        assertEquals("99.9 %", Percent.of(0.999f));
    }

    @Test
    void neverWritesAHundredPercent() {
        assertEquals("99.9 %", Percent.of(0.99996));
        assertEquals("99.9 %", Percent.of(1.0));
        assertEquals("99.9 %", Percent.of(1.0f));
        assertEquals("99.9 %", Percent.of(Math.nextDown(1.0)));
    }

    @Test
    void refusesWhatIsNoProbability() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percent.of(1.5));
        assertEquals("probability must be 0 to 1, not 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Percent.of(-0.1));
        assertThrows(IllegalArgumentException.class, () -> Percent.of(Double.NaN));
    }
}
