package digits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each of {@link ArchitectureTest}'s rules reports its breach when one is planted, and only then. */
class ArchitectureRulesTest {

    private static final ClassFileImporter IMPORTER = new ClassFileImporter();

    @Test
    void aPlantedPackageCycleIsReported() {
        JavaClasses planted = IMPORTER.importPackages("digits.architecture.planted");
        EvaluationResult result = ArchitectureTest.NO_PACKAGE_CYCLES.evaluate(planted);
        assertTrue(result.hasViolation(), "the planted cycle up -> down -> up was not reported");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("planted.up") && report.contains("planted.down"), report);
    }

    @Test
    void aDomainTypeInDisplayIsReported() throws Exception {
        JavaClasses planted = IMPORTER.importClasses(Class.forName("digits.display.PlantedDomainImport"));
        EvaluationResult result = ArchitectureTest.DISPLAY_IS_A_TOOLKIT.evaluate(planted);
        assertTrue(result.hasViolation(), "display's import of evaluation.Prediction was not reported");
        assertTrue(String.join("\n", result.getFailureReport().getDetails()).contains("digits.evaluation.Prediction"));
    }

    @Test
    void drawingOutsideDisplayIsReported() throws Exception {
        JavaClasses planted = IMPORTER.importClasses(Class.forName("digits.architecture.PlantedDrawing"));
        assertTrue(
                ArchitectureTest.PICTURES_ARE_PAINTED_IN_DISPLAY
                        .evaluate(planted)
                        .hasViolation(),
                "createGraphics outside display was not reported");
    }
}
