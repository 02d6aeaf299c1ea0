/**
 * One digit of the learner's in MNIST form: from a picture file, a folder of them, typed text or a drawing
 * ({@link digits.owndigits.OwnDigit}), and a gallery of readings.
 */
package digits.owndigits;
