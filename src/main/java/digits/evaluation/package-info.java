/**
 * Testing a trained network: predictions ({@link digits.evaluation.Predictor}), the test report with its confusion
 * matrix and mistakes, the saved model notebook 04 leaves for the later notebooks, and what each layer computes
 * for one digit ({@link digits.evaluation.Activations}).
 */
package digits.evaluation;
