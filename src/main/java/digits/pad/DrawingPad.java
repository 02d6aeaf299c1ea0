package digits.pad;

import digits.display.InsideView;
import digits.display.MimeBundle;
import digits.display.PadPicture;
import digits.display.ReadingPicture;
import digits.display.TableHtml;
import digits.owndigits.DrawingName;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A drawing pad shown in a notebook output: a square canvas to draw a digit on with mouse, pen or
 * finger, with <em>Clear</em> and <em>Save</em> buttons. A cell that ends with a pad shows it. <em>Save</em> stores the drawing as a PNG
 * file next to the notebook through the Jupyter server's own contents API, so nothing needs to be
 * installed and no other server runs.
 *
 * <p>The pad is a small script in an HTML output. JupyterLab runs it in outputs made in the
 * current session; where scripts do not run (a notebook reopened untrusted, GitHub's viewer), the
 * same output shows a still picture of the pad and says how to get a live one.
 *
 * <pre>{@code
 * DrawingPad.of("my-digit.png")
 * }</pre>
 *
 * <p>The live pad ({@link #live}, shown by {@link LivePad}) has no <em>Save</em>: it saves after
 * every stroke, and the kernel shows the network's reading beside it.
 */
public final class DrawingPad {

    /** Side of the canvas in screen pixels: ten times MNIST's 28, give or take. */
    public static final int SIZE = 280;

    private static final String SCRIPT = readScript();

    /** Seconds after a save without a new reading before the live pad says that the kernel is not reading. */
    public static final int STALE_SECONDS = 4;

    private final String fileName;
    private final String id;
    private final Live live;

    /** What a live pad needs to know: its session, its limits and where its reading is shown. */
    private record Live(String session, Duration firstStrokeLimit, Duration idleLimit) {}

    private DrawingPad(String fileName, String session, Live live) {
        this.fileName = fileName;
        this.id = "digits-pad-" + session;
        this.live = live;
    }

    /**
     * A pad that saves into {@code fileName} in the notebook's own folder.
     *
     * @param fileName a plain file name ending in {@code .png}, such as {@code my-digit.png}
     * @return the pad, not shown yet; a cell that ends with it shows it
     * @throws IllegalArgumentException if the name holds a path separator, {@code ..}, or other
     *     characters than letters, digits, {@code .}, {@code _} and {@code -}
     */
    public static DrawingPad of(String fileName) {
        return new DrawingPad(DrawingName.checked(fileName), UUID.randomUUID().toString(), null);
    }

    /**
     * The live pad of {@link LivePad}: no <em>Save</em> button; it saves the drawing after every
     * stroke and after <em>Clear</em>, has a <em>Done</em> button and an <em>inside view</em> switch, saves its
     * status in {@link #statusName(String)}, counts down its idle limit, and shows the kernel's reading (the
     * output with the id {@link #readingId()}) or says that the kernel is not reading.
     *
     * @param fileName         a plain file name ending in {@code .png}
     * @param session          the session's name, written into the status file so that an earlier session's
     *                         file is not mistaken for this one's
     * @param firstStrokeLimit how long the pad waits for the first stroke (shown on the pad)
     * @param idleLimit        how long it keeps reading after the last stroke (shown on the pad)
     * @return the pad
     * @throws IllegalArgumentException if the name is not a safe plain {@code .png} file name, or the session
     *     holds other characters than letters, digits and {@code -}
     */
    public static DrawingPad live(String fileName, String session, Duration firstStrokeLimit, Duration idleLimit) {
        if (session == null || !session.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException(
                    "a pad's session name holds letters, digits and '-' only, got " + session);
        }
        return new DrawingPad(DrawingName.checked(fileName), session, new Live(session, firstStrokeLimit, idleLimit));
    }

    /**
     * The status file of a live pad that saves into {@code fileName}: {@code my-digit.png} gives
     * {@code my-digit.pad.json}, in the same folder.
     *
     * @param fileName a plain file name ending in {@code .png}
     * @return the status file's name
     */
    public static String statusName(String fileName) {
        String name = DrawingName.checked(fileName);
        return name.substring(0, name.length() - ".png".length()) + ".pad.json";
    }

    /** @return the pad's element id, {@code digits-pad-} and its session: also the display id of its output */
    public String id() {
        return id;
    }

    /** @return the element id of the output that shows a live pad's reading, also its display id */
    public String readingId() {
        return id.replace("digits-pad-", "digits-reading-");
    }

    /** @return {@code true} for a pad made by {@link #live} */
    public boolean isLive() {
        return live != null;
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
        bundle.put(
                "text/plain",
                live != null
                        ? "Live drawing pad (saves " + fileName
                                + " after every stroke; the network reads it). It is live only "
                                + "in JupyterLab: run this cell there to draw."
                        : "Drawing pad (saves " + fileName
                                + "). It is live only in JupyterLab: run this cell there to draw.");
        return bundle;
    }

    /**
     * One state of a live pad's reading output, which the pad's script watches: its element carries the id
     * {@link #readingId()}, a sequence number that grows with every update ({@code data-seq}) and the state
     * ({@code data-state}: {@code waiting} until the pad has opened, {@code live}, {@code ended}).
     *
     * @param sequence the update's number, growing
     * @param state    {@code waiting}, {@code live} or {@code ended}
     * @param reading  the reading's picture ({@link ReadingPicture}), or {@code null} for the message alone
     * @param inside   what each layer sees ({@link InsideView}), or {@code null} when not asked for
     * @param message  one or two sentences on what the pad is doing
     * @return HTML with the pictures and the message, the reading's picture as PNG, and the message as text
     */
    public Map<String, Object> readingBundle(
            int sequence, String state, BufferedImage reading, BufferedImage inside, String message) {
        if (!List.of("waiting", "live", "ended").contains(state)) {
            throw new IllegalArgumentException("a reading's state is waiting, live or ended, got " + state);
        }
        String png = reading == null ? null : MimeBundle.base64Png(reading);
        StringBuilder html = new StringBuilder()
                .append("<div id=\"")
                .append(readingId())
                .append("\" data-seq=\"")
                .append(sequence)
                .append("\" data-state=\"")
                .append(state)
                .append("\" style=\"font-family:sans-serif\">");
        if (png != null) {
            html.append("<img src=\"data:image/png;base64,")
                    .append(png)
                    .append("\" width=\"")
                    .append(reading.getWidth())
                    .append("\" alt=\"the network's reading\">");
        }
        html.append("<div data-role=\"message\" style=\"margin:4px 0 8px 10px;max-width:60em\">")
                .append(TableHtml.escape(message))
                .append("</div>");
        if (inside != null) {
            html.append("<img src=\"data:image/png;base64,")
                    .append(MimeBundle.base64Png(inside))
                    .append("\" style=\"max-width:100%\" alt=\"what each layer of the network sees\">");
        }
        html.append("</div>");
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", html.toString());
        if (png != null) {
            bundle.put("image/png", png);
        }
        bundle.put("text/plain", message);
        return bundle;
    }

    /**
     * The pad's output as a still picture without its script, to replace the pad where no browser showed it (see
     * {@link LivePad.Ending#NO_BROWSER}).
     *
     * @param picture what to show in the pad's place, such as the pad in use ({@link PadPicture#inUse})
     * @param text    what the picture shows, for front ends that show no pictures
     * @return HTML with the picture, the picture as PNG, and the text
     */
    public Map<String, Object> pictureBundle(BufferedImage picture, String text) {
        String png = MimeBundle.base64Png(picture);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(
                "text/html",
                "<div id=\"" + id + "\"><img src=\"data:image/png;base64," + png + "\" width=\"" + picture.getWidth()
                        + "\" style=\"max-width:100%\" alt=\"" + TableHtml.escape(text) + "\"></div>");
        bundle.put("image/png", png);
        bundle.put("text/plain", text);
        return bundle;
    }

    private String html(String picture) {
        return """
                <div id="%1$s">
                  <img src="data:image/png;base64,%2$s" width="%3$d" height="%3$d" alt="drawing pad">
                  <p><b>This is a still picture of the drawing pad.</b> Run this cell in JupyterLab to get a
                  live pad; it saves your drawing as <code>%4$s</code> next to this notebook%5$s.</p>
                </div>
                <script>
                %6$s
                </script>
                """.formatted(
                        id,
                        picture,
                        SIZE,
                        TableHtml.escape(fileName),
                        live != null ? " and the network reads it after every stroke" : "",
                        script());
    }

    private String script() {
        return SCRIPT.replace("__ID__", id)
                .replace("__FILE__", fileName)
                .replace("__SIZE__", Integer.toString(SIZE))
                .replace("__LIVE__", liveConfig());
    }

    /** The live pad's settings as a JavaScript object literal, or {@code null} for the plain pad. */
    private String liveConfig() {
        if (live == null) {
            return "null";
        }
        return String.format(
                java.util.Locale.ROOT,
                "{ status: '%s', reading: '%s', session: '%s', firstStroke: %d, idle: %d, stale: %d }",
                statusName(fileName),
                readingId(),
                live.session(),
                live.firstStrokeLimit().toSeconds(),
                live.idleLimit().toSeconds(),
                STALE_SECONDS);
    }

    /** The pad as a still picture: an empty canvas and a line of help. */
    BufferedImage stillPicture() {
        return PadPicture.empty(SIZE);
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
