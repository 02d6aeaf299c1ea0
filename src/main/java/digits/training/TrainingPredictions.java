package digits.training;

import digits.model.Inference;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Catches which digit the network predicts for each image of the batch it is training on, from the forward
 * pass that {@code fit} does anyway, so that training accuracy costs no second forward pass.
 *
 * <p>Deeplearning4j's training forward pass stops at the input of the output layer (the output layer's
 * softmax is folded into the loss). The most probable digit is the largest of the output layer's
 * scores {@code input · W + b}, because softmax keeps the order of its inputs; for a batch of 64
 * that is one small matrix product. The scores use the weights from before the batch's update, the
 * same ones that gave the batch's loss, and leave out dropout on the output layer's input.
 */
final class TrainingPredictions extends BaseTrainingListener {

    private final MultiLayerNetwork model;
    private int[] predicted;

    private TrainingPredictions(MultiLayerNetwork model) {
        this.model = model;
    }

    /**
     * Whether the shortcut works for this network: a plain dense output layer fed without a preprocessor,
     * which is what {@code digits.model.Cnn} builds.
     */
    static boolean supports(MultiLayerNetwork model) {
        int last = model.getnLayers() - 1;
        return model.getOutputLayer() instanceof OutputLayer
                && model.getLayerWiseConfigurations().getInputPreProcess(last) == null;
    }

    /** Adds a recorder to the network's listeners; remove it with {@link #detach()}. */
    static TrainingPredictions attach(MultiLayerNetwork model) {
        TrainingPredictions recorder = new TrainingPredictions(model);
        model.addListeners(recorder);
        return recorder;
    }

    /** Removes this recorder from the network's listeners, leaving any others in place. */
    void detach() {
        List<TrainingListener> others = new ArrayList<>(model.getListeners());
        others.remove(this);
        model.setListeners(others);
    }

    @Override
    public void onForwardPass(Model m, List<INDArray> activations) {
        INDArray outputLayerInput = activations.get(activations.size() - 1);
        Layer output = model.getOutputLayer();
        // The activations live in a workspace that is reused after this call: work outside it and keep only Java ints.
        try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            INDArray weights = output.getParam("W");
            INDArray scores = Nd4j.createUninitialized(weights.dataType(), outputLayerInput.size(0), weights.size(1));
            Nd4j.gemm(outputLayerInput, weights, scores, false, false, 1.0, 0.0); // row-major result: the fast routine
            scores.addiRowVector(output.getParam("b"));
            predicted = Inference.rowArgMax(scores);
        }
    }

    /**
     * @return the predicted digit of each image of the batch just trained on
     * @throws IllegalStateException if no forward pass was seen since the last call
     */
    int[] take() {
        if (predicted == null) {
            throw new IllegalStateException("no training forward pass was recorded for the last batch");
        }
        int[] result = predicted;
        predicted = null;
        return result;
    }
}
