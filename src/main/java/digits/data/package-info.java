/**
 * Acquiring MNIST: the IDX file format ({@link digits.data.IdxFile}), the four files checked by SHA-256 and loaded
 * from {@code data/} ({@link digits.data.Mnist}) or downloaded into a cache ({@link digits.data.MnistDownloader}),
 * one digit ({@link digits.data.DigitImage}) and a set of them ({@link digits.data.DigitSet}).
 */
package digits.data;
