package digits.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThreadLimitTest {

    @Test
    void theLimitHoldsInsideTheWorkAndIsRestoredAfterIt() {
        int before = ThreadLimit.current();
        int[] inside = new int[2];
        ThreadLimit.to(1, () -> {
            inside[0] = ThreadLimit.current();
            inside[1] = org.nd4j.linalg.factory.Nd4j.factory().blas().getMaxThreads();
        });
        assertArrayEquals(new int[] {1, 1}, inside);
        assertEquals(before, ThreadLimit.current());
        assertThrows(IllegalArgumentException.class, () -> ThreadLimit.to(0, () -> {}));
    }
}
