/**
 * Testing a trained network: predictions ({@link digits.evaluation.Predictor}), the test report with its confusion
 * matrix and mistakes, the saved model notebook 04 leaves for the later notebooks, what each layer computes
 * for one digit ({@link digits.evaluation.Activations}), and the accuracy on digits changed like real handwriting
 * ({@link digits.evaluation.Robustness}).
 */
package digits.evaluation;
