package digits.model;

/** A model file could not be saved or loaded: it is missing, unreadable or not a saved model. */
public class ModelFileException extends RuntimeException {

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
