package digits.owndigits;

/** A picture or text could not be turned into a digit: unreadable, not an image, or without ink. */
public class OwnDigitException extends RuntimeException {

    public OwnDigitException(String message) {
        super(message);
    }

    public OwnDigitException(String message, Throwable cause) {
        super(message, cause);
    }
}
