/**
 * Preparing digits for learning: scaling and standardising, centring by centre of mass, deskewing, augmentation
 * (shifts, rotations, scaling, elastic distortion), a stratified validation split, and the corruptions that change a
 * digit the ways real handwriting differs from MNIST's ({@link digits.preprocessing.Corruption}).
 */
package digits.preprocessing;
