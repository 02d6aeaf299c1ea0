/**
 * Reading a phone photo of handwriting: decoding any size within bounded memory and turning it upright as its
 * EXIF orientation says ({@link digits.photos.Photo}), finding the page when the paper fills only part of the photo
 * (a page lying on a darker table), finding the ink on it against uneven paper and shadows
 * ({@link digits.photos.PageInk}), and taking out the lines of ruled paper.
 */
package digits.photos;
