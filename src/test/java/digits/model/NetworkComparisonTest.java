package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.CacheMode;
import org.junit.jupiter.api.Test;

class NetworkComparisonTest {

    @Test
    void namesWhatDiffersAndCountsWhatIsTheSame() {
        assertEquals(
                "10 of 10 parts compared are the same, that is all of them.",
                NetworkComparison.of("written out", WrittenOutLeNet.of(42), "Cnn.build", Cnn.lenet())
                        .summary());

        var otherKind = WrittenOutLeNet.of(42, new FirstConvolutionLayer.Builder(5, 5), CacheMode.DEVICE);
        NetworkComparison comparison =
                NetworkComparison.of("written out", WrittenOutLeNet.of(42), "other kind", otherKind);
        assertEquals(
                List.of(
                        "layer 1: conv1: ConvolutionLayer, relu, 520 parameters in written out; "
                                + "conv1: FirstConvolutionLayer, relu, 520 parameters in other kind",
                        "cache mode: NONE in written out; DEVICE in other kind"),
                comparison.differences());
        assertTrue(
                comparison.summary().startsWith("8 of 10 parts compared are the same; they differ in 2:"),
                comparison.summary());
        assertEquals(10, comparison.table().rowCount());

        NetworkComparison otherSeed =
                NetworkComparison.of("seed 7", WrittenOutLeNet.of(7), "seed 42", WrittenOutLeNet.of(42));
        assertEquals(
                List.of("layer 1: conv1: ConvolutionLayer, relu, 520 parameters in seed 7; conv1: ConvolutionLayer,"
                        + " relu, 520 parameters (other starting values) in seed 42"),
                otherSeed.differences().subList(0, 1));
        assertTrue(
                otherSeed.differences().contains("seed: 7 in seed 7; 42 in seed 42"),
                otherSeed.differences().toString());

        assertEquals(
                "10 of 10 parts compared are the same, that is all of them.",
                NetworkComparison.of("one", Cnn.lenet(), "another", Cnn.lenet()).summary());
    }

    @Test
    void countsWeightsAndBiasesWithTheirRanges() {
        ParameterValues values = ParameterValues.of(Cnn.lenet());
        assertEquals(430_500, values.weights());
        assertEquals(580, values.biases());
        assertEquals(0.0, values.lowestBias());
        assertEquals(0.0, values.highestBias());
        assertTrue(values.lowestWeight() < 0 && values.highestWeight() > 0, values.toString());
        assertTrue(values.toString().startsWith("430,500 weights, between -0."), values.toString());
        assertTrue(values.toString().endsWith("; 580 biases, all 0"), values.toString());
    }
}
