/**
 * Features by hand and the first baselines: structural and statistical hand-made features, the nearest average
 * digit (no features) and a softmax regression on the hand-made ones, side by side in one accuracy table
 * ({@code Baselines}), convolution and pooling computed by hand on one digit, and the filters a trained network
 * learned.
 */
package digits.features;
