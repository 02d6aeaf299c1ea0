/**
 * Training a network: mini-batches ({@link digits.training.DigitBatches}), the trainer with its history, progress
 * listeners and checkpoints ({@link digits.training.Trainer}, {@link digits.training.TrainingHistory}).
 */
package digits.training;
