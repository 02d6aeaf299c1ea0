/**
 * Training a network: mini-batches ({@link digits.training.DigitBatches}, made one ahead on a second thread), the
 * trainer (which puts the network on {@code digits.model.FastPath}) with its history, progress listeners,
 * checkpoints and the best epoch kept ({@link digits.training.Trainer}, {@link digits.training.TrainingHistory}),
 * and the choice between trained networks by validation ({@link digits.training.NetworkChoice}).
 */
package digits.training;
