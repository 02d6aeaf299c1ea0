/**
 * Reading a whole number: segmentation of the writing into digits ({@link digits.numbers.NumberSegmentation}), the
 * number reader ({@link digits.numbers.NumberReader}) and its reading with pictures
 * ({@link digits.numbers.NumberReading}). Numbers composed from test digits, for measuring, are in
 * {@code digits.numbers.composed}.
 */
package digits.numbers;
