package digits.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.Mnist;
import digits.image.Box;
import digits.image.PictureException;
import digits.numbers.composed.ComposedNumber;
import digits.numbers.composed.NumberComposer;
import digits.samples.TestPictures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The number reader's segmentation alone: no network needed. */
class NumberSegmentationTest {

    @TempDir
    Path folder;

    private static Mnist mnist() {
        return digits.evaluation.TestModel.mnist();
    }

    private static BufferedImage paper(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return page;
    }

    /** Ruled lines every {@code spacing} pixels across the whole width, 2 pixels thick, mid-grey. */
    private static void rule(BufferedImage page, int spacing) {
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(120, 120, 120));
        for (int y = spacing / 2; y < page.getHeight(); y += spacing) {
            g.fillRect(0, y, page.getWidth(), 2);
        }
        g.dispose();
    }

    @Test
    void composedSeparatedNumbersAreSplitIntoTheirDigitsAtTheirBoxes() {
        NumberComposer composer = NumberComposer.of(mnist().test(), 2024);
        int rightCount = 0, digits = 0, boxesMatching = 0;
        for (ComposedNumber number : composer.separated(100)) {
            NumberSegmentation split = NumberSegmentation.of(number.text(), number.picture());
            if (split.count() != number.length()) {
                continue;
            }
            rightCount++;
            for (int d = 0; d < number.length(); d++) {
                digits++;
                boxesMatching += split.boxes().get(d).overlap(number.boxes().get(d)) >= 0.8 ? 1 : 0;
            }
        }
        assertTrue(rightCount >= 99, rightCount + " of 100 numbers split into the right count of digits");
        assertTrue(boxesMatching >= 0.99 * digits, boxesMatching + " of " + digits + " boxes match the true ones");
    }

    @Test
    void eachDigitComesOutInMnistFormNearlyAsMnistHasIt() {
        ComposedNumber number = NumberComposer.of(mnist().test(), 5).separated();
        NumberSegmentation split = NumberSegmentation.of("composed", number.picture());
        assertEquals(number.length(), split.count());
        for (int d = 0; d < number.length(); d++) {
            DigitImage original = number.digits().get(d);
            DigitImage found = split.digits().get(d);
            double difference = 0;
            for (int p = 0; p < DigitImage.PIXELS; p++) {
                difference += Math.abs(original.pixel(p / 28, p % 28) - found.pixel(p / 28, p % 28));
            }
            assertTrue(
                    difference / DigitImage.PIXELS < 5, "digit " + d + " differs by " + difference / DigitImage.PIXELS);
        }
        assertTrue(split.steps().getHeight() > 4 * number.picture().getHeight());
    }

    @Test
    void aNumberUnderAShadowGradientIsSplitAsInEvenLight() {
        ComposedNumber number = NumberComposer.of(mnist().test(), 11).separated();
        BufferedImage even = TestPictures.enlarged(number.picture(), 4);
        BufferedImage shadowed = TestPictures.underUnevenLight(
                even, 0.3, 0.5, even.getWidth() * 0.3, even.getHeight() * 0.6, even.getHeight() * 0.8);
        NumberSegmentation split = NumberSegmentation.of("shadowed", shadowed);
        assertEquals(number.length(), split.count());
        NumberSegmentation evenSplit = NumberSegmentation.of("even", even);
        for (int d = 0; d < number.length(); d++) {
            assertTrue(split.boxes().get(d).overlap(evenSplit.boxes().get(d)) > 0.9, "digit " + d);
        }
        // no one threshold for the whole picture could tell this ink from this paper
        int inkLightest = 0, paperDarkest = 255;
        for (int y = 0; y < even.getHeight(); y++) {
            for (int x = 0; x < even.getWidth(); x++) {
                int before = even.getRaster().getSample(x, y, 0), after = shadowed.getRGB(x, y) & 0xff;
                inkLightest = before < 128 ? Math.max(inkLightest, after) : inkLightest;
                paperDarkest = before == 255 ? Math.min(paperDarkest, after) : paperDarkest;
            }
        }
        assertTrue(
                inkLightest > paperDarkest,
                "the shadow is deep: ink up to " + inkLightest + ", paper down to " + paperDarkest);
    }

    @Test
    void aNumberWrittenAcrossRuledLinesKeepsItsDigitsAndLosesTheLines() {
        ComposedNumber number = NumberComposer.of(mnist().test(), 3).separated();
        BufferedImage page =
                paper(number.picture().getWidth() * 3, number.picture().getHeight() * 3);
        rule(page, 40);
        BufferedImage written = darker(page, TestPictures.enlarged(number.picture(), 3));
        NumberSegmentation split = NumberSegmentation.of("lined", written);
        assertEquals(number.length(), split.count(), "the lines are not digits");
    }

    /** The darker of two same-sized grey pictures, pixel by pixel: ink written on a page. */
    private static BufferedImage darker(BufferedImage a, BufferedImage b) {
        BufferedImage out = new BufferedImage(a.getWidth(), a.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                out.getRaster()
                        .setSample(
                                x,
                                y,
                                0,
                                Math.min(
                                        a.getRaster().getSample(x, y, 0),
                                        b.getRaster().getSample(x, y, 0)));
            }
        }
        return out;
    }

    @Test
    void theShippedSamplesAreSplitIntoTheirDigitsAndTheSidewaysPhotoReadsUpright() {
        Path folder = Path.of("notebooks", "my-numbers");
        for (String name : List.of(
                "4093-pen-on-lined-paper.jpg",
                "4093-stored-sideways.jpg",
                "4093-page-on-a-table.jpg",
                "7210-touching-digits.png")) {
            assertEquals(4, NumberSegmentation.fromFile(folder.resolve(name)).count(), name);
        }
        List<Box> upright = NumberSegmentation.fromFile(folder.resolve("4093-pen-on-lined-paper.jpg"))
                .boxes();
        List<Box> sideways = NumberSegmentation.fromFile(folder.resolve("4093-stored-sideways.jpg"))
                .boxes();
        for (int d = 0; d < 4; d++) {
            assertTrue(upright.get(d).overlap(sideways.get(d)) > 0.9, upright + " and " + sideways);
        }
    }

    @Test
    void chalkOnABoardIsReadLikePenOnPaper() {
        ComposedNumber number = NumberComposer.of(mnist().test(), 13).separated();
        BufferedImage board = new BufferedImage(
                number.picture().getWidth(), number.picture().getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < board.getHeight(); y++) {
            for (int x = 0; x < board.getWidth(); x++) {
                board.getRaster()
                        .setSample(
                                x,
                                y,
                                0,
                                40 + (255 - number.picture().getRaster().getSample(x, y, 0)) * 200 / 255);
            }
        }
        NumberSegmentation chalk = NumberSegmentation.of("board", board);
        NumberSegmentation pen = NumberSegmentation.of("paper", number.picture());
        assertEquals(number.length(), chalk.count());
        assertEquals(pen.boxes(), chalk.boxes());
    }

    @Test
    void thinPenStrokesOnALargePictureAreDigitsNotSpecks() {
        BufferedImage page = paper(1200, 500);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(300, 150, 300, 350); // a 1
        g.drawOval(420, 150, 120, 200); // a 0
        g.drawLine(640, 150, 760, 150); // a 7
        g.drawLine(760, 150, 680, 350);
        g.dispose();
        assertEquals(3, NumberSegmentation.of("thin pen", page).count());
    }

    @Test
    void aBlankPageHasNoInk() {
        PictureException e =
                assertThrows(PictureException.class, () -> NumberSegmentation.of("blank", paper(400, 200)));
        assertTrue(e.getMessage().contains("no ink found in blank"), e.getMessage());
    }

    @Test
    void aBlankRuledPageShowsOnlyLines() {
        BufferedImage page = paper(600, 400);
        rule(page, 40);
        PictureException e = assertThrows(PictureException.class, () -> NumberSegmentation.of("ruled", page));
        assertTrue(
                e.getMessage().contains("no ink found in ruled")
                        && e.getMessage().contains("only ruled lines"),
                e.getMessage());
    }

    @Test
    void inkCoveringMostOfThePictureIsRefused() {
        BufferedImage page = paper(400, 300);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(20, 20, 20));
        g.fillRect(30, 20, 340, 260);
        g.dispose();
        PictureException e = assertThrows(PictureException.class, () -> NumberSegmentation.of("scribbled", page));
        assertTrue(e.getMessage().contains("ink covers") && e.getMessage().contains("scribbled"), e.getMessage());
    }

    @Test
    void aNumberTurnedOnItsSideIsRecognisedAsSuch() {
        ComposedNumber number = NumberComposer.of(mnist().test(), 8).separated();
        BufferedImage turned = TestPictures.turnedAnticlockwise(number.picture());
        PictureException e = assertThrows(PictureException.class, () -> NumberSegmentation.of("turned", turned));
        assertTrue(
                e.getMessage().contains("taller than wide") && e.getMessage().contains("turned on its side"),
                e.getMessage());
    }

    @Test
    void twoLinesOfWritingAreRefused() {
        NumberComposer composer = NumberComposer.of(mnist().test(), 9);
        BufferedImage first = composer.separated().picture(),
                second = composer.separated().picture();
        BufferedImage page = new BufferedImage(
                Math.max(first.getWidth(), second.getWidth()),
                first.getHeight() + second.getHeight(),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(first, 0, 0, null);
        g.drawImage(second, 0, first.getHeight(), null);
        g.dispose();
        PictureException e = assertThrows(PictureException.class, () -> NumberSegmentation.of("two lines", page));
        assertTrue(
                e.getMessage().contains("more than one line") && e.getMessage().contains("2 lines"), e.getMessage());
    }

    @Test
    void touchingDigitsAreCutWhereTheirJoinIsThinnest() {
        BufferedImage page = paper(400, 160);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawOval(40, 30, 70, 100); // a 0
        g.drawOval(130, 30, 70, 100); // a 0
        g.drawLine(100, 118, 140, 118); // joined near the bottom, as a pen dragged on
        g.drawLine(270, 30, 270, 130); // a 1 apart
        g.dispose();
        NumberSegmentation split = NumberSegmentation.of("001", page);
        assertEquals(3, split.count());
        List<Box> boxes = split.boxes();
        assertTrue(boxes.get(0).right() >= 108 && boxes.get(0).right() <= 132, boxes.toString());
        assertTrue(boxes.get(1).x() >= 108 && boxes.get(1).x() <= 132, boxes.toString());
    }

    @Test
    void aPenPhotoOnADarkerTableIsSplitAtTheBoxesOfThePhotoAlone() throws IOException {
        BufferedImage pen = ImageIO.read(Path.of("notebooks", "my-numbers", "4093-pen-on-lined-paper.jpg")
                .toFile());
        BufferedImage photo = TestPictures.onATable(pen, 1800, 1200, 0, 7);
        int left = (1800 - pen.getWidth()) / 2, top = (1200 - pen.getHeight()) / 2;
        List<Box> alone = NumberSegmentation.of("pen", pen).boxes();
        List<Box> onTable = NumberSegmentation.of("on a table", photo).boxes();
        assertEquals(alone.size(), onTable.size(), onTable.toString());
        for (int d = 0; d < alone.size(); d++) {
            Box a = alone.get(d), shifted = new Box(a.x() + left, a.y() + top, a.width(), a.height());
            assertTrue(shifted.overlap(onTable.get(d)) > 0.9, "digit " + d + ": " + shifted + " and " + onTable);
        }
    }

    @Test
    void aBareDarkTableIsRefusedNamingTheFile() throws IOException {
        Path file = folder.resolve("table.jpg");
        BufferedImage table = TestPictures.underUnevenLight(TestPictures.table(1600, 1200, 7), 0.75, 0, 0, 0, 1);
        ImageIO.write(table, "jpg", file.toFile());
        PictureException e = assertThrows(PictureException.class, () -> NumberSegmentation.fromFile(file));
        assertTrue(
                e.getMessage().startsWith("no ink found in table.jpg: the picture is nearly one flat shade"),
                e.getMessage());
    }

    @Test
    void aDarkMatFillingMostOfALightDeskIsRefusedAsADarkSurface() throws IOException {
        BufferedImage desk = paper(800, 600);
        Graphics2D g = desk.createGraphics();
        g.drawImage(TestPictures.table(640, 440, 5), 80, 80, null);
        g.dispose();
        Path file = folder.resolve("desk.jpg");
        ImageIO.write(desk, "jpg", file.toFile());
        PictureException e = assertThrows(PictureException.class, () -> NumberSegmentation.fromFile(file));
        assertTrue(
                e.getMessage().contains("of desk.jpg") && e.getMessage().contains("mostly a dark surface"),
                e.getMessage());
    }
}
