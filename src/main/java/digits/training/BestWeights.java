package digits.training;

import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keeps a copy of the weights (and Adam's state) of the epoch with the lowest validation loss so far, and puts
 * them back into the network when training ends: a trainer built with {@link Trainer.Builder#keepBestEpoch()} uses
 * one. A copy of LeNet's weights and Adam's two moments is about 5 MB.
 */
final class BestWeights {

    private INDArray params;
    private INDArray updaterState;
    private int epoch; // the epoch the copy comes from; 0: none yet

    private BestWeights() {}

    /**
     * Starts keeping from the epochs already trained: none for a fresh run; for a resumed one, the checkpoint's
     * network when its last epoch is its best, else the best weights the checkpoint folder kept.
     */
    static BestWeights startingFrom(MultiLayerNetwork model, TrainingHistory done, Path checkpoints) {
        BestWeights best = new BestWeights();
        if (done.epochs() == 0) {
            return best;
        }
        int bestEpoch = done.best().epoch();
        if (bestEpoch == done.epochs()) {
            best.copy(model, bestEpoch);
        } else {
            MultiLayerNetwork saved = Checkpoint.loadBest(checkpoints, bestEpoch);
            best.copy(saved, bestEpoch);
        }
        return best;
    }

    /** Copies the network's weights when the history's last epoch has the lowest validation loss so far. */
    boolean offer(MultiLayerNetwork model, TrainingHistory history) {
        if (history.best().epoch() != history.epochs()) {
            return false;
        }
        copy(model, history.epochs());
        return true;
    }

    private void copy(MultiLayerNetwork model, int from) {
        params = model.params().dup();
        INDArray state = model.getUpdater().getStateViewArray();
        updaterState = state == null ? null : state.dup();
        epoch = from;
    }

    /** Puts the kept weights back into the network and returns the history saying so. */
    TrainingHistory restore(MultiLayerNetwork model, TrainingHistory history) {
        if (epoch == 0 || epoch == history.epochs()) {
            return history;
        }
        model.params().assign(params);
        if (updaterState != null) {
            model.getUpdater().getStateViewArray().assign(updaterState);
        }
        return history.keeping(epoch);
    }
}
