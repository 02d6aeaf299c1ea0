package digits.owndigits;

import static digits.samples.TestPictures.drawn;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitImage;
import digits.data.DigitSet;
import digits.evaluation.Prediction;
import digits.evaluation.Predictor;
import digits.evaluation.TestModel;
import digits.image.Box;
import digits.image.PictureException;
import digits.numbers.NumberSegmentation;
import digits.numbers.composed.ComposedNumber;
import digits.numbers.composed.NumberComposer;
import digits.samples.TestPictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnDigitTest {

    @TempDir
    Path folder;

    /** An MNIST digit drawn 8 times larger with uneven margins, in any two colours for paper and ink. */
    private static BufferedImage renderLarge(DigitImage digit, Color paper, Color ink) {
        int scale = 8;
        BufferedImage image = new BufferedImage(28 * scale + 90, 28 * scale + 130, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int r = y - 30, c = x - 70; // margins: 70 left, 20 right, 30 top, 100 bottom
                double v = r >= 0 && c >= 0 && r < 28 * scale && c < 28 * scale
                        ? digit.pixel(r / scale, c / scale) / 255.0
                        : 0;
                image.setRGB(
                        x,
                        y,
                        new Color(
                                        mix(paper.getRed(), ink.getRed(), v),
                                        mix(paper.getGreen(), ink.getGreen(), v),
                                        mix(paper.getBlue(), ink.getBlue(), v))
                                .getRGB());
            }
        }
        return image;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    @Test
    void mnistDigitRenderedLargePaddedAndInvertedComesBackAsTheSameClass() {
        Predictor predictor = TestModel.predictor();
        DigitSet test = TestModel.mnist().test().first(100);
        int same = 0;
        double difference = 0;
        for (int i = 0; i < test.size(); i++) {
            DigitImage original = test.get(i);
            OwnDigit back = OwnDigit.fromImage("test " + i, renderLarge(original, Color.BLACK, Color.WHITE));
            Prediction before = predictor.predict(original);
            boolean kept = predictor.predict(back.digit()).digit() == before.digit();
            same += kept ? 1 : 0;
            // the small test model wavers on a few borderline digits; where it is sure, nothing may change
            assertTrue(kept || before.confidence() < 0.9, "test digit " + i + " changed class after the round trip");
            for (int p = 0; p < DigitImage.PIXELS; p++) {
                difference += Math.abs(back.digit().pixel(p / 28, p % 28) - original.pixel(p / 28, p % 28)) / 255.0;
            }
        }
        assertTrue(same >= 97, same + " of " + test.size() + " digits are classified as before");
        double meanDifference = difference / (test.size() * DigitImage.PIXELS);
        // the ink is cut out as the number reader cuts out a digit: grey farther than DigitCutter.EDGE_REACH pixels
        // from ink is left out, which on a digit enlarged 8 times drops part of MNIST's faintest halo (about 0.016)
        assertTrue(
                meanDifference < 0.02,
                "the round trip gives nearly MNIST's own pixels: mean difference " + meanDifference);
    }

    @Test
    void inkPolarityIsFoundFromThePaper() {
        DigitImage digit = TestModel.mnist().test().get(3);
        DigitImage darkOnLight = OwnDigit.fromImage(
                        "a", renderLarge(digit, new Color(225, 222, 214), new Color(40, 40, 60)))
                .digit();
        DigitImage lightOnDark = OwnDigit.fromImage(
                        "b", renderLarge(digit, new Color(30, 60, 45), new Color(240, 240, 230)))
                .digit();
        double difference = 0;
        for (int p = 0; p < DigitImage.PIXELS; p++) {
            difference += Math.abs(darkOnLight.pixel(p / 28, p % 28) - lightOnDark.pixel(p / 28, p % 28));
        }
        assertTrue(
                difference / DigitImage.PIXELS < 2,
                "the same digit either way: mean difference " + difference / DigitImage.PIXELS + " of 255");
    }

    @Test
    void colourJpegIsReadByLuminance() throws IOException {
        Path file = folder.resolve("5-red.jpg");
        ImageIO.write(
                renderLarge(TestModel.mnist().test().get(8), new Color(250, 245, 200), new Color(200, 20, 20)),
                "jpg",
                file.toFile());
        OwnDigit digit = OwnDigit.fromFile(file);
        assertEquals(OptionalInt.of(5), digit.expected());
        assertEquals(5, digit.digit().label());
        assertEquals(
                TestModel.predictor().predict(TestModel.mnist().test().get(8)).digit(),
                TestModel.predictor().predict(digit.digit()).digit());
    }

    @Test
    void transparentBackgroundIsPaper() {
        BufferedImage clear = new BufferedImage(100, 120, BufferedImage.TYPE_INT_ARGB);
        BufferedImage white = new BufferedImage(100, 120, BufferedImage.TYPE_INT_RGB);
        for (BufferedImage image : List.of(clear, white)) {
            Graphics2D g = image.createGraphics();
            if (image == white) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 100, 120);
            }
            g.setColor(Color.BLACK);
            g.fillRect(30, 20, 12, 80);
            g.fillRect(30, 20, 40, 12);
            g.dispose();
        }
        assertEquals(
                OwnDigit.fromImage("white", white).digit(),
                OwnDigit.fromImage("clear", clear).digit());
    }

    @Test
    void scalingKeepsTheAspectRatioAndCentresTheMass() {
        BufferedImage bar = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bar.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 400);
        g.setColor(Color.BLACK);
        g.fillRect(20, 50, 30, 300); // a tall bar, 1 : 10, far left
        g.dispose();
        DigitImage digit = OwnDigit.fromImage("bar", bar).digit();
        int left = 28, right = -1, top = 28, bottom = -1;
        double mass = 0, sx = 0, sy = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                int v = digit.pixel(r, c);
                if (v > 0) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                }
                mass += v;
                sx += v * (c + 0.5);
                sy += v * (r + 0.5);
            }
        }
        assertEquals(20, bottom - top + 1, "the long side fills 20 pixels");
        assertEquals(2, right - left + 1, "the short side keeps the 1 : 10 shape");
        assertEquals(14.5, sx / mass, 0.5, "centre of mass on pixel 14 (its centre is at 14.5), as in MNIST");
        assertEquals(14.5, sy / mass, 0.5);
    }

    @Test
    void typedDigitIsRasterised() {
        OwnDigit seven = OwnDigit.fromText("""
                #######
                .....#.
                ....#..
                ...#...
                ..#....
                ..#....
                """);
        DigitImage digit = seven.digit();
        int top = 28, bottom = -1, darkest = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                if (digit.pixel(r, c) > 0) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    darkest = Math.max(darkest, digit.pixel(r, c));
                }
            }
        }
        assertEquals(255, darkest, "strokes are full ink");
        assertEquals(17, bottom - top + 1, "6 rows of 7 columns: the width fills 20 pixels, the height 6/7 of that");
        int topRowInk = 0;
        for (int c = 0; c < 28; c++) {
            topRowInk += digit.pixel(top + 1, c) > 128 ? 1 : 0;
        }
        assertTrue(topRowInk >= 15, "the 7's bar runs across the top: " + topRowInk + " dark pixels");
        assertTrue(seven.steps().getWidth() > 600);
    }

    /**
     * Notebook 05's typed 2: bold ink close to the edge (the paper's shade, not the shade around each pixel, says
     * which is ink), its bottom bar across most of the picture (a stroke, not a ruled line).
     */
    @Test
    void aTypedDigitInBoldInkNearTheEdgeIsOneDigit() {
        String two = """
                ..####..
                .#....#.
                ......#.
                .....#..
                ....#...
                ...#....
                ..######
                """;
        OwnDigit typed = assertDoesNotThrow(() -> OwnDigit.fromText(two));
        NumberSegmentation split = NumberSegmentation.of("typed 2", typed.original());
        assertEquals(1, split.count(), "the number reader sees one digit");
        Box ink = split.boxes().get(0);
        assertTrue(
                ink.x() > 0
                        && ink.y() > 0
                        && ink.right() < typed.original().getWidth()
                        && ink.bottom() < typed.original().getHeight(),
                "the ink, not the white paper around it: " + ink);
    }

    @Test
    void typedTextWithoutInkIsRefused() {
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromText("....\n. ..\n"));
        assertTrue(e.getMessage().contains("no ink") && e.getMessage().contains("'#'"), e.getMessage());
    }

    @Test
    void fileThatIsNotAnImageIsNamed() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.png"), "this is text, not a picture");
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromFile(file));
        assertTrue(e.getMessage().contains("notes.png") && e.getMessage().contains("not a picture"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromFile(folder.resolve("gone.png")));
        assertTrue(e.getMessage().contains("gone.png"), e.getMessage());
    }

    @Test
    void emptyImageHasNoInk() throws IOException {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(new Color(230, 230, 225));
        g.fillRect(0, 0, 200, 200);
        g.dispose();
        Path file = folder.resolve("blank.png");
        ImageIO.write(blank, "png", file.toFile());
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromFile(file));
        assertTrue(e.getMessage().contains("no ink found in blank.png"), e.getMessage());
        PictureException clear = assertThrows(
                PictureException.class,
                () -> OwnDigit.fromImage("clear", new BufferedImage(50, 50, BufferedImage.TYPE_INT_ARGB)));
        assertTrue(clear.getMessage().contains("transparent"), clear.getMessage());
    }

    @Test
    void shippedSamplesAreReadWithTheDigitsTheirNamesPromise() {
        List<OwnDigit> samples = OwnDigit.fromFolder(Path.of("notebooks", "my-digits"));
        assertEquals(
                List.of(
                        "2-transparent.png",
                        "3-pencil.png",
                        "4-chalkboard.png",
                        "7-blue-pen.jpg",
                        "7-drawn-on-the-pad.png"),
                samples.stream().map(OwnDigit::name).toList());
        assertEquals(
                List.of(2, 3, 4, 7, 7),
                samples.stream().map(d -> d.expected().getAsInt()).toList());
        BufferedImage gallery = OwnDigitGallery.of(samples, TestModel.predictor());
        assertTrue(gallery.getHeight() > 5 * 84);
        assertThrows(PictureException.class, () -> OwnDigit.fromFolder(folder.resolve("none")));
    }

    @Test
    void drawingThatIsNotSavedYetSaysSoAndStandsInTheSample() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        OwnDigit drawing;
        try {
            drawing = OwnDigit.fromDrawing(Path.of("notebooks"), "not-drawn-yet.png");
        } finally {
            System.setOut(console);
        }
        assertTrue(
                printed.toString().contains("No drawing saved as not-drawn-yet.png yet: draw a digit on the pad"),
                printed.toString());
        assertEquals("7-drawn-on-the-pad.png", drawing.name());
    }

    @Test
    void theShippedDrawingIsReadAsTheDigitItShows() {
        OwnDigit drawing = OwnDigit.fromDrawing(Path.of("notebooks", "my-digits"), "7-drawn-on-the-pad.png");
        assertEquals(7, TestModel.predictor().predict(drawing.digit()).digit());
    }

    @Test
    void aSavedDrawingIsReadFromTheNotebooksFolderOnly() throws IOException {
        BufferedImage one = new BufferedImage(280, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = one.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 280, 280);
        g.setColor(Color.BLACK);
        g.fillRect(130, 40, 20, 200);
        g.dispose();
        ImageIO.write(one, "png", folder.resolve("my-digit.png").toFile());
        assertEquals(
                "my-digit.png", OwnDigit.fromDrawing(folder, "my-digit.png").name());
        assertThrows(IllegalArgumentException.class, () -> OwnDigit.fromDrawing(folder, "../my-digit.png"));
    }

    @Test
    void aBlankRuledPageIsRefusedInTheNumberReadersWords() throws IOException {
        BufferedImage page = new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, 600, 400);
        g.setColor(new Color(120, 120, 120));
        for (int y = 20; y < 400; y += 40) {
            g.fillRect(0, y, 600, 2);
        }
        g.dispose();
        Path file = folder.resolve("ruled.png");
        ImageIO.write(page, "png", file.toFile());
        PictureException alone = assertThrows(PictureException.class, () -> OwnDigit.fromFile(file));
        PictureException number = assertThrows(PictureException.class, () -> NumberSegmentation.fromFile(file));
        assertEquals("no ink found in ruled.png: it shows only ruled lines, no writing", alone.getMessage());
        assertEquals(number.getMessage(), alone.getMessage());
    }

    @Test
    void aPhotoOfAFourDigitNumberIsRefusedWithHowManyDigitsAndWhereToReadIt() throws IOException {
        ComposedNumber number = NumberComposer.of(TestModel.mnist().test(), 3705).separated(20).stream()
                .filter(n -> n.length() == 4)
                .findFirst()
                .orElseThrow();
        BufferedImage photo =
                TestPictures.underUnevenLight(TestPictures.enlarged(number.picture(), 4), 0.6, 0.3, 300, 60, 150);
        Path file = folder.resolve("number.jpg");
        ImageIO.write(photo, "jpg", file.toFile());
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromFile(file));
        assertEquals(
                "number.jpg shows 4 digits side by side, not one: OwnDigit reads a single digit; read a number "
                        + "with NumberReader (notebook 06)",
                e.getMessage());
    }

    @Test
    void aMarkFarWiderThanHighIsRefusedAsTouchingDigits() {
        BufferedImage zeros = drawn(700, 200, g -> {
            for (int x = 60; x < 540; x += 95) {
                g.drawOval(x, 40, 100, 120); // six 0s in a row, each touching the next
            }
        });
        PictureException e = assertThrows(PictureException.class, () -> OwnDigit.fromImage("000000", zeros));
        assertTrue(
                e.getMessage().startsWith("000000 shows one mark as wide as ")
                        && e.getMessage().contains(" touching digits")
                        && e.getMessage().contains("NumberReader"),
                e.getMessage());
    }

    @Test
    void aDigitWrittenInPiecesOrWideIsOneDigit() {
        BufferedImage fiveWithItsBarApart = drawn(300, 300, g -> {
            g.drawLine(100, 60, 95, 140); // the stem
            g.drawArc(60, 110, 130, 130, 120, -250); // the belly
            g.drawLine(130, 55, 210, 45); // the bar, apart from the stem, to its right
        });
        BufferedImage sevenWithABrokenStem = drawn(300, 300, g -> {
            g.drawLine(80, 50, 220, 50);
            g.drawLine(220, 50, 170, 140);
            g.drawLine(160, 165, 120, 250); // a gap of about 25 pixels in the stem
        });
        BufferedImage flatZero = drawn(400, 300, g -> g.drawOval(60, 100, 280, 130)); // over twice as wide as high
        Map<String, BufferedImage> digits = Map.of(
                "a 5 with its bar apart",
                fiveWithItsBarApart,
                "a 7 with a broken stem",
                sevenWithABrokenStem,
                "a flat 0",
                flatZero);
        digits.forEach((name, digit) -> assertDoesNotThrow(() -> OwnDigit.fromImage(name, digit), name));
    }

    @Test
    void partsThatTheNumberReaderTakesApartAreStillOneDigit() {
        BufferedImage fiveWithItsBarFarRight = drawn(360, 300, g -> {
            g.drawLine(100, 60, 95, 140);
            g.drawArc(60, 110, 130, 130, 120, -250);
            g.drawLine(225, 45, 300, 35); // the bar well apart: the number reader reads it as a digit of its own
        });
        assertEquals(2, NumberSegmentation.of("5", fiveWithItsBarFarRight).count(), "the number reader sees two");
        assertDoesNotThrow(() -> OwnDigit.fromImage("5", fiveWithItsBarFarRight), "a part lower than a digit");
        BufferedImage eightOfTwoLoopsApart = drawn(300, 360, g -> {
            g.drawOval(105, 40, 90, 120);
            g.drawOval(95, 180, 110, 130);
        });
        assertEquals(
                1,
                NumberSegmentation.of("8", eightOfTwoLoopsApart).count(),
                "two loops one above the other, alone: one digit to the number reader too (DigitInPiecesTest)");
        assertDoesNotThrow(() -> OwnDigit.fromImage("8", eightOfTwoLoopsApart), "loops one above the other");
    }

    /**
     * MNIST test digits whose strokes break into pieces (a 3 and a 5 in three pieces each, a 3 of scattered ink): the
     * number reader sees several digits in the first and the last; they are one digit. The pieces of the 5 stand in
     * one column of two rows, so the number reader too takes them for one digit.
     */
    @Test
    void mnistDigitsInPiecesStandingOverOneAnotherAreOneDigit() {
        Map<Integer, Integer> numberReaderCount = Map.of(3448, 2, 3893, 1, 9636, 2);
        numberReaderCount.forEach((index, count) -> {
            BufferedImage picture = renderLarge(TestModel.mnist().test().get(index), Color.WHITE, Color.BLACK);
            assertEquals(count, NumberSegmentation.of("test " + index, picture).count(), "test digit " + index);
            assertDoesNotThrow(() -> OwnDigit.fromImage("test " + index, picture), "test digit " + index);
        });
    }

    @Test
    void aDigitOfUnknownMeaningHasNoLabelRatherThanZero() {
        OwnDigit typed = OwnDigit.fromText("""
                .##.
                #..#
                .##.
                """);
        assertFalse(typed.digit().hasLabel());
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> typed.digit().label());
        assertTrue(e.getMessage().contains("no label"), e.getMessage());
        assertFalse(digits.preprocessing.Centring.centre(typed.digit()).hasLabel(), "a changed copy keeps no label");
    }
}
