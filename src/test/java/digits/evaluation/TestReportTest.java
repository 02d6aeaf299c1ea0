package digits.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.data.DigitSet;
import digits.display.DigitGrid;
import digits.display.MistakePicture;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TestReportTest {

    private static DigitSet test;
    private static Predictor predictor;
    private static TestReport report;

    @BeforeAll
    static void evaluate() {
        test = TestModel.mnist().test().first(500);
        predictor = TestModel.predictor();
        report = predictor.test(test);
    }

    @Test
    void confusionMatrixSumsToTheTestImagesAndItsDiagonalToTheRightAnswers() {
        int right = 0;
        for (int i = 0; i < test.size(); i++) {
            if (predictor.predict(test.get(i)).digit() == test.label(i)) { // one image at a time: an independent path
                right++;
            }
        }
        ConfusionMatrix matrix = report.confusionMatrix();
        assertEquals(test.size(), matrix.total());
        assertEquals(right, matrix.correct());
        assertEquals(right, report.correct());
        assertEquals((double) right / test.size(), report.accuracy(), 1e-12);
        assertTrue(report.accuracy() > 0.7 && report.accuracy() < 1, "a trained but imperfect model: " + report);
        for (int d = 0; d < 10; d++) {
            assertEquals(test.classCounts()[d], matrix.rowTotal(d), "row " + d + " counts the images of " + d);
        }
    }

    @Test
    void confusionTableHoldsTheCounts() {
        Table table = report.confusionMatrix().table();
        assertEquals(10, table.rowCount());
        assertEquals(11, table.columnCount());
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                assertEquals(
                        report.confusionMatrix().count(t, p),
                        table.intColumn("→ " + p).getInt(t));
            }
        }
    }

    @Test
    void perClassTableFollowsFromTheMatrix() {
        Table table = report.perClassTable();
        ConfusionMatrix m = report.confusionMatrix();
        assertEquals(List.of("digit", "precision %", "recall %", "F1 %", "support"), table.columnNames());
        for (int d = 0; d < 10; d++) {
            double precision = (double) m.count(d, d) / m.columnTotal(d);
            double recall = (double) m.count(d, d) / m.rowTotal(d);
            assertEquals(100 * precision, table.doubleColumn("precision %").getDouble(d), 0.005 + 1e-9);
            assertEquals(100 * recall, table.doubleColumn("recall %").getDouble(d), 0.005 + 1e-9);
            assertEquals(
                    200 * precision * recall / (precision + recall),
                    table.doubleColumn("F1 %").getDouble(d),
                    0.005 + 1e-9);
            assertEquals(test.classCounts()[d], table.intColumn("support").getInt(d));
        }
    }

    @Test
    void mostConfusedPairsAreTheLargestOffDiagonalCells() {
        Table pairs = report.mostConfusedPairs(5);
        assertEquals(5, pairs.rowCount());
        int largest = 0;
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                if (t != p) {
                    largest = Math.max(largest, report.confusionMatrix().count(t, p));
                }
            }
        }
        assertEquals(largest, pairs.intColumn("images").getInt(0));
        for (int row = 0; row < pairs.rowCount(); row++) {
            int t = pairs.intColumn("true digit").getInt(row),
                    p = pairs.intColumn("predicted as").getInt(row);
            assertNotEquals(t, p);
            assertEquals(
                    report.confusionMatrix().count(t, p),
                    pairs.intColumn("images").getInt(row));
            if (row > 0) {
                assertTrue(pairs.intColumn("images").getInt(row)
                        <= pairs.intColumn("images").getInt(row - 1));
            }
        }
    }

    @Test
    void misclassifiedAreExactlyTheWrongOnes() {
        List<Mistake> mistakes = report.misclassified();
        assertEquals(test.size() - report.correct(), mistakes.size());
        for (Mistake m : mistakes) {
            assertNotEquals(m.trueDigit(), m.predictedDigit());
            assertEquals(test.get(m.index()), m.digit());
        }
        List<Mistake> surest = report.mostConfidentMistakes(10);
        for (int i = 1; i < surest.size(); i++) {
            assertTrue(surest.get(i).prediction().confidence()
                    <= surest.get(i - 1).prediction().confidence());
        }
    }

    @Test
    void predictAllAgreesWithSinglePredictions() {
        List<Prediction> all = predictor.predictAll(test.first(50));
        for (int i = 0; i < 50; i++) {
            Prediction single = predictor.predict(test.get(i));
            assertEquals(single.digit(), all.get(i).digit());
            assertArrayEquals(single.probabilities(), all.get(i).probabilities(), 1e-5f);
            assertEquals(report.prediction(i).digit(), all.get(i).digit());
            double sum = 0;
            for (float p : all.get(i).probabilities()) {
                sum += p;
            }
            assertEquals(1, sum, 1e-4);
        }
    }

    @Test
    void wrongPredictionsAreFramedRedInTheSampleGrid() {
        int wrong = report.misclassified().get(0).index();
        int right = 0;
        while (report.prediction(right).digit() != test.label(right)) {
            right++;
        }
        assertTrue(hasColour(report.samplePredictions(wrong), DigitGrid.WRONG.getRGB()));
        assertFalse(hasColour(report.samplePredictions(right), DigitGrid.WRONG.getRGB()));
        BufferedImage grid = report.samplePredictions(30, 7);
        assertEquals(grid.getWidth(), report.samplePredictions(30, 7).getWidth());
        assertThrows(IllegalArgumentException.class, () -> report.samplePredictions(0, 7));
    }

    @Test
    void picturesAreDrawn() {
        BufferedImage heatMap = report.confusionMatrix().heatMap();
        assertTrue(heatMap.getWidth() > 400 && heatMap.getHeight() > 400);
        BufferedImage gallery = report.mistakeGallery(8);
        assertTrue(hasColour(gallery, MistakePicture.PREDICTED.getRGB()), "the predicted digit's bar is red");
        assertTrue(hasColour(gallery, MistakePicture.TRUE.getRGB()), "the true digit's bar is green");
    }

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }
}
