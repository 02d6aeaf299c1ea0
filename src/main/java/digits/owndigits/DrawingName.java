package digits.owndigits;

import java.util.regex.Pattern;

/** The rule for the name of a drawing saved next to a notebook: a plain {@code .png} name, no folders. */
public final class DrawingName {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\.png");

    private DrawingName() {}

    /**
     * Checks that a name can only mean one file in the notebook's folder.
     *
     * @param fileName the name to check
     * @return the same name
     * @throws IllegalArgumentException if it is not a safe plain {@code .png} file name
     */
    public static String checked(String fileName) {
        if (fileName == null
                || fileName.contains("/")
                || fileName.contains("\\")
                || fileName.contains("..")
                || !SAFE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("the drawing pad saves only into a plain file name next to the "
                    + "notebook, such as \"my-digit.png\": letters, digits, '.', '_' and '-', ending in .png, no "
                    + "folders and no '..'; got " + (fileName == null ? "null" : "\"" + fileName + "\""));
        }
        return fileName;
    }
}
