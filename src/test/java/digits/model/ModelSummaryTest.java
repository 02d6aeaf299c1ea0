package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ModelSummaryTest {

    private static ModelSummary lenet;

    @BeforeAll
    static void summarise() {
        lenet = ModelSummary.of(Cnn.lenet());
    }

    @Test
    void listsEveryLayerWithItsOutputShape() {
        Table table = lenet.table();
        assertEquals(List.of("layer", "kind", "output shape", "parameters"), table.columnNames());
        assertEquals(
                List.of("conv1", "pool1", "conv2", "pool2", "dense", "output", "total"),
                table.stringColumn("layer").asList());
        assertEquals(
                List.of(
                        "Convolution",
                        "Subsampling (max pool)",
                        "Convolution",
                        "Subsampling (max pool)",
                        "Dense",
                        "Output",
                        ""),
                table.stringColumn("kind").asList());
        assertEquals(
                List.of("24 x 24 x 20", "12 x 12 x 20", "8 x 8 x 50", "4 x 4 x 50", "500", "10", ""),
                table.stringColumn("output shape").asList());
        assertEquals(
                List.of(520L, 0L, 25_050L, 0L, 400_500L, 5_010L, 431_080L),
                table.longColumn("parameters").asList());
    }

    @Test
    void totalsTheParameters() {
        assertEquals(431_080, lenet.totalParameters());
    }

    @Test
    void showsBatchNormalisationLayers() {
        ModelSummary summary = ModelSummary.of(Cnn.build(
                CnnSpec.builder().convFilters(4, 8).dense(16).batchNorm(true).build()));
        Table table = summary.table();
        assertEquals("Batch normalisation", table.stringColumn("kind").get(1));
        assertEquals("24 x 24 x 4", table.stringColumn("output shape").get(1));
        assertEquals(16L, table.longColumn("parameters").get(1));
        assertEquals("16", table.stringColumn("output shape").get(7));
    }

    @Test
    void printsAsAnAlignedTextTable() {
        String text = lenet.toString();
        String[] lines = text.split("\n");
        assertEquals("model summary", lines[0]);
        assertTrue(lines[1].matches("layer +kind +output shape +parameters"), lines[1]);
        assertTrue(lines[2].matches("conv1 +Convolution +24 x 24 x 20 +520"), lines[2]);
        assertTrue(lines[lines.length - 1].startsWith("total") && lines[lines.length - 1].endsWith("431,080"), text);
        assertTrue(text.contains("400,500"), text);
    }
}
