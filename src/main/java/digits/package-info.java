/**
 * The course's entry point: {@link digits.Course} (quick or full mode, where the model is saved). The library
 * sits in one package per concern; each package's {@code package-info} says what it holds. Dependencies point
 * down only (an architecture test keeps them so): {@code io}, {@code data}; {@code image}; {@code display} (a
 * toolkit of painters on plain data); {@code preprocessing}; {@code features}; {@code model}; {@code training};
 * {@code evaluation}; {@code photos}; {@code owndigits}; {@code numbers}; {@code pad}; {@code bench};
 * {@code jupyter} (the kernel's adapters) on top.
 */
package digits;
