package digits.display;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A drawing pad shown in a notebook output: a square canvas to draw a digit on with mouse, pen or
 * finger, with <em>Clear</em> and <em>Save</em> buttons. <em>Save</em> stores the drawing as a PNG
 * file next to the notebook through the Jupyter server's own contents API, so nothing needs to be
 * installed and no other server runs.
 *
 * <p>The pad is a small script in an HTML output. JupyterLab runs it in outputs made in the
 * current session; where scripts do not run (a notebook reopened untrusted, GitHub's viewer), the
 * same output shows a still picture of the pad and says how to get a live one.
 *
 * <pre>{@code
 * DrawingPad.show("my-digit.png")
 * }</pre>
 */
public final class DrawingPad {

    /** Side of the canvas in screen pixels: ten times MNIST's 28, give or take. */
    public static final int SIZE = 280;

    private static final String SCRIPT = readScript();

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\.png");

    private final String fileName;
    private final String id = "digits-pad-" + UUID.randomUUID();

    private DrawingPad(String fileName) {
        this.fileName = fileName;
    }

    /**
     * A pad that saves into {@code fileName} in the notebook's own folder.
     *
     * @param fileName a plain file name ending in {@code .png}, such as {@code my-digit.png}
     * @return the pad; a cell that ends with it shows it
     * @throws IllegalArgumentException if the name holds a path separator, {@code ..}, or other
     *     characters than letters, digits, {@code .}, {@code _} and {@code -}
     */
    public static DrawingPad show(String fileName) {
        return new DrawingPad(checkedName(fileName));
    }

    /**
     * Checks that a name can only mean one file in the notebook's folder.
     *
     * @param fileName the name to check
     * @return the same name
     * @throws IllegalArgumentException if it is not a safe plain {@code .png} file name
     */
    public static String checkedName(String fileName) {
        if (fileName == null || fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")
                || !SAFE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("the drawing pad saves only into a plain file name next to the "
                    + "notebook, such as \"my-digit.png\": letters, digits, '.', '_' and '-', ending in .png, no "
                    + "folders and no '..'; got " + (fileName == null ? "null" : "\"" + fileName + "\""));
        }
        return fileName;
    }

    /** @return the file name the pad saves into */
    public String fileName() {
        return fileName;
    }

    /**
     * @return the notebook output: live pad (HTML and script) with a still picture inside it, the
     *     picture again as PNG, and a text for front ends that show neither
     */
    public Map<String, Object> mimeBundle() {
        String picture = MimeBundle.base64Png(stillPicture());
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", html(picture));
        bundle.put("image/png", picture);
        bundle.put("text/plain", "Drawing pad (saves " + fileName + "). It is live only in JupyterLab: run this "
                + "cell there to draw.");
        return bundle;
    }

    private String html(String picture) {
        return """
                <div id="%1$s">
                  <img src="data:image/png;base64,%2$s" width="%3$d" height="%3$d" alt="drawing pad">
                  <p><b>This is a still picture of the drawing pad.</b> Run this cell in JupyterLab to get a
                  live pad; it saves your drawing as <code>%4$s</code> next to this notebook.</p>
                </div>
                <script>
                %5$s
                </script>
                """.formatted(id, picture, SIZE, TableHtml.escape(fileName), script());
    }

    private String script() {
        return SCRIPT.replace("__ID__", id).replace("__FILE__", fileName)
                .replace("__SIZE__", Integer.toString(SIZE));
    }

    /** The pad as a still picture: an empty canvas, its buttons and a line of help. */
    BufferedImage stillPicture() {
        BufferedImage image = Pictures.white(SIZE, SIZE);
        Graphics2D g = Pictures.pen(image, true);
        try {
            g.setColor(Palette.OUTLINE);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f},
                    0f));
            g.drawRect(10, 10, SIZE - 21, SIZE - 21);
            g.setFont(Palette.TEXT_LARGE);
            g.drawString("draw one digit here", 72, SIZE / 2 - 8);
            g.drawString("(live in JupyterLab)", 73, SIZE / 2 + 14);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static String readScript() {
        try (InputStream in = DrawingPad.class.getResourceAsStream("drawing-pad.js")) {
            if (in == null) {
                throw new IllegalStateException("drawing-pad.js is missing from the digits library's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read drawing-pad.js from the digits library", e);
        }
    }

    @Override
    public String toString() {
        return "DrawingPad[" + fileName + "]";
    }
}
