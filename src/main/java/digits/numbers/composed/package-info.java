/**
 * Numbers composed from MNIST test digits, apart or touching ({@link digits.numbers.composed.NumberComposer}), and
 * the score of a number reader on them ({@link digits.numbers.composed.NumberScore}): the number benchmark's data;
 * and the labelled windows of numbers composed from training digits that a middle network learns from
 * ({@link digits.numbers.composed.MiddleWindows}).
 */
package digits.numbers.composed;
