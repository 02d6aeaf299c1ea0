/**
 * Features by hand and the first baselines: structural and statistical hand-made features, a softmax regression on
 * them, convolution and pooling computed by hand on one digit, and the filters a trained network learned.
 */
package digits.features;
