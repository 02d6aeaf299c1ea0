/**
 * The networks: the CNN specifications and builder ({@link digits.model.Cnn}, {@link digits.model.CnnSpec}), the
 * fast path that trains any Deeplearning4j network without the work nobody needs ({@link digits.model.FastPath}:
 * the first convolution without an input gradient, results kept for the backward pass, max pooling forward
 * once, dense products on oneDNN), batch-normalisation folding for prediction, inference (the network
 * check, batched forward passes and the one arg-max, {@link digits.model.Inference}), the native build and thread
 * settings, the model summary, what two networks share and how a network's parameters start
 * ({@link digits.model.NetworkComparison}, {@link digits.model.ParameterValues}), and saving models atomically.
 */
package digits.model;
