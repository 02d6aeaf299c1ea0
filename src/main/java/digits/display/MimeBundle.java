package digits.display;

import digits.data.DigitImage;
import digits.data.DigitSet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import tech.tablesaw.api.Table;

/**
 * The outputs a notebook shows for the library's types, as Jupyter MIME bundles (MIME type to
 * data). Each bundle carries a plain-text form too, so every front end shows something sensible.
 *
 * <p>Kept free of any kernel classes so that it can be tested and used outside a notebook;
 * {@code digits.jupyter.DigitsExtension} hands these bundles to the JJava kernel.
 */
public final class MimeBundle {

    /** The MIME type that JupyterLab's Plotly renderer draws. */
    public static final String PLOTLY = "application/vnd.plotly.v1+json";

    /** How many digits of a set show when a cell ends in a {@link DigitSet}. */
    public static final int PREVIEW = 20;

    private MimeBundle() {}

    /**
     * @param table a Tablesaw table
     * @return {@code text/html} and {@code text/plain}
     */
    public static Map<String, Object> of(Table table) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", TableHtml.of(table));
        bundle.put("text/plain", TableHtml.text(table));
        return bundle;
    }

    /**
     * @param chart a chart
     * @return the interactive Plotly figure, its static PNG picture, and the title as text
     */
    public static Map<String, Object> of(Chart chart) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(PLOTLY, chart.plotlyJson());
        bundle.put("image/png", base64Png(chart.picture()));
        bundle.put("text/plain", chart.toString());
        return bundle;
    }

    /**
     * @param picture any picture
     * @return the picture as PNG, and its size as text (instead of the object's identity)
     */
    public static Map<String, Object> of(BufferedImage picture) {
        return of(picture, "picture, " + picture.getWidth() + " x " + picture.getHeight() + " pixels");
    }

    /**
     * @param digit one digit
     * @return the digit enlarged 4 times, and its description as text
     */
    public static Map<String, Object> of(DigitImage digit) {
        return of(digit.toBufferedImage(4), digit.toString());
    }

    /**
     * @param set a set of digits
     * @return a picture of its first digits (up to {@value #PREVIEW}) and a one-line summary
     */
    public static Map<String, Object> of(DigitSet set) {
        int shown = Math.min(PREVIEW, set.size());
        String summary = String.format(
                java.util.Locale.ROOT,
                "%s: %,d digits%s",
                set.name(),
                set.size(),
                shown < set.size() ? " (the first " + shown + " shown)" : "");
        return shown == 0 ? Map.of("text/plain", summary) : of(DigitGrid.of(set.first(shown)), summary);
    }

    /**
     * @param picture any picture
     * @param description a short text shown where pictures are not
     * @return {@code image/png} and {@code text/plain}
     */
    public static Map<String, Object> of(BufferedImage picture, String description) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("image/png", base64Png(picture));
        bundle.put("text/plain", description);
        return bundle;
    }

    /**
     * @param picture any picture
     * @return the picture as PNG, base64-encoded as Jupyter expects
     */
    public static String base64Png(BufferedImage picture) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a picture as PNG", e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
