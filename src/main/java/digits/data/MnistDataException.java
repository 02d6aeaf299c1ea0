package digits.data;

/**
 * Thrown when MNIST data is missing, damaged or not what the library expects.
 * Every message names the file (absolute path) and says what was expected and what was found.
 */
public class MnistDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the file
     */
    public MnistDataException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the low-level cause.
     *
     * @param message what went wrong, naming the file
     * @param cause   the underlying error
     */
    public MnistDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
