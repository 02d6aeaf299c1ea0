/**
 * The JJava kernel's adapters, and nothing else: the extension that imports the course's packages and renders its
 * types ({@link digits.jupyter.DigitsExtension}), the kernel's display as a {@code Screen} (a service that
 * {@code Screen.current()} finds, so that training shows live progress and the live pad updates in place). Nothing in the library depends on this
 * package.
 */
package digits.jupyter;
