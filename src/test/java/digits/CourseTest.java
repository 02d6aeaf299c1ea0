package digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseTest {

    @Test
    void fullModeUnlessAskedForQuick() {
        assertFalse(Course.fromEnvironment(Map.of()).quick());
        assertFalse(Course.fromEnvironment(Map.of("DIGITS_QUICK", "0")).quick());
        assertTrue(Course.fromEnvironment(Map.of("DIGITS_QUICK", "1")).quick());
        assertTrue(Course.fromEnvironment(Map.of("DIGITS_QUICK", " TRUE ")).quick());
    }

    @Test
    void quickModeSaysSoAndUsesLessData() {
        Course quick = Course.fromEnvironment(Map.of("DIGITS_QUICK", "1"));
        assertTrue(quick.toString().contains("QUICK MODE"), quick.toString());
        assertEquals(2_000, quick.trainingImages(60_000));
        assertEquals(500, quick.trainingImages(500));
        assertEquals(60_000, Course.fromEnvironment(Map.of()).trainingImages(60_000));
        assertEquals(1, quick.epochs(3));
        assertEquals(3, Course.fromEnvironment(Map.of()).epochs(3));
    }

    @Test
    void testsNeverOverwriteALearnersModel() {
        Course full = Course.fromEnvironment(Map.of());
        Course quick = Course.fromEnvironment(Map.of("DIGITS_QUICK", "1"));
        assertEquals("models/digits-cnn.zip", full.modelFile().toString());
        assertNotEquals(full.modelFile(), quick.modelFile());
    }

    @Test
    void unknownValueIsAnErrorNamingIt() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> Course.fromEnvironment(Map.of("DIGITS_QUICK", "maybe")));
        assertTrue(e.getMessage().contains("DIGITS_QUICK=maybe"), e.getMessage());
    }
}
