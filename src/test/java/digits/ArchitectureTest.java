package digits;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import digits.display.Pictures;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.Set;

/**
 * The library's house rules, checked on its compiled classes (tests excluded). {@link ArchitectureRulesTest} shows
 * that each rule fails when its breach is planted.
 */
@AnalyzeClasses(packages = "digits", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every package is a slice: no package reaches back to one that reaches it, however long the way round. */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching("digits.(**)").should().beFreeOfCycles();

    /** {@code display} is a toolkit of painters: it takes plain data and knows no domain package. */
    @ArchTest
    static final ArchRule DISPLAY_IS_A_TOOLKIT = classes()
            .that()
            .resideInAPackage("digits.display..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "digits.display..",
                    "digits.check..",
                    "digits.data..",
                    "digits.image..",
                    "java..",
                    "javax..",
                    "tech.tablesaw..",
                    "com.fasterxml.jackson..")
            .because("painters take plain data: arrays, lists, records of their own, digits and boxes");

    /** Classes outside {@code display} that may draw: each makes a picture to be read, not to be looked at. */
    static final Set<String> DRAWS_TO_READ = Set.of(
            "digits.owndigits.OwnDigit", // draws a typed digit before reading it
            "digits.photos.Photo"); // shrinks a large photo while decoding it

    /** Pictures are painted in {@code display}; elsewhere nobody creates a {@code Graphics2D}. */
    @ArchTest
    static final ArchRule PICTURES_ARE_PAINTED_IN_DISPLAY = noClasses()
            .that()
            .resideOutsideOfPackage("digits.display..")
            .and(DescribedPredicate.describe(
                    "are not in " + DRAWS_TO_READ,
                    (JavaClass c) -> !DRAWS_TO_READ.contains(c.getName())
                            && !DRAWS_TO_READ.contains(c.getName().replaceFirst("\\$.*", ""))))
            .should()
            .callMethod(BufferedImage.class, "createGraphics")
            .orShould()
            .callMethod(Image.class, "getGraphics")
            .orShould()
            .callMethod(BufferedImage.class, "getGraphics")
            .orShould()
            .callMethod(GraphicsEnvironment.class, "createGraphics", BufferedImage.class)
            .orShould()
            .callMethod(Pictures.class, "pen", BufferedImage.class, boolean.class)
            .because("painting is display's concern; other packages hand it plain data");

    /** {@code jupyter} holds the kernel's adapters: nothing in the library depends on them. */
    @ArchTest
    static final ArchRule JUPYTER_IS_ON_TOP = noClasses()
            .that()
            .resideOutsideOfPackage("digits.jupyter..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("digits.jupyter..")
            .because("the library must work without a kernel; the adapters sit on top");
}
