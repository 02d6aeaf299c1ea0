/**
 * Measuring: the training and reading benchmark against Keras ({@link digits.bench.Benchmark}), the number
 * benchmark ({@link digits.bench.NumberBenchmark}), and the speed tools notebook 07 times with (the speed ladder,
 * the compute floor, reading speed).
 */
package digits.bench;
