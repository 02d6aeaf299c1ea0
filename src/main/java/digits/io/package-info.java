/** Writing files so that an interrupted run never leaves a half-written one: {@link digits.io.AtomicFiles}. */
package digits.io;
