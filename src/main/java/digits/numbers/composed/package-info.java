/**
 * Numbers composed from MNIST test digits, apart or touching ({@link digits.numbers.composed.NumberComposer}), and
 * the score of a number reader on them ({@link digits.numbers.composed.NumberScore}): the number benchmark's data.
 */
package digits.numbers.composed;
