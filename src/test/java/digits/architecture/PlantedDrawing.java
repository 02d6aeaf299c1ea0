package digits.architecture;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** A class outside display that paints: only {@code ArchitectureRulesTest} looks at it. */
final class PlantedDrawing {
    static BufferedImage paint() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.dispose();
        return image;
    }
}
