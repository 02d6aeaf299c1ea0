package digits.training;

import digits.data.DigitSet;
import digits.model.Inference;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One epoch of the {@link Trainer}'s loop: Deeplearning4j's {@code model.fit} on each batch, the training loss
 * and accuracy counted as it goes (and in {@code Trainer.STEPS_PER_EPOCH} steps), the listener told after each
 * batch, then the validation scores.
 */
final class EpochLoop {

    private EpochLoop() {}

    /**
     * Trains one epoch, adding its steps to {@code steps}, and scores the network on the validation set.
     *
     * @param predictions the training forward pass's predictions, or null to predict with a second pass
     */
    static EpochResult train(
            MultiLayerNetwork model,
            BatchesAhead ahead,
            TrainingPredictions predictions,
            int epoch,
            int epochs,
            DigitSet validation,
            List<TrainingStep> steps,
            ProgressListener listener) {
        listener.epochStarted(epoch);
        DigitBatches batches = ahead.batches();
        int images = batches.set().size();
        int seen = 0, correct = 0;
        double lossSum = 0;
        int stepEvery = Math.max(1, batches.batchesPerEpoch() / Trainer.STEPS_PER_EPOCH);
        int stepSeen = 0, stepCorrect = 0;
        double stepLoss = 0;
        long start = System.nanoTime();
        ahead.startEpoch();
        for (int batch = 1; ahead.hasNext(); batch++) {
            int first = seen; // this epoch's position of the batch's first image
            DataSet data = ahead.next();
            int n = data.numExamples();
            int[] predicted = predictions == null
                    ? Inference.rowArgMax(model.output(data.getFeatures(), false)) // slower fallback
                    : null;
            model.fit(data);
            if (predictions != null) {
                predicted = predictions.take();
            }
            int right = 0;
            for (int k = 0; k < n; k++) {
                right += predicted[k] == batches.set().label(batches.indexAt(first + k)) ? 1 : 0;
            }
            double loss = model.score() * n;
            correct += right;
            lossSum += loss;
            seen += n;
            stepCorrect += right;
            stepLoss += loss;
            stepSeen += n;
            // a step closes every stepEvery batches; a short remainder joins the epoch's last step
            if (batch % stepEvery == 0 && batches.batchesPerEpoch() - batch >= (stepEvery + 1) / 2
                    || !ahead.hasNext()) {
                steps.add(new TrainingStep(
                        epoch,
                        epoch - 1 + (double) seen / images,
                        stepLoss / stepSeen,
                        (double) stepCorrect / stepSeen));
                stepSeen = stepCorrect = 0;
                stepLoss = 0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double speed = seen / seconds;
            listener.batchFinished(new BatchProgress(
                    epoch,
                    epochs,
                    batch,
                    batches.batchesPerEpoch(),
                    lossSum / seen,
                    (double) correct / seen,
                    speed,
                    (images - seen) / speed));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        model.incrementEpochCount(); // keeps DL4J's own epoch counter (saved with the model) in step
        Inference.Scores scores = Inference.scores(model, validation);
        return new EpochResult(
                epoch, lossSum / seen, (double) correct / seen, scores.loss(), scores.accuracy(), seconds);
    }
}
