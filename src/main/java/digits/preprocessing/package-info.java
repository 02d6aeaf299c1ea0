/**
 * Preparing digits for learning: scaling and standardising, centring by centre of mass, deskewing, augmentation
 * (shifts, rotations, scaling, elastic distortion) and a stratified validation split.
 */
package digits.preprocessing;
