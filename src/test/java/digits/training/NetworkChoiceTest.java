package digits.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import digits.model.Cnn;
import digits.model.CnnSpec;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class NetworkChoiceTest {

    private static final CnnSpec TINY =
            CnnSpec.lenet().toBuilder().convFilters(2, 2).dense(8).build();

    private static final TrainingHistory PLAIN = TrainingHistory.of(List.of(
                    new EpochResult(1, 0.15, 0.955, 0.0660, 0.9793, 80),
                    new EpochResult(2, 0.04, 0.986, 0.0373, 0.9878, 81),
                    new EpochResult(3, 0.03, 0.991, 0.0411, 0.9867, 73)))
            .keeping(2);
    private static final TrainingHistory AUGMENTED = TrainingHistory.of(List.of(
            new EpochResult(1, 0.34, 0.893, 0.0498, 0.9848, 86),
            new EpochResult(2, 0.12, 0.961, 0.0343, 0.9890, 84),
            new EpochResult(3, 0.10, 0.970, 0.0309, 0.9902, 82)));

    @Test
    void keepsTheNetworkWhoseKeptEpochHasTheLowestValidationLoss() {
        MultiLayerNetwork plain = Cnn.build(TINY), augmented = Cnn.build(TINY);
        NetworkChoice choice = NetworkChoice.byValidation(
                NetworkChoice.candidate("plain", plain, PLAIN),
                NetworkChoice.candidate("augmented", augmented, AUGMENTED));
        assertSame(augmented, choice.kept().model());
        assertEquals(
                "the augmented network is kept: its validation loss is the lowest, 0.0309 (plain 0.0373); "
                        + "validation accuracy 99.02% (plain 98.78%)",
                choice.why());
        Table table = choice.table();
        assertEquals(
                List.of("network", "epoch kept", "validation loss", "validation accuracy %", "kept"),
                table.columnNames());
        assertEquals(List.of(2, 3), table.intColumn("epoch kept").asList());
        assertEquals(List.of("", "yes"), table.stringColumn("kept").asList());

        // the plain network's last epoch (0.0411) would lose to epoch 3 of the augmented one by more; its kept epoch
        // is what counts, and with a lower loss it wins
        TrainingHistory betterPlain = TrainingHistory.of(List.of(new EpochResult(1, 0.1, 0.9, 0.0300, 0.9880, 1)));
        assertSame(
                plain,
                NetworkChoice.byValidation(
                                NetworkChoice.candidate("plain", plain, betterPlain),
                                NetworkChoice.candidate("augmented", augmented, AUGMENTED))
                        .kept()
                        .model());
    }

    @Test
    void needsTwoTrainedNetworks() {
        MultiLayerNetwork model = Cnn.build(TINY);
        var one = assertThrows(
                IllegalArgumentException.class,
                () -> NetworkChoice.byValidation(NetworkChoice.candidate("plain", model, PLAIN)));
        assertEquals("a choice needs 2 or more networks, not 1", one.getMessage());
        var untrained = assertThrows(
                IllegalArgumentException.class, () -> NetworkChoice.candidate("plain", model, TrainingHistory.empty()));
        assertEquals("the plain network's history has no epochs: train it first", untrained.getMessage());
    }
}
