/**
 * The networks: the CNN specifications and builder ({@link digits.model.Cnn}, {@link digits.model.CnnSpec}), the
 * first convolution without an input gradient, batch-normalisation folding for prediction, inference (the network
 * check, batched forward passes and the one arg-max, {@link digits.model.Inference}), the native build and thread
 * settings, the model summary, what two networks share and how a network's parameters start
 * ({@link digits.model.NetworkComparison}, {@link digits.model.ParameterValues}), and saving models atomically.
 */
package digits.model;
