/**
 * The pixel primitives every picture path shares: a grey picture as plain numbers ({@link digits.image.Plane}),
 * the one box type ({@link digits.image.Box}), the ink bounding box and centre of mass, connected components
 * ({@link digits.image.Components}), reading the ink of any picture ({@link digits.image.Ink}) and bringing one
 * digit's ink into MNIST form ({@link digits.image.MnistForm}), and the error a picture that cannot be read
 * raises ({@link digits.image.PictureException}).
 */
package digits.image;
