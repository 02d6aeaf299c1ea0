package digits.image;

/**
 * A picture (or a typed digit) cannot be read as handwriting: the file is missing, unreadable, damaged or too
 * large, it holds no ink, or it holds something else than was asked for (several digits, several lines). The
 * message names the picture and says what was expected.
 */
public class PictureException extends RuntimeException {

    /** @param message what is wrong with which picture, and what was expected */
    public PictureException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with which picture, and what was expected
     * @param cause   the error that revealed it
     */
    public PictureException(String message, Throwable cause) {
        super(message, cause);
    }
}
