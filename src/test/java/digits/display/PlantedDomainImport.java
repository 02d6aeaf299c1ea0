package digits.display;

import digits.evaluation.Prediction;
import java.awt.image.BufferedImage;

/** A painter that breaks the toolkit rule: it takes a domain type. Only {@code ArchitectureRulesTest} looks at it. */
final class PlantedDomainImport {
    static BufferedImage paint(Prediction prediction) {
        return Pictures.white(10 + prediction.digit(), 10);
    }
}
