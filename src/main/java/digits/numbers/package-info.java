/**
 * Reading a whole number: segmentation of the writing into digits ({@link digits.numbers.NumberSegmentation}), the
 * number reader ({@link digits.numbers.NumberReader}) and its reading with pictures
 * ({@link digits.numbers.NumberReading}). The segmentation is a short pipeline ({@code Segmenter}) of small steps,
 * one class each: the typical digit's size ({@code TypicalDigit}), putting the parts of each digit together
 * ({@code Grouping}), the check that the writing is one line ({@code OneLineCheck}, which reports; the
 * segmentation refuses), cutting touching digits apart (with the network's help, {@code RecognitionSplit} over
 * the candidate cuts of {@code CutPaths}, when the {@link digits.numbers.NumberReader} segments; without a
 * network by the ink profile, {@code TouchingSplit}; or, without cutting, the digits found by a second network that
 * looks at each column of a group's strip, {@link digits.numbers.MiddleNetwork} over {@link digits.numbers.MiddleStrip}
 * and {@code MiddleDecoder}) and cutting each digit's ink out ({@code DigitCutter}).
 * Numbers composed from test digits, for measuring, are in {@code digits.numbers.composed}.
 */
package digits.numbers;
